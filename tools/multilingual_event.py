"""A made-up event: 200 stands named in German, Turkish, Ukrainian and Arabic (.boothplan)."""

# Usage: python tools/multilingual_event.py OUT.boothplan
# Every name, address and figure here is invented; the venue is no real building. Stands carry
# private contact data on purpose, so prints can be checked for leaving it out.

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from boothmanager.domain import (
    placed,
    Amenity,
    Booth,
    EventInfo,
    Exit,
    ExitKind,
    KeepClearZone,
    Level,
    Obstacle,
    ObstacleKind,
    Point,
    Rect,
    Stand,
    Venue,
)
from boothmanager.operations import CreateEvent
from boothmanager.storage import Database

STANDS = 200
HALL, GALLERY = "Halle 1 (EG)", "Galerie (OG)"
BOOTH = 3_000  # mm, 3 × 3 m shell-scheme booths
AISLE = 3_000

GERMAN = ("Integrationsnetzwerk", "Migrationsberatung", "Sprachcafé", "Bildungsbrücke",
          "Willkommensbündnis", "Interkultureller Garten", "Jugendmigrationsdienst",
          "Frauentreff Weltoffen", "Ehrenamtsbörse", "Nachbarschaftshilfe Straße der Vielfalt")
GERMAN_PLACES = ("Halle (Saale)", "Magdeburg", "Dessau-Roßlau", "Lutherstadt Wittenberg",
                 "Merseburg")
TURKISH = ("Kültür Köprüsü", "Göçmen Kadınlar Derneği", "Gençlik Atölyesi", "Dil Kahvesi",
           "Dayanışma Ağı", "Türk-Alman Dostluk Derneği", "Eğitim Işığı", "Çocuk Kütüphanesi",
           "Müzik ve Şiir Evi", "Aile Danışma Merkezi")
TURKISH_PLACES = ("Halle", "Magdeburg", "Dessau", "İzmir – Halle", "Köthen")
UKRAINIAN = ("Українська громада", "Спілка вчителів", "Молодіжний центр",
             "Бібліотека «Джерело»", "Курси німецької мови", "Мистецька майстерня",
             "Допомога переселенцям", "Жіночий клуб «Берегиня»", "Дитяча школа танцю",
             "Центр психологічної підтримки")
UKRAINIAN_PLACES = ("Галле", "Магдебург", "Дессау", "Віттенберг", "Мерзебург")
ARABIC = ("جمعية الجالية العربية", "مركز تعليم اللغة", "نادي الشباب", "بيت الثقافة",
          "مبادرة الجيران", "مكتبة الأطفال", "ورشة الفنون", "جمعية النساء", "مجلس الأهل",
          "مقهى اللغات")
ARABIC_PLACES = ("في هاله", "في ماغدبورغ", "في ديساو", "في فيتنبرغ", "في ميرسبورغ")
THEMES = ("Sprache und Bildung", "Arbeit und Beruf", "Kultur und Begegnung", "Beratung",
          "Jugend und Familie", "")
ORGANISATIONS = ("Verein für Vielfalt Sachsen-Anhalt e.V.", "Türkisch-Deutscher Kulturverein",
                 "Українське товариство Саксонії-Ангальт", "الجمعية العربية الألمانية",
                 "Landesnetzwerk Migrantenorganisationen")
LONG_NAME = ("Landesweites Kooperationsprojekt zur interkulturellen Öffnung kommunaler "
             "Verwaltungen, Wohlfahrtsverbände, Migrantenorganisationen und "
             "Bildungseinrichtungen im Land Sachsen-Anhalt")
MARKUP_NAME = "Straße <b>&</b> Co – <i>Begegnung</i> & Austausch"
NEEDS = (frozenset({Amenity.TABLE}), frozenset({Amenity.TABLE, Amenity.POWER}),
         frozenset({Amenity.PINBOARD}), frozenset(),
         frozenset({Amenity.TABLE, Amenity.PINBOARD, Amenity.POWER, Amenity.NETWORK}))


def stand_name(i: int) -> str:
    """The i-th name: German, Turkish, Ukrainian and Arabic in turn, 50 of each."""
    group, n = i % 4, i // 4
    base, place = [(GERMAN, GERMAN_PLACES), (TURKISH, TURKISH_PLACES),
                   (UKRAINIAN, UKRAINIAN_PLACES), (ARABIC, ARABIC_PLACES)][group]
    if i == 8:
        return LONG_NAME
    if i == 12:
        return MARKUP_NAME
    return f"{base[n % 10]} {place[n // 10 % 5]}"


