"""Names no bundled font can draw are refused by name; a long name never overflows the QR code."""

from __future__ import annotations

from pathlib import Path

import pytest

from boothmanager.cli import main
from boothmanager.domain import Booth, Event, EventInfo, Level, Point, Rect, Stand, Venue, placed
from boothmanager.signage import MissingGlyphs, render_booth_signs
from boothmanager.signage.content import shortened

LEVEL = Level(name="EG", outline=(Point(0, 0), Point(10_000, 0), Point(10_000, 10_000),
                                  Point(0, 10_000)))


def event_with(project: str, organisation: str = "Verein") -> Event:
    return Event(info=EventInfo(name="Messe"), venue=Venue(name="Halle", levels=(LEVEL,)),
                 booths=(Booth(number="S1", level="EG", rect=Rect(0, 0, 3_000, 2_000), shares=placed(1)),),
                 stands=(Stand(id=1, organisation=organisation, project=project),))


@pytest.mark.parametrize("project", ["北京大学 中文项目", "שלום עולם", "Sommerfest 🎉"])
def test_characters_no_font_has_are_refused_and_nothing_is_written(project: str,
                                                                    tmp_path: Path) -> None:
    out = tmp_path / "signs.pdf"
    with pytest.raises(MissingGlyphs) as refused:
        render_booth_signs(event_with(project), out)
    assert refused.value.characters
    assert not out.exists()


def test_a_name_of_500_wide_characters_fits_the_qr_fallback(tmp_path: Path) -> None:
    event = event_with("Ä" * 500, "Ö" * 500)
    assert render_booth_signs(event, tmp_path / "signs.pdf") == 1
    assert len(shortened("Ä" * 500).encode("utf-8")) <= 160


def test_the_cli_says_which_characters_it_cannot_print(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    from boothmanager.operations import AddStand, Assign
    from boothmanager.storage import Database

    path = tmp_path / "e.boothplan"
    assert main(["demo", str(path)]) == 0
    db = Database.open(path)
    change = db.run(AddStand(stand=Stand(organisation="Verein", project="中文项目")))
    db.run(Assign(booth="S4", stand_id=next(iter(change.stands))))
    db.close()
    assert main(["print", "signs", str(path), "--out", str(tmp_path / "s.pdf")]) == 1
    err = capsys.readouterr().err
    assert "中" in err and len(err.strip().splitlines()) == 1
