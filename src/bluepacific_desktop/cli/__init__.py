"""The `bluepacific-desktop` command line: the app's services for scripts and support."""
