"""What the printed pieces say: the named fields layouts bind to, from public data only."""

from __future__ import annotations

from boothmanager.domain import Booth, Event, Stand
from boothmanager.signage.text import clean

SEPARATOR = " · "
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
    url = clean(stand.website) or clean(event.info.website)
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
