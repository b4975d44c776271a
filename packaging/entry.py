"""The bundled program's entry point: the same command line as `bluepacific-desktop`."""

import sys

from bluepacific_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
