"""What a piece prints for each booth, as a digest: "changed since the last print" compares them."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence

from boothmanager.domain import Booth, Event, Stand
from boothmanager.domain.shares import share_frontages
from boothmanager.signage.content import booth_fields, poster_fields, sign_fields, stands_on
from boothmanager.signage.logos import logo_digest
from boothmanager.signage.pieces import LOGO_PIECES, Piece

# The fields each sheet piece draws for one booth (its layout's fields); a change anywhere
# else (a note, a phone number) does not make its sign "changed".
SIGN_FIELDS = ("booth_label", "booth_number", "stand_name", "organisation", "qr_payload",
               "qr_url", "event", "marketplace")
PRINTED_FIELDS: dict[Piece, tuple[str, ...]] = {
    Piece.SIGNS: SIGN_FIELDS,
    Piece.TENTS: ("booth_label", "booth_number", "stand_name", "organisation", "event",
                  "marketplace"),
    Piece.FASCIA: ("booth_number", "stand_name"),
    Piece.DOOR: ("booth_number", "stand_name", "organisation"),
    Piece.DIRECTORY: ("booth_number", "stand_name", "organisation", "event"),
    Piece.POSTER: ("booth_number", "stand_name", "event"),
}
# Pieces printed one per booth: "changed" prints only those booths. The others show every
# stand on one sheet or booklet: any change reprints the whole piece.
PER_BOOTH = (Piece.SIGNS, Piece.TENTS, Piece.FASCIA, Piece.PACKS, Piece.PICKLIST)
# A shared booth's split of the front is printed by the plan pieces (its strips) and the
# packs ("your part of the front"); signs, tents, fascia and lists do not show it, so a new
# split does not make them "changed".
SPLIT_PIECES = (Piece.POSTER, Piece.DIRECTORY, Piece.PACKS)
SHARED_SHEET = (Piece.SIGNS, Piece.FASCIA)  # the booth once, its stands' names together


def _digest(parts: object) -> str:
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _where(booth: Booth) -> list[object]:
    rect = booth.rect
    return [booth.level, rect.x, rect.y, rect.width, rect.depth, booth.rotation]


def booth_digest(piece: Piece | str, event: Event, booth: Booth, stands: Sequence[Stand], *,
                 lang: str = "de", logos: Mapping[int, bytes] | None = None) -> str:
    """The digest of exactly what `piece` prints for `booth` (with `stands` on it, in their
    order along its front). A booth of one stand digests as it always did, so a file's
    print records stay valid; a shared booth digests every stand on it and, for the pieces
    that draw or state each stand's part (plan pieces, packs), the split of its front."""
    piece = Piece(piece)
    logos = logos or {}
    if len(stands) < 2:
        stand = stands[0] if stands else None
        logo = logos.get(stand.id) if stand is not None and stand.id is not None else None
        return _single(piece, event, booth, stand, lang=lang, logo=logo)
    parts: list[object] = [_single(piece, event, booth, stand, lang=lang,
                                   logo=logos.get(stand.id) if stand.id is not None else None)
                           for stand in stands]
    if piece in SPLIT_PIECES:
        parts.append(list(share_frontages(booth)))
    if piece in SHARED_SHEET:  # one sheet for all: what it says as a whole
        parts.append([booth_fields(event, booth, stands, lang)[name] for name in
                      ("stand_name", "organisation", "qr_payload", "qr_url")])
    return _digest(parts)


def _single(piece: Piece, event: Event, booth: Booth, stand: Stand | None, *, lang: str,
            logo: bytes | None) -> str:
    if piece is Piece.PICKLIST:  # staff print: what to bring to the booth
        return _digest([booth.number, sorted(booth.amenities),
                        None if stand is None else [stand.name, sorted(stand.needs),
                                                    stand.table_length_mm, stand.staff_count]])
    assert stand is not None
    if piece is Piece.PACKS:  # staff print: the stand's whole letter, its booth on the plan
        return _digest([lang, booth.number, _where(booth), stand.name, stand.organisation,
                        sorted(stand.needs), stand.table_length_mm, stand.staff_count,
                        stand.min_area_mm2, stand.setup_at, stand.teardown_at,
                        stand.contact, stand.contact_name, stand.email, stand.phone,
                        event.info.name])
    fields = sign_fields(event, booth, stand, lang)
    parts: list[object] = [lang, [fields[name] for name in PRINTED_FIELDS.get(piece, SIGN_FIELDS)]]
    if piece in LOGO_PIECES:
        parts.append(logo_digest(logo))
    if piece is Piece.DIRECTORY:
        parts.append(stand.theme)
    if piece in (Piece.POSTER, Piece.DIRECTORY):  # the plan shows where the booth is
        parts.append(_where(booth))
    if piece is Piece.DOOR:
        parts.append(poster_fields(event, page=1, pages=1, lang=lang)["marketplace"])
    return _digest(parts)


def piece_digests(piece: Piece | str, event: Event, *, lang: str = "de",
                  logos: Mapping[int, bytes] | None = None,
                  booths: Sequence[str] | None = None) -> dict[str, str]:
    """Booth number → digest of what `piece` prints for it, for every booth it prints
    (assigned booths; the pick list also free ones), or only those in `booths`."""
    piece = Piece(piece)
    wanted = set(booths) if booths is not None else None
    found = {}
    for booth in event.booths:
        if wanted is not None and booth.number not in wanted:
            continue
        stands = stands_on(event, booth)
        if not stands and piece is not Piece.PICKLIST:
            continue
        found[booth.number] = booth_digest(piece, event, booth, stands, lang=lang, logos=logos)
    return found


def changed_booths(piece: Piece | str, event: Event, recorded: Mapping[str, str], *,
                   lang: str = "de", logos: Mapping[int, bytes] | None = None) -> list[str]:
    """The booths `piece` would print differently from its last print (or never printed),
    in the event's booth order; for a piece of all stands on one sheet, all of its booths
    if any of them changed (or a booth it printed is gone), else none."""
    piece = Piece(piece)
    now = piece_digests(piece, event, lang=lang, logos=logos)
    changed = [number for number, digest in now.items() if recorded.get(number) != digest]
    if piece in PER_BOOTH:
        return changed
    gone = set(recorded) - set(now)
    return list(now) if changed or gone else []
