"""The columns of a stand sheet: field names, their German and English headers, and a mapping."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from boothmanager.domain.booth import Amenity
from boothmanager.domain.sheets.problems import SheetProblem, SheetProblemKind, UnusableSheet


class Column(StrEnum):
    """A stand field as a sheet names it; the value is the English header (and the field name)."""

    ID = "id"
    BOOTH = "booth"
    FRONTAGE = "frontage_m"  # a stand's part of a shared booth's front
    ORGANISATION = "organisation"
    PROJECT = "project"
    DESCRIPTION = "description"
    THEME = "theme"
    WEBSITE = "website"
    CONTACT = "contact"
    CONTACT_NAME = "contact_name"
    EMAIL = "email"
    PHONE = "phone"
    AREA = "area_m2"
    TABLE_LENGTH = "table_length_m"
    POWER = "power"
    TABLE = "table"
    PINBOARD = "pinboard"
    WATER = "water"
    NETWORK = "network"
    WALL = "wall"
    STEP_FREE = "step_free"
    STAFF = "staff"
    SETUP = "setup"
    TEARDOWN = "teardown"
    STATUS = "status"
    PLACEHOLDER = "placeholder"
    NOTES = "notes"
    WISHED_BOOTHS = "wished_booths"
    WISHED_ZONES = "wished_zones"
    ZONES = "zones"
    NEAR = "near"
    APART = "apart"


C = Column
# The header an export writes in German; an import accepts it as well as the English one.
GERMAN: dict[Column, str] = {
    C.ID: "ID", C.BOOTH: "Stand", C.FRONTAGE: "Frontanteil", C.ORGANISATION: "Organisation", C.PROJECT: "Projekt",
    C.DESCRIPTION: "Beschreibung", C.THEME: "Thema", C.WEBSITE: "Webseite",
    C.CONTACT: "Kontakt", C.CONTACT_NAME: "Ansprechperson", C.EMAIL: "E-Mail",
    C.PHONE: "Telefon", C.AREA: "Fläche", C.TABLE_LENGTH: "Tischlänge", C.POWER: "Strom",
    C.TABLE: "Tisch", C.PINBOARD: "Pinnwand", C.WATER: "Wasser", C.NETWORK: "Netzwerk",
    C.WALL: "Wand", C.STEP_FREE: "Barrierefrei", C.STAFF: "Personal", C.SETUP: "Aufbau",
    C.TEARDOWN: "Abbau", C.STATUS: "Status", C.PLACEHOLDER: "Platzhalter", C.NOTES: "Notizen",
    C.WISHED_BOOTHS: "Wunschstände", C.WISHED_ZONES: "Wunschzonen", C.ZONES: "Zonen",
    C.NEAR: "Nähe zu", C.APART: "Nicht neben",
}
# Further names people give these columns (English and German); matched ignoring case,
# spaces and punctuation, so "E-Mail", "e_mail" and "EMAIL" are one name.
ALIASES: dict[Column, tuple[str, ...]] = {
    C.ID: ("stand id",),
    C.BOOTH: ("booth number", "Standnummer", "Stand-Nr.", "Standplatz"),
    C.FRONTAGE: ("frontage", "frontage (m)", "share of the front", "part of the front",
                 "Frontanteil (m)", "Anteil Front", "Anteil an der Front"),
    C.ORGANISATION: ("organization", "Träger", "Institution", "Aussteller", "Exhibitor"),
    C.PROJECT: ("project name", "Projektname"),
    C.DESCRIPTION: ("Kurzbeschreibung",),
    C.THEME: ("category", "Kategorie", "Themenbereich"),
    C.WEBSITE: ("url", "web", "homepage", "Internetseite", "Internetadresse"),
    C.CONTACT_NAME: ("contact name", "contact person", "Ansprechpartner", "Ansprechpartnerin",
                     "Kontaktperson"),
    C.EMAIL: ("mail", "email address", "E-Mail-Adresse"),
    C.PHONE: ("telephone", "Telefonnummer", "Tel.", "Mobil"),
    C.AREA: ("area", "area (m²)", "Fläche (m²)", "Standfläche", "Fläche m²", "m²"),
    C.TABLE_LENGTH: ("table length", "table length (m)", "Tischlänge (m)"),
    C.POWER: ("electricity", "Stromanschluss"),
    C.WATER: ("Wasseranschluss",),
    C.NETWORK: ("internet access", "LAN", "WLAN", "Internetanschluss", "Netzwerkanschluss"),
    C.WALL: ("Rückwand",),
    C.PINBOARD: ("Stellwand",),
    C.STEP_FREE: ("step-free access", "wheelchair access", "barrierefreier Zugang", "stufenlos"),
    C.STAFF: ("staff count", "Standpersonal", "Anzahl Personen"),
    C.SETUP: ("setup_at", "set-up", "set up", "Aufbauzeit", "Aufbau ab"),
    C.TEARDOWN: ("teardown_at", "tear-down", "tear down", "Abbauzeit", "Abbau ab"),
    C.NOTES: ("internal notes", "interne Notizen", "Bemerkungen", "Anmerkungen"),
    C.WISHED_BOOTHS: ("wishes", "wished booths", "preferred booths", "Wunschstand",
                      "Standwunsch", "Standwünsche"),
    C.WISHED_ZONES: ("wished zones", "preferred zones", "Wunschzone", "Wunschbereich"),
    C.ZONES: ("allowed zones", "zone", "erlaubte Zonen", "Zone", "Bereiche"),
    C.NEAR: ("near stands", "be near", "close to", "in der Nähe von", "neben"),
    C.APART: ("apart from", "keep apart", "not next to", "Abstand zu", "nicht neben"),
}
NEED_COLUMNS: dict[Column, Amenity] = {
    C.POWER: Amenity.POWER, C.TABLE: Amenity.TABLE, C.PINBOARD: Amenity.PINBOARD,
    C.WATER: Amenity.WATER, C.NETWORK: Amenity.NETWORK, C.WALL: Amenity.WALL,
    C.STEP_FREE: Amenity.STEP_FREE,
}


def header_key(text: str) -> str:
    """A header as compared: compatibility-normalised (² is 2), case-folded, letters and digits."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def known_headers() -> dict[str, Column]:
    known: dict[str, Column] = {}
    for column in Column:
        for name in (column.value, GERMAN[column], *ALIASES.get(column, ())):
            earlier = known.setdefault(header_key(name), column)
            assert earlier is column, (name, earlier, column)  # an alias names one field only
    return known


