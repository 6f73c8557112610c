"""The seven properties of SYNC.md, over random multi-office histories and real workbooks.

Every office is a real database (make_db); every exchange is a real .xlsx file written by
export_workbook and read by import_workbooks. Two offices hold the same data when
`dump_json` gives the very same bytes; relays must also keep every version's id, stamp and
site, so the version sets are compared too. Histories are lists of small steps (see
offices.py); a failing example prints them, and the story of what each step did.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from mouliaison.services import conflicts, exchange, records
from mouliaison.services.database import location_of, open_database
from mouliaison.services.dump import dump_json
from mouliaison.sync import workbook_format as fmt
from tests.sync.offices import (
    ENTITY,
    FIELDS,
    VALUES,
    CachedReads,
    Create,
    Deliver,
    Office,
    Send,
    World,
    field_heads,
    steps,
    versions_of,
)

# MOULIAISON_SEARCH=20 searches twenty times longer (the defaults keep the file under a minute or so)
SEARCH = int(os.environ.get("MOULIAISON_SEARCH", "1"))
SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture
def read_once(monkeypatch):
    """Each workbook is parsed once per test (see CachedReads); planning and applying run every time."""
    monkeypatch.setattr(exchange, "read_workbook", CachedReads())


@st.composite
def histories(draw, max_steps: int = 20, editors: tuple[int, int] = (2, 4)):
    """(editors, coordinator?, steps). Office 0 and 1 first create a record each and send it to
    everyone, so that later edits at different offices are often concurrent edits of one record."""
    count = draw(st.integers(*editors), label="editors")
    coordinator = draw(st.booleans(), label="coordinator")
    offices = count + coordinator
    prelude = [Create(0, "Alpha"), Create(1, "Bravo"), Send(0, 1), Send(1, 0)]
    prelude += [Deliver(t, (1,)) for t in range(2, offices)]  # office 1's file: both records
    history = draw(st.lists(steps(count, offices), min_size=max_steps // 3, max_size=max_steps), label="history")
    return count, coordinator, prelude + history


def same_everywhere(offices: list[Office], story: str) -> str:
    dumps = {o.name: o.dump() for o in offices}
    first = offices[0]
    for office in offices[1:]:
        assert dumps[office.name] == dumps[first.name], f"{office.name} differs from {first.name}\n{story}"
        assert versions_of(office.db) == versions_of(first.db), f"versions differ at {office.name}\n{story}"
    return dumps[first.name]


def check_shown_values(office: Office, story: str) -> None:
    """An independent reading of the versions: heads that disagree are a listed conflict, and the
    value shown is the head with the highest (stamp, site). A deleted record lists no conflict of
    its fields (no one is to resolve them; they come back if it is restored), only of its delete."""
    state = json.loads(office.dump())
    rows = {r["id"]: r for r in state["records"][ENTITY]}
    listed = {(c["id"], c["field"]) for c in state["conflicts"] if c["type"] == ENTITY}
    for (_entity, record_id), per_field in field_heads(office.db).items():
        row = rows[record_id]
        for name, heads in per_field.items():
            distinct = {json.dumps(h["values"][name], sort_keys=True) for h in heads}
            if len(distinct) > 1 and (name == "_deleted" or not row.get("deleted")):
                assert (record_id, name) in listed, f"{record_id} {name}: heads disagree, no conflict\n{story}"
            if row.get("deleted") and name != "_deleted":
                assert (record_id, name) not in listed, f"{record_id} {name}: deleted, yet listed\n{story}"
            if name != "_deleted" and not row.get("deleted"):
                assert row[name] == heads[0]["values"][name], f"{record_id} {name}: not the best head\n{story}"


# ---------------------------------------------------------------- 4. convergence


@settings(max_examples=8 * SEARCH, **SETTINGS)
@given(plan=histories(), rnd=st.randoms(use_true_random=False))
def test_offices_converge_once_every_office_has_every_file(read_once, make_db, tmp_path, plan, rnd):
    editors, coordinator, history = plan
    world = World(make_db, tmp_path, editors, coordinator)
    world.run(history)
    world.finish(rnd)
    observer = world.fresh("Observer")  # everything at once, in one import, in any order
    every = list(range(len(world.files)))
    rnd.shuffle(every)
    world.deliver(observer, every)
    world.log.append(f"an observer imports every file at once: {every}")
    final = same_everywhere([*world.offices, observer], world.story())
    check_shown_values(observer, world.story())
    state = json.loads(final)
    event(f"conflicts left open: {min(len(state['conflicts']), 3)}")
    event(f"deleted records: {min(sum(1 for r in state['records'][ENTITY] if r.get('deleted')), 2)}")


# ---------------------------------------------------------------- 1. idempotence


@settings(max_examples=4 * SEARCH, **SETTINGS)
@given(plan=histories(max_steps=10, editors=(2, 2)))
def test_importing_the_same_file_again_changes_nothing(make_db, tmp_path, plan):
    editors, coordinator, history = plan
    world = World(make_db, tmp_path, editors, coordinator)
    world.run(history)
    sent = world.export(world.offices[1])
    copy = tmp_path / f"{world.prefix}-copy-renamed.xlsx"
    shutil.copyfile(world.files[sent], copy)
    resaved = tmp_path / f"{world.prefix}-opened-and-saved.xlsx"  # other bytes, same file id
    openpyxl.load_workbook(world.files[sent]).save(resaved)
    for office in (world.offices[0], world.fresh("Newcomer")):
        first = world.deliver(office, [sent])
        assert not first.files[0].already_imported
        before = office.dump()
        for again in (world.files[sent], copy, resaved):
            result = import_again(office, again)
            assert result.files[0].already_imported, world.story()
            assert office.dump() == before, world.story()


def import_again(office: Office, path):
    result = exchange.import_workbooks(office.db, [path], trust_new_keys=True)
    totals = result.totals
    assert sum(totals.values()) == totals["unchanged"] > 0, result.to_json()
    return result


# ---------------------------------------------------------------- 2. commutativity


@settings(max_examples=4 * SEARCH, **SETTINGS)
@given(plan=histories(max_steps=12, editors=(3, 3)), data=st.data())
def test_importing_files_in_any_order_gives_the_same_data(read_once, make_db, tmp_path, plan, data):
    editors, coordinator, history = plan
    world = World(make_db, tmp_path, editors, coordinator)
    world.run(history)
    finals = [world.export(o) for o in world.offices]
    older = data.draw(st.lists(st.sampled_from(range(len(world.files) - len(finals))), max_size=3, unique=True),
                      label="older files")
    chosen = finals + older
    one = data.draw(st.permutations(chosen), label="one order")
    other = data.draw(st.permutations(chosen), label="another order")
    a, b, c = world.fresh("OneByOne"), world.fresh("OtherOrder"), world.fresh("AllAtOnce")
    for i in one:
        world.deliver(a, [i])
    for i in other:
        world.deliver(b, [i])
    world.deliver(c, list(other))
    same_everywhere([a, b, c], world.story() + f"\norders {one} / {other}")


# ---------------------------------------------------------------- 2b. the same on both databases


@settings(max_examples=3 * SEARCH, **SETTINGS)
@given(plan=histories(max_steps=12, editors=(3, 3)), data=st.data())
def test_the_same_files_in_any_order_give_the_same_dump_on_sqlite_and_postgresql(
    read_once, template_db, server_databases, tmp_path, plan, data
):
    """Headquarters on a server and an office on a file hold the same data from the same files:
    the offices of the history alternate between the two kinds of database, and an observer on
    each imports every file in an order of its own; every dump is the same bytes."""
    editors, coordinator, history = plan
    made = itertools.count()

    def on_either(name: str):
        if next(made) % 2:
            return open_database(location_of(server_databases.fresh()))
        path = tmp_path / f"{name}.sqlite3"
        shutil.copyfile(template_db, path)
        return open_database(path)

    world = World(on_either, tmp_path, editors, coordinator)
    world.run(history)
    for office in world.offices:
        world.export(office)
    observers = [world.fresh("ObserverA"), world.fresh("ObserverB")]
    assert {o.db.is_server for o in observers} == {True, False}
    orders = [data.draw(st.permutations(range(len(world.files))), label=f"order at {o.name}") for o in observers]
    for observer, order in zip(observers, orders, strict=True):
        for i in order:
            world.deliver(observer, [i])
    same_everywhere(observers, world.story() + f"\norders {orders}")


# ---------------------------------------------------------------- 3. associativity


@settings(max_examples=4 * SEARCH, **SETTINGS)
@given(plan=histories(max_steps=12, editors=(3, 3)), together=st.booleans(), order=st.permutations([0, 1, 2]))
def test_a_coordinators_merge_then_a_third_file_equals_the_three_files(
    read_once, make_db, tmp_path, plan, together, order
):
    editors, coordinator, history = plan
    world = World(make_db, tmp_path, editors, coordinator)
    world.run(history)
    a, b, c = (world.export(o) for o in world.offices[:3])
    hub = world.fresh("Hub")  # a coordinator with no records of its own: it only relays
    if together:
        world.deliver(hub, [a, b])
    else:
        world.deliver(hub, [a])
        world.deliver(hub, [b])
    merged = world.export(hub)
    via_hub, direct = world.fresh("ViaHub"), world.fresh("Direct")
    world.deliver(via_hub, [merged])
    world.deliver(via_hub, [c])
    for i in order:
        world.deliver(direct, [[a, b, c][i]])
    same_everywhere([via_hub, direct], world.story())
    # who said what survives the relay: the same offices are named for the same values
    assert conflict_sources(via_hub) == conflict_sources(direct)


def conflict_sources(office: Office) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(c.id, [(v.version_id, v.office) for v in c.values]) for c in conflicts.list_conflicts(office.db)]


# ---------------------------------------------------------------- 5. nothing silently lost


def two_offices(world: World) -> tuple[Office, Office, str]:
    """Office 0 creates a record and sends it to office 1."""
    first, second = world.offices[:2]
    record_id = records.add_record(first.db, ENTITY, {"name": "Alpha", "acronym": "A", "notes": "n"})
    world.created.append(record_id)
    world.deliver(second, [world.export(first)])
    return first, second, record_id


def swap(world: World, *offices: Office) -> None:
    """Each office exports; each imports the others' files."""
    files = {o.name: world.export(o) for o in offices}
    for office in offices:
        world.deliver(office, [i for name, i in files.items() if name != office.name])


