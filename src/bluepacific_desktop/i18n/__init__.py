"""One catalogue of words for the GUI and the command line (no Qt here: see catalogue.py)."""
