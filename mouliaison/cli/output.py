"""What every command shares: exit statuses and how results and refusals are printed."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from mouliaison.services.database import Database

OK, REFUSED, USAGE = 0, 1, 2

# A sub-command: the open database, the parsed arguments, the key=value pairs -> exit status.
Command = Callable[[Database, argparse.Namespace, dict[str, str]], int]


def refused(problems: list[dict[str, str]], as_json: bool) -> None:
    if as_json:
        print_json({"error": "refused", "problems": problems})
        return
    print(f"refused, nothing was written ({len(problems)} problem{'s' * (len(problems) != 1)}):", file=sys.stderr)
    for p in problems:
        print(f"  {p['field'] + ': ' if p['field'] else ''}{p['message']}", file=sys.stderr)


def print_json(data: Any) -> None:
    print(json.dumps(data, sort_keys=True, ensure_ascii=False, indent=1))