@settings(max_examples=6 * SEARCH, **SETTINGS)
@given(
    mine=st.tuples(st.sampled_from(FIELDS), st.sampled_from(VALUES)),
    theirs=st.tuples(st.sampled_from(FIELDS), st.sampled_from(VALUES)),
)
def test_concurrent_changes_keep_both_values_and_list_a_conflict(make_db, tmp_path, mine, theirs):
    world = World(make_db, tmp_path, 2)
    first, second, record_id = two_offices(world)
    before = records.show_record(first.db, ENTITY, record_id).values
    changed_mine = bool(records.edit_record(first.db, ENTITY, record_id, {mine[0]: mine[1]}))
    changed_theirs = bool(records.edit_record(second.db, ENTITY, record_id, {theirs[0]: theirs[1]}))
    # the values as stored (a line break in a one-line field is a space)
    mine = (mine[0], records.show_record(first.db, ENTITY, record_id).values[mine[0]])
    theirs = (theirs[0], records.show_record(second.db, ENTITY, record_id).values[theirs[0]])
    assert (changed_mine, changed_theirs) == (mine[1] != before[mine[0]], theirs[1] != before[theirs[0]])
    swap(world, first, second)
    same_everywhere([first, second], world.story())
    found = {o.name: conflicts.list_conflicts(o.db) for o in (first, second)}
    if mine[0] == theirs[0] and mine[1] != theirs[1] and changed_mine and changed_theirs:
        for office, other in ((first, second), (second, first)):
            (conflict,) = found[office.name]
            assert conflict.field == mine[0]
            assert {v.value for v in conflict.values} == {mine[1], theirs[1]}
            assert {v.office for v in conflict.values} == {"this office", f"Office {other.name}"}
        # the value shown is the one of the head with the highest (stamp, site), at both offices
        heads = field_heads(first.db)[(ENTITY, record_id)][mine[0]]
        assert [h["values"][mine[0]] for h in heads] == [v.value for v in found[first.name][0].values]
        for office in (first, second):
            assert records.show_record(office.db, ENTITY, record_id).values[mine[0]] == heads[0]["values"][mine[0]]
    else:  # different fields, the same value, or only one change: merged, no conflict
        assert found[first.name] == found[second.name] == []
        values = records.show_record(first.db, ENTITY, record_id).values
        if mine[0] != theirs[0]:
            assert (values[mine[0]], values[theirs[0]]) == (mine[1], theirs[1])
        else:
            assert values[mine[0]] == (theirs[1] if changed_theirs else mine[1])


