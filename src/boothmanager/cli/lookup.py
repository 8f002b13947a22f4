"""Find a stand from what a person typed: its id, or its exact project or organisation name."""

from __future__ import annotations

import re

from boothmanager.domain import Stand, StandNameAmbiguous, UnknownStand
from boothmanager.operations import UnitOfWork

STAND_ID = re.compile(r"[0-9]+")
MAX_ID = 2**63 - 1  # SQLite's largest integer; a longer number cannot be an id


def resolve_stand(uow: UnitOfWork, ref: str) -> Stand:
    """All digits: the stand with that id; else the one stand whose project or organisation is `ref`."""
    if STAND_ID.fullmatch(ref):
        stand_id = int(ref)
        stand = uow.stands.get(stand_id) if stand_id <= MAX_ID else None
        if stand is None:
            raise UnknownStand(ref=stand_id)
        return stand
    matches = uow.stands.named(ref)
    if not matches:
        raise UnknownStand(ref=ref)
    if len(matches) > 1:
        raise StandNameAmbiguous(name=ref, stand_ids=[s.id for s in matches if s.id is not None])
    return matches[0]