KNOWN = known_headers()


def header_text(column: Column, lang: str) -> str:
    """The header an export writes: the field name in English, the German word in German."""
    return GERMAN[column] if lang == "de" else column.value


@dataclass(frozen=True, slots=True)
class ColumnPlan:
    """Which sheet column (by index) holds which field; headers nobody reads are `ignored`."""

    fields: tuple[tuple[int, Column], ...]
    ignored: tuple[str, ...]

    def index(self, column: Column) -> int | None:
        for index, found in self.fields:
            if found is column:
                return index
        return None


def plan_columns(headers: Sequence[str],
                 mapping: Mapping[str, str | None] | None = None) -> ColumnPlan:
    """Recognise the headers; `mapping` (header -> field, or None to skip) overrides names.

    Refused with UnusableSheet: a mapping naming a missing header or an unknown field, two
    columns for one field, or no column for the organisation or the project.
    """
    problems: list[SheetProblem] = []
    by_key = {header_key(header): index for index, header in enumerate(headers) if header}
    chosen: dict[int, Column | None] = {}
    for header, field in (mapping or {}).items():
        index = by_key.get(header_key(str(header)))
        if index is None:
            problems.append(SheetProblem(SheetProblemKind.MISSING_COLUMN, str(header)))
            continue
        if field is None or str(field).strip() == "":
            chosen[index] = None
            continue
        column = KNOWN.get(header_key(str(field)))
        if column is None:
            problems.append(SheetProblem(SheetProblemKind.UNKNOWN_FIELD, str(field)))
        chosen[index] = column
    fields: list[tuple[int, Column]] = []
    ignored: list[str] = []
    seen: dict[Column, int] = {}
    for index, header in enumerate(headers):
        column = chosen[index] if index in chosen else KNOWN.get(header_key(header))
        if column is None:
            if header and index not in chosen:
                ignored.append(header)
            continue
        if column in seen:
            problems.append(SheetProblem(SheetProblemKind.DUPLICATE_FIELD, column.value,
                                         f"{headers[seen[column]]!r} and {header!r}"))
            continue
        seen[column] = index
        fields.append((index, column))
    if C.ORGANISATION not in seen and C.PROJECT not in seen and not problems:
        problems.append(SheetProblem(SheetProblemKind.NO_NAME_COLUMN, ", ".join(headers[:8])))
    if problems:
        raise UnusableSheet(problems=tuple(problems))
    return ColumnPlan(fields=tuple(fields), ignored=tuple(ignored))
