import sys

from mouliaison.cli import main

sys.exit(main())
