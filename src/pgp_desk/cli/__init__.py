"""The `pgp-desk` command: the GUI by default, sub-commands for everything scriptable."""

from __future__ import annotations

import sys

from pgp_desk.cli.main import gui_main, main

__all__ = ["gui_main", "main"]

if __name__ == "__main__":
    sys.exit(main())