def stands() -> tuple[Stand, ...]:
    start = datetime(2021, 9, 20, 14, 0)
    made = []
    for i in range(STANDS):
        made.append(Stand(
            id=i + 1, organisation=ORGANISATIONS[(i // 4) % len(ORGANISATIONS)],
            project=stand_name(i), theme=THEMES[i % len(THEMES)],
            website=f"https://example.org/stand/{i + 1}" if i % 3 == 0 else "",
            needs=NEEDS[i % len(NEEDS)],
            table_length_mm=(1_200, 1_800, 2_400, None)[i % 4],
            staff_count=(2, 3, None, 1, 4)[i % 5],
            setup_at=start + timedelta(hours=i % 3) if i % 7 else None,
            teardown_at=datetime(2021, 9, 22, 17, 0) if i % 7 else None,
            contact_name=f"Kontaktperson {i + 1}", email=f"kontakt{i + 1}@example.org",
            phone=f"+49 345 000 {i + 1:04d}", notes=f"intern: Rechnung {i + 1} offen"))
    return tuple(made)


def hall() -> tuple[Level, list[Rect]]:
    """A hall of 78 × 42 m: four double rows of 2 × 11 booths either side of a cross aisle."""
    width, depth = 78_000, 42_000
    slots = []
    for block in range(4):
        for row in range(2):
            y = AISLE + block * (2 * BOOTH + AISLE) + row * BOOTH
            for column in range(22):
                x = AISLE + column * BOOTH + (6_000 if column >= 11 else 0)
                slots.append(Rect(x, y, BOOTH, BOOTH))
    level = Level(
        name=HALL,
        outline=(Point(0, 0), Point(width, 0), Point(width, depth), Point(0, depth)),
        exits=(Exit("E1", ExitKind.MAIN_ENTRANCE, Point(34_000, 0), 8_000),
               Exit("E2", ExitKind.EMERGENCY_EXIT, Point(0, 20_000), 2_400, angle=90),
               Exit("E3", ExitKind.EMERGENCY_EXIT, Point(width, 20_000), 2_400, angle=90),
               Exit("E4", ExitKind.EMERGENCY_EXIT, Point(6_000, depth), 2_400),
               Exit("E5", ExitKind.EMERGENCY_EXIT, Point(68_000, depth), 2_400)),
        obstacles=(Obstacle(ObstacleKind.COLUMN, Rect(36_700, 19_700, 600, 600), "Säule"),
                   Obstacle(ObstacleKind.STAIRS, Rect(72_000, 1_000, 5_000, 1_800),
                            "Treppe zur Galerie"),
                   Obstacle(ObstacleKind.DESK, Rect(1_000, 800, 6_000, 1_400), "Information")),
        zones=(KeepClearZone(Rect(32_000, 0, 12_000, 3_000), "vor E1"),
               KeepClearZone(Rect(0, 19_000, 3_000, 4_400), "vor E2"),
               KeepClearZone(Rect(75_000, 19_000, 3_000, 4_400), "vor E3")))
    return level, slots


def gallery() -> tuple[Level, list[Rect]]:
    """A gallery of 78 × 14 m with one double row of 16 booths."""
    width, depth = 78_000, 14_000
    slots = [Rect(AISLE + 9_000 + column * BOOTH, 4_000 + row * BOOTH, BOOTH, BOOTH)
             for row in range(2) for column in range(16)]
    level = Level(
        name=GALLERY,
        outline=(Point(0, 0), Point(width, 0), Point(width, depth), Point(0, depth)),
        exits=(Exit("E6", ExitKind.EMERGENCY_EXIT, Point(0, 5_000), 2_400, angle=90),
               Exit("T1", ExitKind.HALL_DOOR, Point(66_000, 0), 3_000)),
        obstacles=(Obstacle(ObstacleKind.STAIRS, Rect(72_000, 1_000, 5_000, 1_800),
                            "Treppe zur Halle"),
                   Obstacle(ObstacleKind.LIFT, Rect(72_000, 10_000, 2_500, 2_500), "Aufzug")),
        zones=(KeepClearZone(Rect(0, 4_000, 3_000, 4_400), "vor E6"),))
    return level, slots


def multilingual_event() -> CreateEvent:
    """The operation that fills an empty event file with the made-up event."""
    made = stands()
    booths = []
    for level, slots in (hall(), gallery()):
        for rect in slots:
            n = len(booths)
            prefix = "A" if level.name == HALL else "G"
            booths.append(Booth(number=f"{prefix}{n + 1}", level=level.name, rect=rect,
                                amenities=frozenset({Amenity.TABLE}) if n % 2 else frozenset(),
                                shares=placed(made[n].id) if n < len(made) else ()))
    return CreateEvent(
        info=EventInfo(name="Vielfalt verbindet 2021", title="Fachtag der Migrantenorganisationen"
                       " (erfundene Beispielveranstaltung)", motto="Viele Sprachen – ein Markt",
                       starts=date(2021, 9, 21), ends=date(2021, 9, 22),
                       website="https://example.org/vielfalt",
                       marketplace="Markt der Möglichkeiten"),
        venue=Venue(name="Beispielhalle", city="Halle (Saale)",
                    levels=(hall()[0], gallery()[0]), is_estimate=True,
                    source_note="Erfunden, für Tests und Ansicht."),
        booths=tuple(booths), stands=made)


def write(path: Path) -> Path:
    """Create the event file at `path` (refused if something is there already)."""
    if path.exists():
        raise FileExistsError(f"{path}: exists; choose a new file name")
    db = Database.create(path)
    try:
        db.run(multilingual_event())
    finally:
        db.close()
    return path


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tools/multilingual_event.py OUT.boothplan")
    try:
        print(f"wrote {write(Path(sys.argv[1]))}")
    except FileExistsError as error:
        sys.exit(str(error))
