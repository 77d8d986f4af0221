"""Entry point of the bundled app: ``pgp-desk`` is the command line (the GUI when given no
command, as when installed with pip); any other name (``pgp-desk-gui``, ``PGP Desk``) is
the desktop application, built without a console window on Windows."""

import sys
from pathlib import Path

from pgp_desk.cli import gui_main, main

raise SystemExit(main() if Path(sys.executable).stem == "pgp-desk" else gui_main())
