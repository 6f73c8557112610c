"""The command line (`mouliaison`): the same services the window uses."""

from mouliaison.cli.main import main

__all__ = ["main"]