def test_equal_stamps_are_ordered_by_site(template_db, tmp_path):
    """Frozen clocks give both edits the same stamp: the larger site id is shown, everywhere."""
    opened = []
    try:
        def frozen(name: str):
            path = tmp_path / f"{name}.sqlite3"
            shutil.copyfile(template_db, path)
            opened.append(open_database(path, wall=lambda: 1_900_000_000_000))
            return opened[-1]

        world = World(frozen, tmp_path, 2)
        first, second, record_id = two_offices(world)
        swap(world, second, first)  # both clocks now at the same stamp
        records.edit_record(first.db, ENTITY, record_id, {"acronym": "X"})
        records.edit_record(second.db, ENTITY, record_id, {"acronym": "Y"})
        swap(world, first, second)
        heads = field_heads(first.db)[(ENTITY, record_id)]["acronym"]
        assert heads[0]["stamp"] == heads[1]["stamp"]
        best = max(heads, key=lambda h: h["site"])["values"]["acronym"]
        for office in (first, second):
            assert records.show_record(office.db, ENTITY, record_id).values["acronym"] == best
            (conflict,) = conflicts.list_conflicts(office.db)
            assert conflict.values[0].value == best
        same_everywhere([first, second], world.story())
    finally:
        for database in opened:
            database.close()


