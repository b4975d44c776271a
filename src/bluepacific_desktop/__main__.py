"""`python -m bluepacific_desktop`: the same command line as `bluepacific-desktop`."""

from bluepacific_desktop.cli.main import main

raise SystemExit(main())
