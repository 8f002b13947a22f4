"""What the CLI tests share besides fixtures: the result of a run and event-file helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from boothmanager.domain import Event, Stand
from boothmanager.operations import AddStand
from boothmanager.storage import Database


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def user_error(self, *fragments: str) -> None:
        """Exit 1, nothing on stdout, one line on stderr naming each fragment, no traceback."""
        assert self.code == 1, self
        assert self.out == ""
        assert self.err.startswith("boothmanager: ") and self.err.endswith("\n"), self.err
        assert self.err.count("\n") == 1, self.err
        assert "Traceback" not in self.err
        for fragment in fragments:
            assert fragment in self.err, (fragment, self.err)


Cli = Callable[..., Result]


def add_stand(path: Path, stand: Stand) -> int:
    """Add a stand to the event file through its operation; the id it got."""
    db = Database.open(path)
    try:
        (stand_id,) = db.run(AddStand(stand=stand)).stands
    finally:
        db.close()
    return stand_id


def load(path: Path) -> Event:
    db = Database.open(path)
    try:
        return db.load()
    finally:
        db.close()
