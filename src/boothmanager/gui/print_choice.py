"""What the Print dialog decides, without Qt: piece, booths, paper, language, and what follows."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from boothmanager.domain import Event

PIECES = ("signs", "tents", "fascia", "door", "poster", "directory", "packs", "picklist")
ALL_PAPERS = ("A6", "A5", "A4", "A3", "A2", "A1", "A0")
# The papers each piece is offered on: the sheet pieces on any (an illegible one is
# explained, not hidden), the others as their renderers make them.
PAPERS = {"signs": ALL_PAPERS, "tents": ALL_PAPERS, "fascia": ALL_PAPERS, "door": ALL_PAPERS,
          "poster": ("A2", "A1", "A0"), "directory": ("A5", "A4"), "packs": ("A4",),
          "picklist": ("A4", "A3")}
# The orientations each piece allows; None is "as the level is wide or tall" (the poster).
ORIENTATIONS: dict[str, tuple[str | None, ...]] = {
    "signs": ("landscape", "portrait"), "tents": ("portrait",), "fascia": ("landscape",),
    "door": ("portrait",), "poster": (None, "landscape", "portrait"),
    "directory": ("portrait",), "packs": ("portrait",), "picklist": ("portrait", "landscape")}
DEFAULTS = {"signs": ("A4", "landscape"), "tents": ("A4", "portrait"),
            "fascia": ("A3", "landscape"), "door": ("A3", "portrait"), "poster": ("A1", None),
            "directory": ("A5", "portrait"), "packs": ("A4", "portrait"),
            "picklist": ("A4", "portrait")}
PER_BOOTH = ("signs", "tents", "fascia", "packs", "picklist")  # one item per booth
FILE_NAMES = {"de": {"signs": "standschilder", "tents": "tischaufsteller", "fascia": "blenden",
                     "door": "tuerplakat", "poster": "hallenplan",
                     "directory": "ausstellerverzeichnis", "packs": "ausstellermappen",
                     "picklist": "packliste"},
              "en": {"signs": "booth-signs", "tents": "table-tents", "fascia": "fascia-strips",
                     "door": "door-poster", "poster": "floor-plan",
                     "directory": "exhibitor-directory", "packs": "exhibitor-packs",
                     "picklist": "pick-list"}}
PREVIEW_BOOTHS = 3  # a preview of a piece per booth draws the first few only: it stays quick


class Scope(StrEnum):
    """Which booths: every assigned one, those selected on the plan, or those changed."""

    ALL = "all"
    SELECTION = "selection"
    CHANGED = "changed"


class NothingChanged(Exception):
    """Nothing the piece prints changed since it was last printed."""


@dataclass(frozen=True, slots=True)
class Record:
    """What to remember after a print: the digests of what it printed, and booths to forget."""

    piece: str
    digests: dict[str, str]
    forget: tuple[str, ...]


class PrintChoice:
    """The choices of the Print dialog and what follows from them.

    `recorded(piece)` reads what a piece printed last time (booth → digest); `logos` are the
    stands' logo images by stand id. Nothing here draws or writes: the dialog does, with
    `options()` for `signage.print_piece`, and records `record()` after a print succeeded.
    """

    def __init__(self, event: Event, *, selected: Sequence[str] = (),
                 recorded: Callable[[str], Mapping[str, str]] | None = None,
                 logos: Mapping[int, bytes] | None = None, lang: str = "de") -> None:
        self.event = event
        self.selected = [number for number in selected
                         if any(b.number == number for b in event.booths)]
        self._recorded = recorded or (lambda _piece: {})
        self.logos = dict(logos or {})
        self.lang = lang
        self.piece = "signs"
        self.paper, self.orientation = DEFAULTS["signs"]
        self.scope = Scope.SELECTION if self.selected else Scope.ALL

    # -- the choices -------------------------------------------------------------------
    def set_piece(self, piece: str) -> None:
        """Choose a piece: its own default paper and orientation come with it."""
        if piece not in PIECES:
            raise ValueError(f"no piece {piece!r}")
        self.piece = piece
        self.paper, self.orientation = DEFAULTS[piece]

    def set_paper(self, paper: str) -> None:
        if paper not in self.papers():
            raise ValueError(f"{self.piece} is not printed on {paper}")
        self.paper = paper

    def set_orientation(self, orientation: str | None) -> None:
        if orientation not in self.orientations():
            raise ValueError(f"{self.piece} is not printed {orientation}")
        self.orientation = orientation

    def papers(self) -> tuple[str, ...]:
        return PAPERS[self.piece]

    def orientations(self) -> tuple[str | None, ...]:
        return ORIENTATIONS[self.piece]

    def scopes(self) -> tuple[Scope, ...]:
        """The scopes that make sense now: a selection only if booths are selected."""
        return (Scope.ALL, Scope.SELECTION, Scope.CHANGED) if self.selected else (
            Scope.ALL, Scope.CHANGED)

    @property
    def per_booth(self) -> bool:
        """One item per booth (a sign each), rather than every stand on one sheet or booklet."""
        return self.piece in PER_BOOTH

    @property
    def writes_folder(self) -> bool:
        """Packs are a folder of PDFs, one per stand; every other piece is one PDF."""
        return self.piece == "packs"

    # -- what follows --------------------------------------------------------------------
    def changed(self) -> list[str]:
        """The booths the piece would print differently than last time (all its booths for
        a piece of all stands, if any changed)."""
        from boothmanager.signage import changed_booths  # ReportLab loads with the dialog

        return changed_booths(self.piece, self.event, self._recorded(self.piece),
                              lang=self.lang, logos=self.logos)

    def booths(self) -> list[str] | None:
        """The `booths` for print_piece: None for all; NothingChanged if "changed" finds none.
        The poster always shows every booth; a selection is highlighted on it."""
        if self.scope is Scope.SELECTION:
            return list(self.selected)
        if self.scope is Scope.CHANGED:
            changed = self.changed()
            if not changed:
                raise NothingChanged(self.piece)
            return changed if self.per_booth else None
        return None

    def preview_booths(self) -> list[str] | None:
        """The booths a preview draws: the first few of a piece per booth (it stays quick)."""
        booths = self.booths()
        if not self.per_booth:
            return booths
        if booths is None:
            booths = [booth.number for booth, _ in self.event.assigned()]
            if self.piece == "picklist":
                booths = [booth.number for booth in self.event.booths]
        return booths[:PREVIEW_BOOTHS] if booths else booths

    def options(self, booths: list[str] | None) -> dict[str, object]:
        """Keyword arguments for signage.print_piece."""
        return {"piece": self.piece, "paper": self.paper, "orientation": self.orientation,
                "lang": self.lang, "booths": booths, "logos": self.logos}

    def record(self, booths: list[str] | None) -> Record:
        """What a successful print of `booths` (as options() had them) printed, per booth."""
        from boothmanager.signage import piece_digests

        recorded = self._recorded(self.piece)
        if self.per_booth:
            return Record(self.piece, piece_digests(self.piece, self.event, lang=self.lang,
                                                    logos=self.logos, booths=booths), ())
        now = piece_digests(self.piece, self.event, lang=self.lang, logos=self.logos)
        return Record(self.piece, now, tuple(sorted(set(recorded) - set(now))))

    def file_name(self, folder: Path) -> Path:
        """A suggestion for where to write: the piece's name in the label language."""
        name = FILE_NAMES.get(self.lang, FILE_NAMES["en"])[self.piece]
        return folder / (name if self.writes_folder else f"{name}.pdf")
