"""Make the case tables importable as ``claims_cases``."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
