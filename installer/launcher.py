"""The script both built executables run: the same entry point as the installed `mouliaison`.

`mouliaison` (windowed) and `mouliaison-cli` (console) differ only in how PyInstaller builds
them; with no sub-command either opens the window, with one it runs the command line.
"""

import sys

from mouliaison.cli import main

if __name__ == "__main__":
    sys.exit(main())
