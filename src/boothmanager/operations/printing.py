"""What was printed: the digests a print leaves behind, and what a print needs to read."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from boothmanager.operations.base import Change, Operation, UnitOfWork

Digests = tuple[tuple[str, str], ...]  # (booth number, digest), sorted


def as_digests(digests: Mapping[str, str] | Iterable[tuple[str, str]]) -> Digests:
    pairs = digests.items() if isinstance(digests, Mapping) else digests
    return tuple(sorted(pairs))


@dataclass(frozen=True)
class RecordPrint(Operation):
    """Remember what `piece` printed for these booths, after the print was written.

    Not an edit of the event: a front end runs it outside its undo history. Its inverse
    puts the earlier records back (and forgets booths that had none), for completeness.
    """

    piece: str
    digests: Digests
    forget: tuple[str, ...] = ()  # booths whose record goes (only the inverse uses it)
    name = "record_print"

    def apply(self, uow: UnitOfWork) -> Change:
        before = uow.printed.digests(self.piece)
        wanted = dict(self.digests)
        touched = set(wanted) | set(self.forget)
        if all(before.get(booth) == digest for booth, digest in wanted.items()) and not (
                set(self.forget) & set(before)):
            return Change(self.name, inverse=self, changed=False)
        if self.forget:
            uow.printed.forget(self.piece, sorted(self.forget))
        uow.printed.record(self.piece, wanted)
        inverse = RecordPrint(piece=self.piece,
                              digests=as_digests({b: before[b] for b in touched if b in before}),
                              forget=tuple(sorted(b for b in touched if b not in before)))
        return Change(self.name, inverse=inverse)


def printed_digests(uow: UnitOfWork, piece: str) -> dict[str, str]:
    """Booth number → what `piece` printed for it last time."""
    return uow.printed.digests(piece)


def stand_logos(uow: UnitOfWork, stand_ids: Iterable[int]) -> dict[int, bytes]:
    """Stand id → logo image bytes, for the stands among `stand_ids` that have one."""
    found = {}
    for stand_id in stand_ids:
        logo = uow.stands.logo(stand_id)
        if logo is not None and logo[0]:
            found[stand_id] = logo[0]
    return found
