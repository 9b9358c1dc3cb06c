"""What PyInstaller runs: the same ``main()`` as the ``wellbeing`` console script."""

import sys

from wellbeing.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
