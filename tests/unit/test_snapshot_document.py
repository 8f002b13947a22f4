"""The snapshot document: every field back as it was, the same text for the same event."""

from __future__ import annotations

import json
from dataclasses import fields, replace
from datetime import UTC, datetime

import pytest

from boothmanager.domain import (
    placed,
    InvalidValue,
    Snapshot,
    SnapshotUnreadable,
    Stand,
    event_from_snapshot,
    snapshot_document,
    without_private,
)
from boothmanager.domain.snapshot import check_snapshot_name
from boothmanager.domain.snapshot_document import (
    FORMAT,
    STAND_NUMBERS,
    STAND_TEXTS,
    STAND_TIMES,
    canonical_json,
    document_sha256,
)

from .diff_support import BASE, FULL_STAND, SECRETS, booth

EVENT = replace(BASE, stands=(*BASE.stands, FULL_STAND),
                booths=(*BASE.booths, booth("A1", 20_000, level="OG", rotation=90,
                                            reserved=True)))


def test_every_field_comes_back() -> None:
    document = snapshot_document(EVENT)
    again = event_from_snapshot(document)
    # The event's order is the file's: booths by number (S2 before S10), stands by id.
    assert [b.number for b in again.booths] == ["A1", "S1", "S2", "S10"]
    assert sorted(again.booths, key=lambda b: b.number) == sorted(EVENT.booths,
                                                                  key=lambda b: b.number)
    assert again.stands == EVENT.stands
    assert (again.info, again.venue) == (EVENT.info, EVENT.venue)
    assert again.stand(7) == FULL_STAND


def test_the_document_names_every_stand_field() -> None:
    named = {"id", *STAND_TEXTS, "needs", "placeholder", *STAND_NUMBERS, *STAND_TIMES, "status",
             "wishes", "zones", "near", "apart"}
    assert named == {f.name for f in fields(Stand)}


def test_wishes_zones_and_locks_come_back() -> None:
    from boothmanager.domain import StandWish

    stand = replace(FULL_STAND, wishes=(StandWish(booth="S1"), StandWish(zone="Nord")),
                    zones=frozenset({"Nord", "Foyer"}), near=frozenset({3}), apart=frozenset({4}))
    booth = replace(EVENT.booths[0], zone="Nord", shares=placed(7), locked=True)
    event = replace(EVENT, stands=(stand,), booths=(booth,))
    again = event_from_snapshot(snapshot_document(event))
    assert again.stand(7) == stand
    assert again.booths == (booth,)


def test_the_same_event_gives_the_same_text_whatever_the_order() -> None:
    shuffled = replace(EVENT, booths=tuple(reversed(EVENT.booths)),
                       stands=tuple(reversed(EVENT.stands)))
    assert snapshot_document(shuffled) == snapshot_document(EVENT)
    assert document_sha256(snapshot_document(shuffled)) == document_sha256(snapshot_document(EVENT))
    moved = replace(EVENT, booths=(EVENT.booths[0].moved_to(1, 0), *EVENT.booths[1:]))
    assert document_sha256(snapshot_document(moved)) != document_sha256(snapshot_document(EVENT))


def test_the_document_is_canonical_json_in_millimetres() -> None:
    document = snapshot_document(EVENT)
    data = json.loads(document)
    assert canonical_json(data) == document  # read and written again: the same bytes
    assert document.isascii()
    assert data["format"] == FORMAT
    assert data["booths"][1] == {
        "number": "S1", "level": "EG", "x_mm": 0, "y_mm": 0, "width_mm": 2000,
        "depth_mm": 3000, "rotation": 0, "open_sides": ["south"], "amenities": ["table"],
        "reserved": False, "stand_id": 1}
    full = data["stands"][-1]
    assert (full["min_area_mm2"], full["setup_at"], full["needs"]) == (
        12_500_000, "2020-09-21T07:30:00", ["power", "step_free"])


def test_private_fields_are_kept_unless_left_out() -> None:
    assert SECRETS["email"] in snapshot_document(EVENT)
    public = snapshot_document(without_private(EVENT))
    assert not any(secret in public for secret in SECRETS.values())


@pytest.mark.parametrize("document, reason", [
    ("", "not JSON"),
    ("[]", "not a snapshot"),
    ('{"format": 2}', "format 2"),
    ('{"format": true}', "format True"),
])
def test_what_is_not_a_snapshot_is_refused(document: str, reason: str) -> None:
    with pytest.raises(SnapshotUnreadable, match=reason):
        event_from_snapshot(document)


@pytest.mark.parametrize("path, value", [
    (("booths", 0, "x_mm"), "0"),
    (("booths", 0, "x_mm"), 1.5),
    (("booths", 0, "width_mm"), 0),
    (("booths", 0, "reserved"), 0),
    (("booths", 0, "open_sides"), ["up"]),
    (("stands", 0, "email"), "no-address"),
    (("stands", 0, "status"), "maybe"),
    (("stands", 0, "setup_at"), "tomorrow"),
    (("event", "starts"), 20200921),
    (("venue", "levels", 0, "exits", 0, "kind"), "window"),
    (("venue",), None),
])
def test_a_damaged_document_is_refused(path: tuple[object, ...], value: object) -> None:
    data = json.loads(snapshot_document(EVENT))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(SnapshotUnreadable):
        event_from_snapshot(json.dumps(data))


def test_a_booth_twice_is_refused() -> None:
    data = json.loads(snapshot_document(EVENT))
    data["booths"].append(data["booths"][0])
    with pytest.raises(SnapshotUnreadable, match="twice"):
        event_from_snapshot(json.dumps(data))


def test_a_snapshot_checks_its_digest() -> None:
    snapshot = Snapshot.taken(name="v1", taken_at=datetime(2020, 9, 1, tzinfo=UTC), who="anna",
                              note="", document=snapshot_document(EVENT))
    assert snapshot.event().stands == EVENT.stands
    assert "document" not in repr(snapshot)  # a listing or log never dumps the whole event
    altered = replace(snapshot, document=snapshot.document.replace('"x_mm":0', '"x_mm":1', 1))
    with pytest.raises(SnapshotUnreadable, match="SHA-256"):
        altered.event()


def test_stands_need_ids() -> None:
    with pytest.raises(InvalidValue):
        snapshot_document(replace(EVENT, stands=(Stand(organisation="Neu", project=""),)))


@pytest.mark.parametrize("name", ["", "   ", "x" * 101, "zwei\nZeilen"])
def test_snapshot_names_are_one_short_line(name: str) -> None:
    with pytest.raises(InvalidValue):
        check_snapshot_name(name)
    assert check_snapshot_name("  vor der Sitzung ") == "vor der Sitzung"
