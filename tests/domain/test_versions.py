"""The current state of a record from its set of versions (SYNC.md)."""

from __future__ import annotations

import random
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from mouliaison.domain.versions import DELETED, FieldConflict, RecordState, Version, canonical_json, resolve

ENTITY, RECORD = "contact", "rec-1"
SITE_A, SITE_B, SITE_C = "site-a", "site-b", "site-c"


def v(
    vid: str,
    stamp: int,
    site: str,
    values: dict[str, Any],
    parents: dict[str, tuple[str, ...]] | None = None,
) -> Version:
    return Version(vid, ENTITY, RECORD, stamp, site, values, parents or {})


def state_of(*versions: Version) -> RecordState:
    return resolve(ENTITY, RECORD, versions)


def delete(vid: str, stamp: int, site: str, seen: RecordState) -> Version:
    """A delete made by an office that saw `seen`: its parents are every head it saw."""
    return v(vid, stamp, site, {DELETED: True}, dict(seen.heads))


CREATE = v("v1", 10, SITE_A, {"full_name": "José García", "email": "jose@example.org"})


def test_no_versions() -> None:
    state = state_of()
    assert state == RecordState(ENTITY, RECORD)
    assert not state.deleted and state.values == {} and state.conflicts == []


def test_single_version() -> None:
    state = state_of(CREATE)
    assert state.entity == ENTITY and state.record_id == RECORD
    assert state.values == {"full_name": "José García", "email": "jose@example.org"}
    assert state.heads == {"full_name": ("v1",), "email": ("v1",)}
    assert state.conflicts == []
    assert not state.deleted
    assert state.created_stamp == state.updated_stamp == 10


def test_a_later_edit_supersedes_its_parent() -> None:
    edit = v("v2", 20, SITE_B, {"email": "jgarcia@example.org"}, {"email": ("v1",)})
    state = state_of(edit, CREATE)
    assert state.values == {"full_name": "José García", "email": "jgarcia@example.org"}
    assert state.heads == {"full_name": ("v1",), "email": ("v2",)}
    assert state.conflicts == []
    assert (state.created_stamp, state.updated_stamp) == (10, 20)


def test_a_child_wins_even_with_a_lower_stamp() -> None:
    # a slow clock: causality, not the stamp, decides which version is current
    edit = v("v2", 5, SITE_B, {"email": "jgarcia@example.org"}, {"email": ("v1",)})
    state = state_of(CREATE, edit)
    assert state.values["email"] == "jgarcia@example.org"
    assert state.conflicts == []


def test_concurrent_edits_of_different_fields_merge_without_conflict() -> None:
    a = v("va", 20, SITE_A, {"email": "a@example.org"}, {"email": ("v1",)})
    b = v("vb", 21, SITE_B, {"phone": "+41 22 717 9111"})
    c = v("vc", 22, SITE_C, {"full_name": "José M. García"}, {"full_name": ("v1",)})
    state = state_of(CREATE, a, b, c)
    assert state.values == {"full_name": "José M. García", "email": "a@example.org", "phone": "+41 22 717 9111"}
    assert state.conflicts == []
    assert state.heads == {"full_name": ("vc",), "email": ("va",), "phone": ("vb",)}


def test_same_field_concurrent_different_values_is_a_conflict() -> None:
    a = v("va", 20, SITE_A, {"email": "a@example.org"}, {"email": ("v1",)})
    b = v("vb", 30, SITE_B, {"email": "b@example.org"}, {"email": ("v1",)})
    state = state_of(CREATE, a, b)
    assert state.values["email"] == "b@example.org"  # the highest stamp is shown
    assert state.heads["email"] == ("vb", "va")
    assert state.conflicts == [FieldConflict("email", (b, a), ("b@example.org", "a@example.org"))]
    assert state.values["full_name"] == "José García"


def test_conflict_shows_the_head_with_the_highest_stamp_then_site() -> None:
    a = v("vz", 20, SITE_A, {"email": "a@example.org"}, {"email": ("v1",)})
    b = v("va", 20, SITE_B, {"email": "b@example.org"}, {"email": ("v1",)})
    state = state_of(CREATE, a, b)
    # equal stamps: the higher site wins, whatever the version ids
    assert state.values["email"] == "b@example.org"
    assert state.conflicts[0].heads == (b, a)
    assert state.conflicts[0].values == ("b@example.org", "a@example.org")
    # a higher stamp beats a higher site
    c = v("vc", 21, SITE_A, {"email": "c@example.org"}, {"email": ("v1",)})
    state = state_of(CREATE, a, b, c)
    assert state.values["email"] == "c@example.org"
    assert [h.id for h in state.conflicts[0].heads] == ["vc", "va", "vz"]


