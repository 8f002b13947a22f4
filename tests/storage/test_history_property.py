"""Property: any sequence of operations via History undoes to the start and redoes to the end."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boothmanager.domain import Booth, DomainError, Rect, Stand, placed
from boothmanager.operations import (
    AddBooth,
    AddStand,
    Assign,
    History,
    MoveBooth,
    Operation,
    OrderShares,
    RemoveBooth,
    RemoveStand,
    SplitFrontage,
    SwapStands,
    Unassign,
)
from boothmanager.seed import demo_event
from boothmanager.storage import Database

BOOTHS = st.sampled_from(["S1", "S2", "S3", "S4", "S5", "S6"])
STANDS = st.integers(1, 7)
OPERATIONS = st.one_of(
    st.builds(Assign, booth=BOOTHS, stand_id=STANDS, share=st.booleans()),
    st.builds(Unassign, booth=BOOTHS, stand_id=st.none() | STANDS),
    st.builds(SplitFrontage, booth=BOOTHS,
              frontages=st.lists(st.integers(100, 3_000), min_size=1, max_size=3).map(tuple)),
    st.builds(SwapStands, a=STANDS, b=STANDS),
    st.builds(OrderShares, booth=BOOTHS,
              stand_ids=st.lists(STANDS, min_size=1, max_size=3).map(tuple)),
    st.builds(MoveBooth, number=BOOTHS, x=st.integers(0, 34_000), y=st.integers(0, 15_000)),
    st.builds(RemoveBooth, number=BOOTHS, force=st.booleans()),
    st.builds(AddBooth, booth=st.builds(Booth, number=BOOTHS, level=st.just("Foyer (EG)"),
                                        rect=st.just(Rect(0, 0, 2_000, 3_000)),
                                        shares=st.lists(STANDS, max_size=2, unique=True)
                                        .map(lambda ids: placed(*ids)))),
    st.builds(RemoveStand, stand_id=STANDS),
    st.builds(AddStand, stand=st.builds(Stand, organisation=st.just("Verein"),
                                        project=st.sampled_from(["A", "B"]))),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OPERATIONS, max_size=15))
def test_undo_all_then_redo_all(operations: list[Operation]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.create(Path(folder) / "p.boothplan")
        try:
            db.run(demo_event())
            history = History(db.run)
            states = [db.load()]
            for operation in operations:
                try:
                    history.do(operation)
                except DomainError:
                    assert db.load() == states[-1]
                else:
                    states.append(db.load())
            for state in reversed(states[:-1]):
                history.undo()
                assert db.load() == state
            assert not history.can_undo
            for state in states[1:]:
                history.redo()
                assert db.load() == state
            assert not history.can_redo
        finally:
            db.close()
