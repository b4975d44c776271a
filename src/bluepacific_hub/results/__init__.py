"""The results framework (issue 14, page 4): indicators, their baselines and targets, and the
actuals computed from the regional figures."""
