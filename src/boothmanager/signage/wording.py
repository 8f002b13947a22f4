"""The words the plan-based pieces print themselves, in German and English."""

from __future__ import annotations

from datetime import datetime

from boothmanager.domain import Amenity, BoothType
from boothmanager.signage.content import labels

WORDS: dict[str, dict[str, str]] = {
    "de": {
        "here": "Sie sind hier",
        "poster": "Hallenplan",
        "directory": "Ausstellerverzeichnis",
        "pack": "Ausstellerinformation",
        "picklist": "Packliste Aufbau",
        "by_number": "Nach Standnummer",
        "by_name": "Alphabetisch",
        "by_theme": "Nach Thema",
        "no_theme": "Ohne Thema",
        "stand": "Aussteller",
        "theme": "Thema",
        "level": "Ebene",
        "legend": "Legende",
        "legend_stand": "Stand",
        "legend_free": "freie Standfläche",
        "legend_highlight": "hervorgehoben",
        "legend_exit": "Notausgang / Ausgang",
        "legend_door": "Tür",
        "legend_obstacle": "Einbauten (Treppe, Bar …)",
        "legend_zone": "Freihaltefläche",
        "scale": "Maßstab 1 : {ratio} (bei Druck in Originalgröße)",
        "estimate": "Grundriss geschätzt, nicht vermessen – maßgeblich ist der Rettungswegeplan "
                    "des Hauses.",
        "your_booth": "Ihr Stand",
        "booth_facts": "Standfläche",
        "size": "{width} × {depth} m",
        "times": "Auf- und Abbau",
        "setup": "Aufbau",
        "teardown": "Abbau",
        "open": "wird noch mitgeteilt",
        "needs": "Ihr Bedarf – bitte beim Aufbau abhaken",
        "no_needs": "Kein besonderer Bedarf gemeldet.",
        "table_length": "Tischlänge {metres} m",
        "staff": "Personen am Stand: {count}",
        "area": "Fläche mindestens {area} m²",
        "call": "Ansprechpartner vor Ort",
        "call_blank": "Name und Telefon:",
        "your_data": "Ihre Angaben bei uns (bitte prüfen)",
        "way": "Weg vom Haupteingang",
        "arrow": "oranger Pfeil",
        "tables": "Tische",
        "chairs": "Stühle",
        "power": "Strom",
        "pinboards": "Pinnwände",
        "other": "Sonstiges",
        "done": "erl.",
        "total": "Summe",
        "free": "frei",
        "assumptions": "Annahmen: ein Tisch je angefangene {table} m Tischlänge; Stühle: "
                       "Personen am Stand, sonst {chairs} je Stand.",
        "printed": "Stand der Daten: {when}",
        "shared_with": "geteilt mit {names}",
        "and": "und",
        "shared_booth": "Sie teilen sich Stand {booth} mit {names}.",
        "your_part": "Ihr Frontanteil: {metres} m von {front} m (hervorgehoben)",
        "front_part": "Frontanteil {metres} m",
    },
    "en": {
        "here": "You are here",
        "poster": "Floor plan",
        "directory": "Exhibitor directory",
        "pack": "Exhibitor information",
        "picklist": "Set-up pick list",
        "by_number": "By booth number",
        "by_name": "Alphabetical",
        "by_theme": "By theme",
        "no_theme": "No theme",
        "stand": "Exhibitor",
        "theme": "Theme",
        "level": "Level",
        "legend": "Legend",
        "legend_stand": "Booth",
        "legend_free": "free booth",
        "legend_highlight": "highlighted",
        "legend_exit": "Emergency exit / exit",
        "legend_door": "Door",
        "legend_obstacle": "Fixtures (stairs, bar …)",
        "legend_zone": "Keep-clear area",
        "scale": "Scale 1 : {ratio} (printed at full size)",
        "estimate": "Estimated floor plan, not measured – the venue's escape-route plan "
                    "prevails.",
        "your_booth": "Your booth",
        "booth_facts": "Booth",
        "size": "{width} × {depth} m",
        "times": "Set-up and tear-down",
        "setup": "Set-up",
        "teardown": "Tear-down",
        "open": "to be announced",
        "needs": "What you need – tick off at set-up",
        "no_needs": "No particular needs reported.",
        "table_length": "Table length {metres} m",
        "staff": "People on the stand: {count}",
        "area": "Area at least {area} m²",
        "call": "Whom to call on site",
        "call_blank": "Name and phone:",
        "your_data": "What we have on file (please check)",
        "way": "Way from the main entrance",
        "arrow": "orange arrow",
        "tables": "Tables",
        "chairs": "Chairs",
        "power": "Power",
        "pinboards": "Pinboards",
        "other": "Other",
        "done": "done",
        "total": "Total",
        "free": "free",
        "assumptions": "Assumed: one table per started {table} m of table length; chairs: "
                       "the people on the stand, else {chairs} per stand.",
        "printed": "Data as of {when}",
        "shared_with": "shared with {names}",
        "and": "and",
        "shared_booth": "You share booth {booth} with {names}.",
        "your_part": "Your part of the front: {metres} m of {front} m (highlighted)",
        "front_part": "front part {metres} m",
    },
}

AMENITIES = {
    "de": {Amenity.POWER: "Strom", Amenity.TABLE: "Tisch", Amenity.PINBOARD: "Pinnwand",
           Amenity.WATER: "Wasser", Amenity.NETWORK: "Netzwerk", Amenity.WALL: "Rückwand",
           Amenity.STEP_FREE: "stufenlos erreichbar"},
    "en": {Amenity.POWER: "Power", Amenity.TABLE: "Table", Amenity.PINBOARD: "Pinboard",
           Amenity.WATER: "Water", Amenity.NETWORK: "Network", Amenity.WALL: "Back wall",
           Amenity.STEP_FREE: "step-free access"},
}
BOOTH_TYPES = {
    "de": {BoothType.INLINE: "Reihenstand", BoothType.CORNER: "Eckstand",
           BoothType.PENINSULA: "Kopfstand", BoothType.ISLAND: "Blockstand",
           BoothType.THROUGH: "Durchgangsstand", BoothType.CLOSED: "geschlossen"},
    "en": {BoothType.INLINE: "inline", BoothType.CORNER: "corner",
           BoothType.PENINSULA: "peninsula", BoothType.ISLAND: "island",
           BoothType.THROUGH: "through", BoothType.CLOSED: "closed"},
}
_WEEKDAYS = {"de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
             "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}


def words(lang: str) -> dict[str, str]:
    """The printed words in `lang` (ValueError for a language we do not print)."""
    labels(lang)  # the one place that words an unknown language
    return {**labels(lang), **WORDS[lang]}


def number(value: float, lang: str, digits: int = 2) -> str:
    """A figure as the language writes it: 2,50 in German, 2.50 in English."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "de" else text


def moment(when: datetime, lang: str) -> str:
    """A local date and time: "Mo 21.09.2020, 08:00 Uhr" / "Mon 2020-09-21, 08:00"."""
    day = _WEEKDAYS[lang][when.weekday()]
    if lang == "de":
        return f"{day} {when:%d.%m.%Y, %H:%M} Uhr"
    return f"{day} {when:%Y-%m-%d, %H:%M}"
