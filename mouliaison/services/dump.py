"""The whole current state as canonical JSON (`mouliaison dump`).

Two databases holding the same records print byte-identical dumps, whatever order the
records arrived in: records sorted by id, keys sorted, nothing local to one installation
(site id, clock, import log, version ids).
"""

from __future__ import annotations

import json
from typing import Any

from mouliaison.domain.record_types import RECORD_TYPES
from mouliaison.domain.values import to_wire
from mouliaison.services.database import Database
from mouliaison.store import conflict_rows, queries


def dump_state(db: Database) -> dict[str, Any]:
    records: dict[str, list[dict[str, Any]]] = {}
    with db.reading() as session:
        for name, rtype in sorted(RECORD_TYPES.items()):
            rows = []
            for row in queries.fetch_records(session, name, include_deleted=True):
                if row["deleted"]:
                    tombstone = {"id": row["id"], "deleted": True}
                    if row["merged_into"]:
                        tombstone["merged_into"] = row["merged_into"]
                    rows.append(tombstone)
                    continue
                values = queries.row_values(name, row)
                item = {f.key: to_wire(f, values[f.key]) for f in rtype.fields}
                item["id"] = row["id"]
                rows.append(item)
            records[name] = rows
        conflicts = [
            {
                "type": c.entity,
                "id": c.record_id,
                "field": c.field,
                "values": list(c.values),
            }
            for c in conflict_rows.listed(session)
        ]
    return {"format": "mouliaison-dump/1", "records": records, "conflicts": conflicts}


def dump_json(db: Database) -> str:
    return json.dumps(dump_state(db), sort_keys=True, ensure_ascii=False, indent=1) + "\n"
