"""`demo` and `list`: the demo event file, the table and the JSON shape."""

from __future__ import annotations

import json
from pathlib import Path

from boothmanager.domain import Stand

from cli_support import Cli, add_stand, load

CONTACT = "anna.beispiel@example.org, +49 170 1234567"


def test_demo_writes_an_event_file_that_opens(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "new.boothplan"
    result = cli("demo", path)
    assert result.code == 0 and result.err == ""
    assert result.out == f"wrote the demo event 'BuKo 2020' to {path}\n"
    event = load(path)
    assert event.info.name == "BuKo 2020"
    assert [b.number for b in event.booths] == ["S1", "S2", "S3", "S4", "S5"]
    assert len(event.stands) == 5


def test_demo_refuses_an_existing_event_file(cli: Cli, demo_path: Path) -> None:
    before = demo_path.read_bytes()
    cli("demo", demo_path).user_error(str(demo_path), "exists already")
    assert demo_path.read_bytes() == before


def test_demo_refuses_an_existing_text_file(cli: Cli, text_file: Path) -> None:
    cli("demo", text_file).user_error(str(text_file), "exists already")
    assert text_file.read_text(encoding="utf-8") == "not an event\n"


def test_demo_in_a_missing_folder(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "x.boothplan"
    cli("demo", path).user_error(str(path), "folder does not exist")
    assert not path.parent.exists()


def test_list_table(cli: Cli, demo_path: Path) -> None:
    result = cli("list", demo_path)
    assert result.code == 0 and result.err == ""
    lines = result.out.splitlines()
    assert lines[0].startswith("BuKo 2020, 21.–22.09.2020, Georg-Friedrich-Händel HALLE")
    assert lines[2].split() == ["booth", "level", "status", "stand"]
    rows = lines[3:8]
    assert [row.split()[0] for row in rows] == ["S1", "S2", "S3", "S4", "S5"]
    assert rows[0].split("  ")[0] == "S1"
    assert "assigned  1 IKOE – Interkulturelle Orientierung und Öffnung" in rows[0]
    assert rows[3].rstrip().endswith("free")
    assert "stands without a booth:" in lines
    assert lines[-1].split(maxsplit=1) == ["5", "Projekt 5 (Sachsen-Anhalt) – Name folgt"]
    # the columns line up
    assert len({row.index("Foyer") for row in lines[2:8] if "Foyer" in row}) == 1


def test_list_of_an_empty_event(cli: Cli, empty_db) -> None:  # noqa: ANN001
    result = cli("list", empty_db.path)
    assert result.code == 0
    assert result.out == "(unnamed event)\n\nno booths\n"


def test_list_json_shape(cli: Cli, demo_path: Path) -> None:
    result = cli("list", demo_path, "--json")
    assert result.code == 0 and result.err == ""
    data = json.loads(result.out)
    assert list(data) == ["event", "booths", "stands"]
    assert data["event"] == {
        "name": "BuKo 2020",
        "title": "Bundeskonferenz der Integrationsbeauftragten von Bund, Ländern und Kommunen",
        "motto": "In Vielfalt vereint: Zukunft in Deutschland",
        "marketplace": "Markt der Möglichkeiten",
        "website": "",
        "starts": "2020-09-21",
        "ends": "2020-09-22",
        "venue": "Georg-Friedrich-Händel HALLE",
        "city": "Halle (Saale)",
        "venue_is_estimate": True,
    }
    assert [b["number"] for b in data["booths"]] == ["S1", "S2", "S3", "S4", "S5"]
    s1 = data["booths"][0]
    assert list(s1) == ["number", "level", "status", "stand_id", "x_mm", "y_mm", "width_mm",
                        "depth_mm", "rotation", "open_sides", "type", "amenities", "capacity",
                        "front_mm", "shares"]
    assert s1 == {"number": "S1", "level": "Foyer (EG)", "status": "assigned", "stand_id": 1,
                  "x_mm": 34000, "y_mm": 3000, "width_mm": 2000, "depth_mm": 3000, "rotation": 0,
                  "open_sides": ["south", "west"], "type": "corner", "amenities": ["table", "pinboard"],
                  "capacity": 1, "front_mm": 3000,
                  "shares": [{"stand_id": 1, "frontage_mm": 3000}]}
    assert data["booths"][4]["status"] == "free" and data["booths"][4]["stand_id"] is None
    assert len(data["stands"]) == 5
    first = data["stands"][0]
    assert list(first) == ["id", "organisation", "project", "theme", "description", "website",
                           "needs", "placeholder", "booth"]
    assert first["booth"] == "S1" and first["placeholder"] is False
    assert [s["booth"] for s in data["stands"]] == ["S1", "S2", "S3", None, None]
    assert all(s["placeholder"] for s in data["stands"][1:])
    assert "Händel" in result.out  # ensure_ascii=False on a UTF-8 terminal
    assert result.out.startswith('{\n  "event": {\n    "name"')  # indent=2


def test_list_never_shows_a_contact(cli: Cli, demo_path: Path) -> None:
    stand_id = add_stand(demo_path, Stand(organisation="Verein", project="Mit Kontakt",
                                          contact=CONTACT, contact_name="Berta Beispiel",
                                          email="berta@example.net", phone="0345 7654321",
                                          notes="Geheimnotiz"))
    assert cli("assign", demo_path, "S4", stand_id).code == 0
    stand = load(demo_path).stand(stand_id)
    assert (stand.contact, stand.email, stand.phone) == (CONTACT, "berta@example.net",
                                                         "0345 7654321")
    for argv in (("list", demo_path), ("list", demo_path, "--json")):
        result = cli(*argv)
        assert result.code == 0
        assert "Mit Kontakt" in result.out
        assert "anna" not in result.out and "1234567" not in result.out
        for private in ("Berta", "berta@", "example.net", "7654321", "Geheimnotiz"):
            assert private not in result.out
        for key in ("contact", "email", "phone", "notes"):
            assert key not in result.out
