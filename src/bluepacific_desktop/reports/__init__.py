"""Reports: figures computed from the local store (figures/, no Qt) and their PDF/CSV output."""
