"""What each printed piece showed per booth when it was last printed (for "changed since")."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from boothmanager.storage.models import PrintedRow


class SqlPrinted:
    """Digests of printed content per piece and booth; the unit of work stamps who and when."""

    def __init__(self, session: Session, *, who: str = "") -> None:
        self.session = session
        self.who = who

    def digests(self, piece: str) -> dict[str, str]:
        """Booth number → digest of what `piece` last printed for it."""
        rows = self.session.execute(select(PrintedRow.booth, PrintedRow.digest)
                                    .where(PrintedRow.piece == piece))
        return {booth: digest for booth, digest in rows}

    def record(self, piece: str, digests: dict[str, str]) -> None:
        """Remember what `piece` printed now for these booths (others keep their record)."""
        if not digests:
            return
        self.session.execute(delete(PrintedRow).where(PrintedRow.piece == piece,
                                                      PrintedRow.booth.in_(digests)))
        now = datetime.now(UTC).replace(tzinfo=None)
        self.session.add_all(PrintedRow(piece=piece, booth=booth, digest=digest, printed_at=now,
                                        who=self.who) for booth, digest in digests.items())
        self.session.flush()

    def forget(self, piece: str, booths: list[str]) -> None:
        self.session.execute(delete(PrintedRow).where(PrintedRow.piece == piece,
                                                      PrintedRow.booth.in_(booths)))
        self.session.flush()
