"""`assign --auto` words the table-length and waiting-list rules, in text and JSON."""

from __future__ import annotations

import json
from pathlib import Path

from boothmanager.domain import Stand, StandStatus
from boothmanager.storage import Database

from cli_support import Cli


def add(path: Path, *stands: Stand) -> None:
    from boothmanager.operations import AddStand

    db = Database.open(path)
    try:
        for stand in stands:
            db.run(AddStand(stand=stand))
    finally:
        db.close()


def test_table_length_and_waiting_list_in_words(cli: Cli, demo_path: Path) -> None:
    add(demo_path, Stand("Verein", "Lang", table_length_mm=3_200),
        Stand("Verein", "Warte", status=StandStatus.WAITLIST))
    text = cli("assign", demo_path, "--auto", "--dry-run").out
    assert "6 Lang   needs 3.2 m of frontage for its table; the longest free booth has 3 m" in text
    assert ("7 Warte  on the waiting list: the 5 booths that fit it go to stands ahead of it "
            "(5: S1, S2, S3, S4, S5)") in text
    data = json.loads(cli("assign", demo_path, "--auto", "--dry-run", "--json").out)
    blockers = {u["stand_id"]: u["blocker"] for u in data["unplaced"]}
    assert blockers[6] == {"kind": "frontage_too_short", "table_length_mm": 3_200,
                           "longest_mm": 3_000, "needs": [], "zones": []}
    assert blockers[7]["kind"] == "waitlisted" and blockers[7]["ahead"] == [1, 2, 3, 4, 5]
