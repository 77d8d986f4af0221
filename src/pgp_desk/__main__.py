import sys

from pgp_desk.cli import main

sys.exit(main())
