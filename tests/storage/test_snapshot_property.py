"""Property: after any operations, the diff from a snapshot applied to it gives the event now."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boothmanager.domain import (
    Booth,
    DomainError,
    Rect,
    StandStatus,
    apply_diff,
    diff_events,
    without_private,
)
from boothmanager.operations import (
    AddBooth,
    Assign,
    ChangeStandStatus,
    MoveBooth,
    Operation,
    RemoveBooth,
    TakeSnapshot,
    Unassign,
    UpdateStand,
)
from boothmanager.seed import demo_event
from boothmanager.storage import Database

BOOTHS = st.sampled_from(["S1", "S2", "S3", "S4", "S5", "S6"])
STANDS = st.integers(1, 5)
OPERATIONS = st.one_of(
    st.builds(Assign, booth=BOOTHS, stand_id=STANDS),
    st.builds(Unassign, booth=BOOTHS),
    st.builds(MoveBooth, number=BOOTHS, x=st.integers(0, 34_000), y=st.integers(0, 15_000)),
    st.builds(RemoveBooth, number=BOOTHS, force=st.booleans()),
    st.builds(AddBooth, booth=st.builds(Booth, number=BOOTHS, level=st.just("Foyer (EG)"),
                                        rect=st.just(Rect(20_000, 3_000, 2_000, 3_000)))),
    st.builds(UpdateStand, stand_id=STANDS,
              changes=st.fixed_dictionaries({"project": st.sampled_from(["A", "B"])})),
    st.builds(UpdateStand, stand_id=STANDS,
              changes=st.fixed_dictionaries({"email": st.just("neu@example.org")})),
    st.builds(ChangeStandStatus, stand_id=STANDS, status=st.sampled_from(list(StandStatus))),
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OPERATIONS, max_size=10))
def test_diff_from_a_snapshot_applies_back_to_now(operations: list[Operation]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.create(Path(folder) / "p.boothplan")
        try:
            db.run(demo_event())
            db.run(TakeSnapshot(snapshot="vorher"))
            for operation in operations:
                try:
                    db.run(operation)
                except DomainError:
                    pass
            then, now = db.snapshot("vorher").event(), db.load()
            diff = diff_events(then, now)
            assert without_private(apply_diff(then, diff)) == without_private(now)
            assert bool(diff) == (then != now)
        finally:
            db.close()