def test_concurrent_equal_values_are_no_conflict() -> None:
    a = v("va", 20, SITE_A, {"email": "same@example.org"}, {"email": ("v1",)})
    b = v("vb", 30, SITE_B, {"email": "same@example.org"}, {"email": ("v1",)})
    state = state_of(CREATE, a, b)
    assert state.conflicts == []
    assert state.values["email"] == "same@example.org"
    assert set(state.heads["email"]) == {"va", "vb"}


def test_equal_list_values_are_no_conflict() -> None:
    a = v("va", 20, SITE_A, {"languages": ["en", "fr"]})
    b = v("vb", 30, SITE_B, {"languages": ["en", "fr"]})
    assert state_of(a, b).conflicts == []
    c = v("vc", 40, SITE_C, {"languages": ["en"]})
    assert [c.field for c in state_of(a, b, c).conflicts] == ["languages"]


def test_a_resolution_with_both_heads_as_parents_clears_the_conflict() -> None:
    a = v("va", 20, SITE_A, {"email": "a@example.org"}, {"email": ("v1",)})
    b = v("vb", 30, SITE_B, {"email": "b@example.org"}, {"email": ("v1",)})
    conflicted = state_of(CREATE, a, b)
    resolution = v("vr", 40, SITE_C, {"email": "a@example.org"}, conflicted.parents_for(["email"]))
    assert resolution.parents == {"email": ("vb", "va")}
    state = state_of(CREATE, a, b, resolution)
    assert state.conflicts == []
    assert state.values["email"] == "a@example.org"  # the chosen value, though not the highest head's
    assert state.heads["email"] == ("vr",)


def test_a_resolution_that_saw_one_head_only_does_not_clear_the_conflict() -> None:
    a = v("va", 20, SITE_A, {"email": "a@example.org"}, {"email": ("v1",)})
    b = v("vb", 30, SITE_B, {"email": "b@example.org"}, {"email": ("v1",)})
    partial = v("vr", 40, SITE_C, {"email": "c@example.org"}, {"email": ("va",)})
    state = state_of(CREATE, a, b, partial)
    assert [c.field for c in state.conflicts] == ["email"]
    assert state.heads["email"] == ("vr", "vb")


def test_two_different_concurrent_resolutions_are_a_new_conflict() -> None:
    a = v("va", 20, SITE_A, {"email": "a@example.org"}, {"email": ("v1",)})
    b = v("vb", 30, SITE_B, {"email": "b@example.org"}, {"email": ("v1",)})
    r1 = v("r1", 40, SITE_A, {"email": "a@example.org"}, {"email": ("va", "vb")})
    r2 = v("r2", 41, SITE_B, {"email": "b@example.org"}, {"email": ("va", "vb")})
    state = state_of(CREATE, a, b, r1, r2)
    assert state.heads["email"] == ("r2", "r1")
    assert state.conflicts == [FieldConflict("email", (r2, r1), ("b@example.org", "a@example.org"))]


def test_a_delete_that_saw_every_head_deletes() -> None:
    edit = v("v2", 20, SITE_B, {"email": "jgarcia@example.org"}, {"email": ("v1",)})
    seen = state_of(CREATE, edit)
    gone = delete("vd", 30, SITE_A, seen)
    state = state_of(CREATE, edit, gone)
    assert state.deleted
    assert state.conflicts == []
    assert state.values[DELETED] is True
    assert state.values["email"] == "jgarcia@example.org"  # the last values are kept


def test_a_delete_concurrent_with_an_edit_keeps_the_record_with_a_conflict() -> None:
    gone = delete("vd", 30, SITE_A, state_of(CREATE))
    edit = v("v2", 20, SITE_B, {"email": "jgarcia@example.org"}, {"email": ("v1",)})
    state = state_of(CREATE, gone, edit)
    assert not state.deleted
    assert state.values[DELETED] is False
    assert state.values["email"] == "jgarcia@example.org"
    assert state.conflicts == [FieldConflict(DELETED, (edit, gone), (False, True))]


