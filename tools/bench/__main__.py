"""``python -m tools.bench`` (``make bench``)."""

import sys

from .cli import main

sys.exit(main())
