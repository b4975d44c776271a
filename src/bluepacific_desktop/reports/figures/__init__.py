"""The numbers of each report, computed with SQL on the local store (no Qt here)."""
