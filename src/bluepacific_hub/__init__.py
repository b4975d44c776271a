"""Blue Pacific hub: the central HTTPS endpoint that desktop apps sync with."""