def test_a_delete_concurrent_with_a_new_field_keeps_the_record() -> None:
    gone = delete("vd", 30, SITE_A, state_of(CREATE))
    edit = v("v2", 20, SITE_B, {"phone": "+41 22 717 9111"})
    state = state_of(CREATE, gone, edit)
    assert not state.deleted
    assert [c.field for c in state.conflicts] == [DELETED]


def test_a_delete_concurrent_with_an_edit_conflicts_whatever_the_stamps() -> None:
    gone = delete("vd", 10, SITE_A, state_of(CREATE))
    edit = v("v2", 50, SITE_B, {"email": "jgarcia@example.org"}, {"email": ("v1",)})
    state = state_of(CREATE, gone, edit)
    assert not state.deleted
    assert [c.field for c in state.conflicts] == [DELETED]
    assert state.conflicts[0].heads == (edit, gone)


def test_undelete_after_a_delete_conflict() -> None:
    gone = delete("vd", 30, SITE_A, state_of(CREATE))
    edit = v("v2", 20, SITE_B, {"email": "jgarcia@example.org"}, {"email": ("v1",)})
    keep = v("vk", 40, SITE_C, {DELETED: False}, {DELETED: ("vd",)})
    state = state_of(CREATE, gone, edit, keep)
    assert not state.deleted
    assert state.conflicts == []
    # or confirm the delete having seen the edit
    conflicted = state_of(CREATE, gone, edit)
    confirm = v("vc", 40, SITE_C, {DELETED: True}, conflicted.parents_for(conflicted.heads))
    state = state_of(CREATE, gone, edit, confirm)
    assert state.deleted
    assert state.conflicts == []


def test_an_old_version_arriving_after_the_delete_does_not_resurrect() -> None:
    edit = v("v2", 20, SITE_B, {"email": "jgarcia@example.org"}, {"email": ("v1",)})
    gone = delete("vd", 30, SITE_A, state_of(CREATE, edit))
    assert state_of(CREATE, edit, gone).deleted
    # the old versions arrive (again, or late) after the delete, in any order
    for late in ([CREATE], [edit], [edit, CREATE], [CREATE, edit, CREATE]):
        state = resolve(ENTITY, RECORD, [gone, CREATE, edit, *late])
        assert state.deleted
        assert state.conflicts == []


def test_two_deletes_are_no_conflict() -> None:
    seen = state_of(CREATE)
    d1 = delete("d1", 30, SITE_A, seen)
    d2 = delete("d2", 31, SITE_B, seen)
    state = state_of(CREATE, d1, d2)
    assert state.deleted
    assert state.conflicts == []


def test_duplicates_change_nothing() -> None:
    a = v("va", 20, SITE_A, {"email": "a@example.org"}, {"email": ("v1",)})
    b = v("vb", 30, SITE_B, {"email": "b@example.org"}, {"email": ("v1",)})
    once = state_of(CREATE, a, b)
    assert resolve(ENTITY, RECORD, [CREATE, a, b, a, CREATE, b, b]) == once


def test_parents_for_gives_the_current_heads() -> None:
    a = v("va", 20, SITE_A, {"email": "a@example.org"}, {"email": ("v1",)})
    b = v("vb", 30, SITE_B, {"email": "b@example.org"}, {"email": ("v1",)})
    state = state_of(CREATE, a, b)
    assert state.parents_for(["email", "full_name", "phone"]) == {"email": ("vb", "va"), "full_name": ("v1",)}


def test_canonical_json() -> None:
    assert canonical_json({"b": 1, "a": ["é", None]}) == '{"a":["é",null],"b":1}'
    version = v("v9", 1, SITE_A, {"b": 1, "a": 2}, {"b": ("y", "x")})
    assert version.values_json() == '{"a":2,"b":1}'
    assert version.parents_json() == '{"b":["x","y"]}'
    assert version.order == (1, SITE_A, "v9")


# --- order independence ----------------------------------------------------------------

FIELDS = ["full_name", "email", "phone"]
SITES = [SITE_A, SITE_B, SITE_C]