# ---------------------------------------------------------------- 6. no resurrection


def test_an_old_file_after_a_delete_does_not_bring_the_record_back(make_db, tmp_path):
    world = World(make_db, tmp_path, 3)
    first, second, record_id = two_offices(world)
    old = world.export(first)
    records.delete_record(second.db, ENTITY, record_id)
    deleting = world.export(second)
    latecomer, fresh = world.offices[2], world.fresh("Fresh")
    world.deliver(first, [deleting])
    world.deliver(first, [old])  # its own old file
    world.deliver(second, [old])
    world.deliver(latecomer, [deleting])
    world.deliver(latecomer, [old])
    world.deliver(fresh, [old, deleting])
    for office in (first, second, latecomer, fresh):
        assert records.list_records(office.db, ENTITY) == [], office.name
        assert records.show_record(office.db, ENTITY, record_id).deleted
        assert conflicts.list_conflicts(office.db) == []
    same_everywhere([first, second, fresh], world.story())
    assert json.loads(dump_json(latecomer.db))["records"][ENTITY] == [{"id": record_id, "deleted": True}]


# ---------------------------------------------------------------- 7. absence is not deletion


def remove_rows(path, record_ids: set[str], into, foreign: bool = False) -> None:
    """What a person does in Excel: delete whole rows of the visible sheet, and save. `foreign`:
    and copy what is left into a workbook of their own (no hidden sheets)."""
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            if foreign:
                book.remove(sheet)
            continue
        for row in range(sheet.max_row, fmt.FIRST_DATA_ROW - 1, -1):
            if sheet.cell(row, 1).value in record_ids:
                sheet.delete_rows(row)
    book.save(into)


@pytest.mark.parametrize("receiver", ["sender", "holder", "newcomer", "holder-foreign"])
def test_a_row_removed_by_hand_deletes_nothing(make_db, tmp_path, receiver):
    world = World(make_db, tmp_path, 2)
    first, second, record_id = two_offices(world)
    other = records.add_record(first.db, ENTITY, {"name": "Bravo"})
    exported = world.export(first)
    world.deliver(second, [exported])
    edited = tmp_path / f"{world.prefix}-rows-removed.xlsx"
    remove_rows(world.files[exported], {record_id}, edited, foreign=receiver.endswith("foreign"))
    left = {c.value for row in openpyxl.load_workbook(edited)["Organisations"].iter_rows() for c in row}
    assert record_id not in left and other in left
    office = {"sender": first, "holder": second, "newcomer": world.fresh("Newcomer")}[receiver.split("-")[0]]
    before = office.dump()
    result = exchange.import_workbooks(office.db, [edited], trust_new_keys=True)
    assert result.applied and not result.files[0].quarantined, result.to_json()
    assert result.totals["hand_edits"] == 0
    live = {r.id for r in records.list_records(office.db, ENTITY)}
    assert {record_id, other} <= live
    if receiver == "newcomer":  # the same as from the untouched file
        reference = world.fresh("Reference")
        world.deliver(reference, [exported])
        same_everywhere([office, reference], world.story())
    else:
        assert office.dump() == before


# ---------------------------------------------------------------- deletes against edits


def delete_against_edit(world: World) -> tuple[Office, Office, str]:
    """Office 0 deletes the record while office 1 edits it; then they exchange files."""
    first, second, record_id = two_offices(world)
    records.delete_record(first.db, ENTITY, record_id)
    records.edit_record(second.db, ENTITY, record_id, {"acronym": "B"})
    swap(world, first, second)
    return first, second, record_id


