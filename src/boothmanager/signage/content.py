"""What the printed pieces say: the named fields layouts bind to, from public data only."""

from __future__ import annotations

import re
from collections.abc import Sequence

from boothmanager.domain import Booth, Event, Stand
from boothmanager.signage.share_cells import SHARES, share_key
from boothmanager.signage.text import clean

SEPARATOR = " · "
_SHORT = re.compile(r"\s+[–—-]\s+|:\s+")
LANGUAGES = ("de", "en")

# The few words the pieces print themselves; everything else is the event's own data.
LABELS: dict[str, dict[str, str]] = {
    "de": {"booth": "Stand", "project": "Projekt", "organisation": "Organisation",
           "page": "Seite {page} von {pages}"},
    "en": {"booth": "Booth", "project": "Project", "organisation": "Organisation",
           "page": "Page {page} of {pages}"},
}


def labels(lang: str) -> dict[str, str]:
    if lang not in LABELS:
        raise ValueError(f"no labels in {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return LABELS[lang]


def website(event: Event, stand: Stand) -> str:
    """The address the QR code opens: the stand's own, else the event's, else none."""
    return _link(clean(stand.website) or clean(event.info.website))


def _link(url: str) -> str:
    if url and "://" not in url and not url.lower().startswith("mailto:"):
        url = "https://" + url  # a bare "www.…" would scan as text, not as a link
    return url


def event_fields(event: Event, lang: str = "de") -> dict[str, str]:
    """What every piece may say about the event itself."""
    info = event.info
    return {
        "event": SEPARATOR.join(part for part in (clean(info.name), info.date_text()) if part),
        "marketplace": clean(info.marketplace),
        "booth_label": labels(lang)["booth"],
    }


QR_TEXT_BYTES = 160  # a plain-text QR stays a small code with large modules


def shortened(text: str, limit: int = QR_TEXT_BYTES) -> str:
    """`text` cut at a character boundary so its UTF-8 fits `limit` bytes (with "…")."""
    if len(text.encode("utf-8")) <= limit:
        return text
    while len((text + "…").encode("utf-8")) > limit:
        text = text[:-1]
    return text.rstrip() + "…"


def sign_fields(event: Event, booth: Booth, stand: Stand, lang: str = "de") -> dict[str, str]:
    """The fields of one booth on a public print; the stand's contact never enters."""
    stand = stand.public()  # DSGVO: contacts go on staff prints only
    name = clean(stand.name)
    organisation = clean(stand.organisation)
    if organisation.casefold() == name.casefold():
        organisation = ""
    url = website(event, stand)
    reference = shortened(SEPARATOR.join(part for part in (
        clean(event.info.name), f"{labels(lang)['booth']} {booth.number}", name, organisation)
        if part))
    return {
        **event_fields(event, lang),
        "booth_number": booth.number,
        "stand_name": name,
        "organisation": organisation,
        "qr_payload": url or reference,
        "qr_url": url,
    }


SHARE_FIELDS = ("stand_name", "organisation")
SHORT_NAME = "short_name"  # what each stand of a shared booth says


def short_name(name: str) -> str:
    """What a plan (or a shared fascia) prints of a stand's name: the part before a dash or
    colon, if that is a name of its own ("IKOE – Interkulturelle …" → "IKOE")."""
    name = clean(name)
    head = _SHORT.split(name, maxsplit=1)[0].strip()
    return head if len(head) >= 2 else name


def stands_on(event: Event, booth: Booth) -> list[Stand]:
    """The stands on `booth`, in their order along its front."""
    by_id = {stand.id: stand for stand in event.stands}
    return [by_id[stand_id] for stand_id in booth.stand_ids if stand_id in by_id]


def booth_fields(event: Event, booth: Booth, stands: Sequence[Stand],
                 lang: str = "de") -> dict[str, str]:
    """The fields of a booth with all its stands, for a piece that shows the booth once.

    A booth of its own: sign_fields. A shared booth: the number once, each stand's fields by
    position (share_cells), all names in `stand_name`; its QR code opens the address the
    stands have in common, else the event's (one code cannot favour one stand), else it
    holds the booth and all names as text.
    """
    if len(stands) < 2:
        return sign_fields(event, booth, stands[0], lang)
    own = [sign_fields(event, booth, stand, lang) for stand in stands]
    names = [fields["stand_name"] for fields in own]
    organisations = list(dict.fromkeys(f["organisation"] for f in own if f["organisation"]))
    urls = {website(event, stand.public()) for stand in stands}
    url = urls.pop() if len(urls) == 1 else _link(clean(event.info.website))
    reference = shortened(SEPARATOR.join(part for part in (
        clean(event.info.name), f"{labels(lang)['booth']} {booth.number}", *names) if part))
    fields = {**own[0], "stand_name": SEPARATOR.join(names),
              "organisation": SEPARATOR.join(organisations), "qr_payload": url or reference,
              "qr_url": url, SHARES: str(len(stands))}
    for index, stand_fields in enumerate(own):
        for name in SHARE_FIELDS:
            fields[share_key(name, index)] = stand_fields[name]
        fields[share_key(SHORT_NAME, index)] = short_name(stand_fields["stand_name"])
    return fields


def poster_fields(event: Event, *, page: int, pages: int, lang: str = "de") -> dict[str, str]:
    """The fields of one sheet of the door poster: its heading and its page number."""
    words = labels(lang)
    return {
        **event_fields(event, lang),
        "head_booth": words["booth"],
        "head_project": words["project"],
        "head_organisation": words["organisation"],
        "page": words["page"].format(page=page, pages=pages) if pages > 1 else "",
    }
