"""``python -m khabar`` runs the CLI."""

import sys

from khabar.cli import main

sys.exit(main())
