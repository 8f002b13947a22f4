"""Stands: what an exhibitor shows and needs, with private contacts that never go on public prints."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from boothmanager.domain.booth import Amenity
from boothmanager.domain.errors import InvalidValue
from boothmanager.domain.status import StandStatus

MAX_NAME = 500
MAX_TEXT = 10_000  # description, notes, the free-text contact: more is a pasting accident
MAX_SHORT = 500  # theme, contact name, phone
MAX_EMAIL = 254  # RFC 5321
MAX_WEBSITE = 2_000
MAX_AREA_MM2 = 100_000 * 1_000_000  # 100,000 m²: larger than any hall
MAX_TABLE_MM = 100_000
MAX_STAFF = 10_000
# Staff see these; public prints, `list --json` and anything built by public() never do.
PRIVATE_FIELDS = ("contact", "contact_name", "email", "phone", "notes")
LIMITS = {"organisation": MAX_NAME, "project": MAX_NAME, "description": MAX_TEXT,
          "theme": MAX_SHORT, "website": MAX_WEBSITE, "contact": MAX_TEXT,
          "contact_name": MAX_SHORT, "email": MAX_EMAIL, "phone": MAX_SHORT, "notes": MAX_TEXT}
# Pragmatic, not RFC 5322: one @, no spaces, a dot in the domain, no dot at its ends.
EMAIL = re.compile(r"[^@\s]+@[^@\s.][^@\s]*\.[^@\s.]+")


@dataclass(frozen=True, slots=True)
class Stand:
    """An exhibitor's stand; `id` is None until the event file gives it one.

    `contact` is the free-text contact older files hold; `contact_name`, `email` and `phone`
    are its structured parts. Areas are mm², lengths mm; set-up and tear-down are the venue's
    local time (naive datetimes).
    """

    organisation: str
    project: str
    id: int | None = None
    description: str = ""
    theme: str = ""
    website: str = ""
    contact: str = ""
    needs: frozenset[Amenity] = frozenset()
    placeholder: bool = False
    contact_name: str = ""
    email: str = ""
    phone: str = ""
    min_area_mm2: int | None = None
    table_length_mm: int | None = None
    staff_count: int | None = None
    setup_at: datetime | None = None
    teardown_at: datetime | None = None
    notes: str = ""
    status: StandStatus = StandStatus.APPLIED
    wishes: tuple[StandWish, ...] = ()  # preferred booths or zones, first the strongest
    zones: frozenset[str] = frozenset()  # allowed zones (a booth's zone or level); empty: any
    near: frozenset[int] = frozenset()  # stands to be close to
    apart: frozenset[int] = frozenset()  # stands not to be next to

    def __post_init__(self) -> None:
        if not self.project.strip() and not self.organisation.strip():
            raise InvalidValue(field="stand", value="", reason="needs a project or an organisation")
        for name, limit in LIMITS.items():
            if len(getattr(self, name)) > limit:
                raise InvalidValue(field=name, value=getattr(self, name)[:40] + "…",
                                   reason=f"at most {limit} characters")
        if self.email and not EMAIL.fullmatch(self.email):
            raise InvalidValue(field="email", value=self.email, reason="not an e-mail address")
        check_count("min_area_mm2", self.min_area_mm2, low=1, high=MAX_AREA_MM2)
        check_count("table_length_mm", self.table_length_mm, low=1, high=MAX_TABLE_MM)
        check_count("staff_count", self.staff_count, low=0, high=MAX_STAFF)
        check_times(self.setup_at, self.teardown_at)
        try:
            object.__setattr__(self, "status", StandStatus(self.status))
        except ValueError:
            raise InvalidValue(field="status", value=self.status,
                               reason="not a stand status") from None
        check_relations(self)
        try:
            object.__setattr__(self, "needs", frozenset(Amenity(n) for n in self.needs))
        except (ValueError, TypeError):
            raise InvalidValue(field="needs", value=self.needs,
                               reason="not a set of amenities") from None

    @property
    def name(self) -> str:
        """The name people look for: the project, else the organisation."""
        return self.project if self.project.strip() else self.organisation

    def public(self) -> Stand:
        """The stand as it may appear on public prints: no contact, e-mail, phone or notes."""
        return replace(self, **dict.fromkeys(PRIVATE_FIELDS, ""))


@dataclass(frozen=True, slots=True)
class StandWish:
    """A stand's wish for one booth or for any booth of a zone."""

    booth: str | None = None
    zone: str | None = None

    def __post_init__(self) -> None:
        if (self.booth is None) == (self.zone is None) or not (self.booth or self.zone or "").strip():
            raise InvalidValue(field="wish", value=(self.booth, self.zone),
                               reason="names either a booth or a zone")


MAX_WISHES = 10


def check_relations(stand: Stand) -> None:
    if len(stand.wishes) > MAX_WISHES:
        raise InvalidValue(field="wishes", value=len(stand.wishes),
                           reason=f"at most {MAX_WISHES}")
    for name in ("near", "apart"):
        ids = getattr(stand, name)
        if any(isinstance(i, bool) or not isinstance(i, int) or i < 1 for i in ids):
            raise InvalidValue(field=name, value=sorted(map(str, ids)), reason="stand ids")
        if stand.id is not None and stand.id in ids:
            raise InvalidValue(field=name, value=stand.id, reason="a stand cannot name itself")
    if stand.near & stand.apart:
        raise InvalidValue(field="apart", value=sorted(stand.near & stand.apart),
                           reason="both near and apart")


def check_count(field: str, value: int | None, *, low: int, high: int) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue(field=field, value=value, reason="must be a whole number")
    if not low <= value <= high:
        raise InvalidValue(field=field, value=value, reason=f"must be {low} to {high}")


def check_times(setup: datetime | None, teardown: datetime | None) -> None:
    for field, value in (("setup_at", setup), ("teardown_at", teardown)):
        if value is not None and (not isinstance(value, datetime) or value.tzinfo is not None):
            raise InvalidValue(field=field, value=value, reason="a local date and time")
    if setup is not None and teardown is not None and teardown < setup:
        raise InvalidValue(field="teardown_at", value=teardown.isoformat(sep=" "),
                           reason=f"before the set-up at {setup.isoformat(sep=' ')}")
