"""The properties panel shows a stand's record: status, needs, private contact (staff only)."""

from __future__ import annotations

from boothmanager.domain import Amenity, Stand
from boothmanager.domain.status import StandStatus, TransitionRefused
from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.wording import amenity_text, error_text
from boothmanager.operations import AddStand


def shown(window: MainWindow) -> list[str]:
    form = window.properties.form
    return [form.itemAt(i).widget().text() for i in range(form.count())
            if form.itemAt(i).widget() is not None]


def test_a_stand_record_in_the_properties_panel(window: MainWindow) -> None:
    stand = Stand(organisation="Verein", project="Wasserprojekt", email="a@example.org",
                  phone="0345 1", needs=frozenset({Amenity.WATER, Amenity.STEP_FREE}),
                  min_area_mm2=9_000_000, status=StandStatus.ACCEPTED, notes="intern")
    change = window.document.execute(AddStand(stand=stand), "add")
    [stand_id] = change.stands
    window.properties.show_stand(window.current, window.current.stand(stand_id))
    texts = shown(window)
    assert "accepted" in texts and "9 m²" in texts and "intern" in texts
    assert any("water" in t and "step-free access" in t for t in texts)
    assert any("a@example.org" in t for t in texts)


def test_every_amenity_and_refused_status_step_have_words() -> None:
    assert all(amenity_text(a) for a in Amenity)
    text = error_text(TransitionRefused(stand_id=3, old=StandStatus.CANCELLED,
                                        new=StandStatus.CONFIRMED))
    assert "3" in text and "cancelled" in text