@st.composite
def histories(draw: st.DrawFn) -> list[Version]:
    """Random edits, deletes and resolutions by offices that each saw some earlier versions."""
    versions: list[Version] = []
    count = draw(st.integers(1, 14))
    for n in range(count):
        # what this office had seen: a random subset of earlier versions, with their ancestors
        seen_ids = set(draw(st.sets(st.sampled_from([x.id for x in versions]))) if versions else set())
        by_id = {x.id: x for x in versions}
        stack = list(seen_ids)
        while stack:
            for parent_ids in by_id[stack.pop()].parents.values():
                for pid in parent_ids:
                    if pid not in seen_ids:
                        seen_ids.add(pid)
                        stack.append(pid)
        seen = resolve(ENTITY, RECORD, [x for x in versions if x.id in seen_ids])
        stamp = draw(st.integers(0, 30))  # small range: equal stamps happen
        site = draw(st.sampled_from(SITES))
        if seen.values and draw(st.integers(0, 5)) == 0:
            kind = draw(st.sampled_from(["delete", "undelete"]))
            values: dict[str, Any] = {DELETED: kind == "delete"}
            parents = dict(seen.heads) if kind == "delete" else seen.parents_for([DELETED])
        else:
            keys = draw(st.sets(st.sampled_from(FIELDS), min_size=1))
            values = {k: draw(st.sampled_from(["x", "y", "z", None, ["a", "b"]])) for k in sorted(keys)}
            parents = seen.parents_for(values)
        versions.append(Version(f"v{n:02d}", ENTITY, RECORD, stamp, site, values, parents))
    return versions


@settings(max_examples=300)
@given(histories(), st.randoms(use_true_random=False), st.integers(0, 3))
def test_resolve_is_the_same_in_any_order(versions: list[Version], rnd: random.Random, duplicates: int) -> None:
    expected = resolve(ENTITY, RECORD, versions)
    shuffled = versions + [rnd.choice(versions) for _ in range(duplicates)]
    rnd.shuffle(shuffled)
    state = resolve(ENTITY, RECORD, shuffled)
    assert state == expected
    assert (state.values, state.heads, state.conflicts, state.deleted) == (
        expected.values, expected.heads, expected.conflicts, expected.deleted,
    )
    # the state is consistent with itself
    for key, head_ids in state.heads.items():
        assert head_ids
        conflicting = [c for c in state.conflicts if c.field == key]
        if key != DELETED and not state.deleted:  # a deleted record lists only its delete's conflict
            values = {canonical_json(x.values[key]) for x in versions if x.id in head_ids}
            assert bool(conflicting) == (len(values) > 1)
    assert state.deleted == (state.values.get(DELETED) is True)


@given(histories())
def test_every_permutation_of_a_small_history_agrees(versions: list[Version]) -> None:
    from itertools import islice, permutations

    expected = resolve(ENTITY, RECORD, versions)
    for order in islice(permutations(versions), 50):
        assert resolve(ENTITY, RECORD, order) == expected


def test_a_deleted_record_lists_no_field_conflict_and_it_comes_back_with_the_record() -> None:
    from mouliaison.domain.versions import DELETED, Version, resolve

    base = Version("v0", "organisation", "r", 1, "s1", {"name": "KRA", "acronym": "K"}, {})
    x = Version("v1", "organisation", "r", 2, "s1", {"acronym": "X"}, {"acronym": ("v0",)})
    y = Version("v2", "organisation", "r", 3, "s2", {"acronym": "Y"}, {"acronym": ("v0",)})
    gone = Version("v3", "organisation", "r", 4, "s1", {DELETED: True},
                   {"name": ("v0",), "acronym": ("v1", "v2")})
    deleted = resolve("organisation", "r", [base, x, y, gone])
    assert deleted.deleted and deleted.conflicts == []
    back = Version("v4", "organisation", "r", 5, "s1", {DELETED: False}, {DELETED: ("v3",)})
    restored = resolve("organisation", "r", [base, x, y, gone, back])
    assert not restored.deleted and [c.field for c in restored.conflicts] == ["acronym"]


def test_a_versions_own_init_sets_every_field_with_its_default() -> None:
    """Version sets its fields at once in an __init__ of its own: it must take every field the
    dataclass declares, in order, with the same defaults, and set each."""
    import dataclasses
    import inspect

    fields = dataclasses.fields(Version)
    parameters = list(inspect.signature(Version.__init__).parameters.values())[1:]
    assert [p.name for p in parameters] == [f.name for f in fields]
    for p, f in zip(parameters, fields, strict=True):
        expected = inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
        assert p.default == expected, f.name
    made = Version(*(f"value of {f.name}" for f in fields))
    assert all(getattr(made, f.name) == f"value of {f.name}" for f in fields)