def test_a_delete_concurrent_with_an_edit_is_a_conflict_and_the_record_stays(make_db, tmp_path):
    world = World(make_db, tmp_path, 2)
    first, second, record_id = delete_against_edit(world)
    for office, other in ((first, second), (second, first)):
        shown = records.show_record(office.db, ENTITY, record_id)
        assert not shown.deleted and shown.conflicted and shown.values["acronym"] == "B"
        (conflict,) = conflicts.list_conflicts(office.db)
        assert conflict.field == "_deleted"
        assert sorted(v.value for v in conflict.values) == [False, True]
        assert {v.office for v in conflict.values} == {"this office", f"Office {other.name}"}
    same_everywhere([first, second], world.story())


# (who resolves: the deleting office or the editing one, how, whether the record ends deleted)
WAYS = [(0, "keep", False), (1, "delete", True), (1, "keep-edit", False), (0, "keep-delete", True)]


@pytest.mark.parametrize(("where", "how", "deleted"), WAYS, ids=[f"{w[1]}-at-{w[0]}" for w in WAYS])
def test_resolving_a_delete_against_an_edit_converges_either_way(make_db, tmp_path, where, how, deleted):
    world = World(make_db, tmp_path, 3)
    _first, _second, record_id = delete_against_edit(world)
    third = world.offices[2]
    resolver = world.offices[where]
    (conflict,) = conflicts.list_conflicts(resolver.db)
    if how.startswith("keep-"):
        wanted = how == "keep-delete"
        keep = next(v.version_id for v in conflict.values if v.value is wanted)
        conflicts.resolve_conflict(resolver.db, conflict.id, keep=keep)
    else:
        conflicts.resolve_conflict(resolver.db, conflict.id, value=how)
    files = [world.export(o) for o in world.offices]
    for office in world.offices:
        world.deliver(office, [i for i in files if i not in office.has])
    for office in world.offices:
        assert conflicts.list_conflicts(office.db) == [], office.name
        assert records.show_record(office.db, ENTITY, record_id).deleted is deleted
    assert third.imported  # the third office learned everything from files alone
    same_everywhere(world.offices, world.story())


@pytest.mark.parametrize("field", ["acronym", "_deleted"])
def test_two_different_concurrent_resolutions_are_a_new_conflict(make_db, tmp_path, field):
    world = World(make_db, tmp_path, 2)
    if field == "_deleted":
        first, second, record_id = delete_against_edit(world)
        answers = ({"value": "keep"}, {"value": "delete"})
    else:
        first, second, record_id = two_offices(world)
        records.edit_record(first.db, ENTITY, record_id, {"acronym": "X"})
        records.edit_record(second.db, ENTITY, record_id, {"acronym": "Y"})
        swap(world, first, second)
        answers = ({"value": "P"}, {"value": "Q"})
    (old,) = conflicts.list_conflicts(first.db)
    for office, answer in zip((first, second), answers, strict=True):
        conflicts.resolve_conflict(office.db, old.id, **answer)
        assert conflicts.list_conflicts(office.db) == []
    swap(world, first, second)
    same_everywhere([first, second], world.story())
    (new,) = conflicts.list_conflicts(first.db)
    assert new.field == field and new.id != old.id
    assert len(new.values) == 2
    # and the same resolution at both offices closes it for good
    for office in (first, second):
        conflicts.resolve_conflict(office.db, new.id, keep=new.values[0].version_id)
    swap(world, first, second)
    for office in (first, second):
        assert conflicts.list_conflicts(office.db) == []
    same_everywhere([first, second], world.story())


def test_the_same_resolution_at_two_offices_is_no_conflict(make_db, tmp_path):
    world = World(make_db, tmp_path, 2)
    first, second, record_id = two_offices(world)
    records.edit_record(first.db, ENTITY, record_id, {"notes": "X"})
    records.edit_record(second.db, ENTITY, record_id, {"notes": "Y"})
    swap(world, first, second)
    (conflict,) = conflicts.list_conflicts(first.db)
    for office in (first, second):
        conflicts.resolve_conflict(office.db, conflict.id, value="Z")
    swap(world, first, second)
    for office in (first, second):
        assert conflicts.list_conflicts(office.db) == []
        assert records.show_record(office.db, ENTITY, record_id).values["notes"] == "Z"
    same_everywhere([first, second], world.story())

