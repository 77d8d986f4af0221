"""The `pgp-desk` command: the GUI by default, sub-commands for everything scriptable."""

from __future__ import annotations

import sys

from pgp_desk.cli.main import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
