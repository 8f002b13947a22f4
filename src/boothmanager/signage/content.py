"""What a booth sign says: the named fields its layout binds to, from public data only."""

from __future__ import annotations

from boothmanager.domain import Booth, Event, Stand
from boothmanager.signage.text import clean

SEPARATOR = " · "


def website(event: Event, stand: Stand) -> str:
    """The address the QR code opens: the stand's own, else the event's, else none."""
    url = clean(stand.website) or clean(event.info.website)
    if url and "://" not in url and not url.lower().startswith("mailto:"):
        url = "https://" + url  # a bare "www.…" would scan as text, not as a link
    return url


def sign_fields(event: Event, booth: Booth, stand: Stand) -> dict[str, str]:
    """The fields of one booth sign (German public print); the stand's contact never enters."""
    stand = stand.public()  # DSGVO: contacts go on staff prints only
    name = clean(stand.name)
    organisation = clean(stand.organisation)
    if organisation.casefold() == name.casefold():
        organisation = ""
    info = event.info
    url = website(event, stand)
    reference = SEPARATOR.join(part for part in (clean(info.name), f"Stand {booth.number}",
                                                 name, organisation) if part)
    return {
        "booth_label": "Stand",
        "booth_number": booth.number,
        "stand_name": name,
        "organisation": organisation,
        "event": SEPARATOR.join(part for part in (clean(info.name), info.date_text()) if part),
        "marketplace": clean(info.marketplace),
        "qr_payload": url or reference,
        "qr_url": url,
    }
