"""Level of detail on the plan: small booths are coloured blocks, numbers and names come with zoom."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtGui import QColor, QImage

from boothmanager.domain import BoothStatus
from boothmanager.gui.document import EventDocument
from boothmanager.gui.plan import style
from boothmanager.gui.plan.items import NAME_SIZE, NUMBER_SIZE, BoothItem, Detail
from boothmanager.gui.plan.text import TEXT_MIN_PX, LabelItem, TextLine
from boothmanager.gui.plan.scene import PlanScene
from boothmanager.gui.plan.view import PlanView
from boothmanager.seed import generated_event
from boothmanager.storage import Database

VIEW_W, VIEW_H = 1600, 1000
BOOTHS = 1_000  # ten rows of the generated hall; zoomed as a fitted hall of 10,000 would be


@pytest.fixture(scope="module")
def event_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lod") / "large.boothplan"
    db = Database.create(path)
    db.run(generated_event(BOOTHS))
    db.close()
    return path


@pytest.fixture
def plan(qtbot, event_path: Path) -> Iterator[PlanView]:  # noqa: ANN001
    document = EventDocument(Database.open(event_path))
    scene = PlanScene()
    scene.show_level(document.current, document.current.venue.levels[0])
    view = PlanView(scene)
    qtbot.addWidget(view)
    view.resize(VIEW_W, VIEW_H)
    view.show()
    qtbot.waitExposed(view)
    yield view
    document.db.close()


def fitted_10k_scale(view: PlanView) -> float:
    """Pixels per mm of a fitted plan of the generated 10,000-booth hall in this view."""
    outline = generated_event(10_000).venue.levels[0].outline
    width = max(p.x for p in outline) - min(p.x for p in outline) + 6_000  # the scene's margin
    depth = max(p.y for p in outline) - min(p.y for p in outline) + 6_000
    viewport = view.viewport()
    return min(viewport.width() / width, viewport.height() / depth)


def zoom(view: PlanView, pixels_per_mm: float, centre: QPointF) -> None:
    view.auto_fit = False
    view.resetTransform()
    view.scale(pixels_per_mm, pixels_per_mm)
    view.centerOn(centre)


def render(view: PlanView) -> QImage:
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ff00ff"))  # nothing on the plan is magenta: a blank render shows
    view.viewport().render(image)
    return image


def visible_booths(view: PlanView) -> list[BoothItem]:
    area = view.mapToScene(view.viewport().rect()).boundingRect()
    return [item for item in view.plan.booth_items.values()
            if area.contains(item.sceneBoundingRect())]


def pixel(image: QImage, view: PlanView, scene_point: QPointF) -> QColor:
    return image.pixelColor(view.mapFromScene(scene_point))


def near(color: QColor, expected: QColor, tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in
               zip(color.getRgb()[:3], expected.getRgb()[:3], strict=True))


def between(color: QColor, light: QColor, dark: QColor) -> bool:
    """`color` lies on the way from `light` to `dark`, a good part of the way (a smoothed line)."""
    shares = [(a - b) / (c - b) for a, b, c in zip(color.getRgb()[:3], light.getRgb()[:3],
                                                   dark.getRgb()[:3], strict=True) if c != b]
    return all(0.3 <= share <= 1.1 for share in shares)


def dark_pixels(image: QImage, view: PlanView, area: QRectF) -> int:
    """Pixels of text colour (near black) inside `area` of the scene."""
    box = view.mapFromScene(area).boundingRect().intersected(image.rect())
    return sum(1 for y in range(box.top(), box.bottom(), 1) for x in range(box.left(), box.right())
               if max(image.pixelColor(x, y).getRgb()[:3]) < 90)


def test_a_fitted_plan_of_10000_booths_shows_coloured_blocks_and_no_text(plan: PlanView) -> None:
    scene = plan.plan
    zoom(plan, fitted_10k_scale(plan), scene.sceneRect().center())
    lod = plan.transform().m11()
    shown = visible_booths(plan)
    assert len(shown) == BOOTHS
    assert {item.detail(lod) for item in shown} == {Detail.BLOCK}

    image = render(plan)
    assigned, free = scene.booth_items["1"], scene.booth_items[str(BOOTHS)]
    assert assigned.booth.status is BoothStatus.ASSIGNED and free.booth.status is BoothStatus.FREE
    for item in (assigned, free):  # a block in the strong colour of its status
        centre = item.sceneBoundingRect().center()
        assert near(pixel(image, plan, centre), style.BOOTH_EDGE[item.booth.status])
    hall = QRectF(scene.booth_items["1"].sceneBoundingRect().topLeft(),
                  scene.booth_items[str(BOOTHS)].sceneBoundingRect().bottomRight()).normalized()
    assert dark_pixels(image, plan, hall) == 0
    assert all(not item.laid_out for item in scene.booth_items.values())  # no text work at all


def test_zoomed_in_booths_show_number_and_stand_name(plan: PlanView) -> None:
    scene = plan.plan
    booth = scene.booth_items["50"]
    zoom(plan, 0.04, booth.sceneBoundingRect().center())  # 40 px per metre: a 3 m booth is 120 px
    lod = plan.transform().m11()
    assert booth.detail(lod) is Detail.NAME
    assert booth.booth.number == "50" and booth.stand_name == "Projekt 50"

    image = render(plan)
    area = booth.sceneBoundingRect()
    assert dark_pixels(image, plan, area) > 50  # the number and the name are drawn
    corner = area.topLeft() + QPointF(150, 150)  # inside the outline, clear of the text
    assert near(pixel(image, plan, corner), style.BOOTH_FILL[BoothStatus.ASSIGNED])
    edge = plan.mapFromScene(area.topLeft()) + QPoint(20, 0)  # a fine line, smoothed
    across = [image.pixelColor(edge + QPoint(0, dy)) for dy in range(-2, 3)]
    fill, outline = style.BOOTH_FILL[BoothStatus.ASSIGNED], style.BOOTH_EDGE[BoothStatus.ASSIGNED]
    assert any(between(color, fill, outline) for color in across)
    lines = booth.labels(Detail.NAME)
    assert [line.text for line in lines] == ["50", "Projekt 50"]
    # Only what was on screen was laid out.
    laid_out = [item for item in scene.booth_items.values() if item.laid_out]
    assert booth in laid_out and len(laid_out) <= len(visible_booths(plan)) + 200


def test_at_10_px_per_metre_numbers_show_but_names_do_not(plan: PlanView) -> None:
    scene = plan.plan
    booth = scene.booth_items["250"]
    zoom(plan, 0.010, booth.sceneBoundingRect().center())
    assert booth.detail(plan.transform().m11()) is Detail.NUMBER
    image = render(plan)
    assert dark_pixels(image, plan, booth.sceneBoundingRect()) > 3
    assert booth.laid_out == {Detail.NUMBER}


def test_thresholds_follow_the_letter_size_on_screen(plan: PlanView) -> None:
    booth = plan.plan.booth_items["1"]  # 3 × 2 m: the short side is 2,000 mm
    number_at = TEXT_MIN_PX / (2_000 * NUMBER_SIZE)  # pixels per mm where numbers get 5 px tall
    name_at = TEXT_MIN_PX / (2_000 * NAME_SIZE)
    assert booth.detail(number_at * 0.98) is Detail.OUTLINE
    assert booth.detail(number_at * 1.02) is Detail.NUMBER
    assert booth.detail(name_at * 0.98) is Detail.NUMBER
    assert booth.detail(name_at * 1.02) is Detail.NAME
    details = [booth.detail(0.0005 * 1.1 ** step) for step in range(60)]
    assert details == sorted(details) and set(details) == set(Detail)  # each step, in order
    assert booth.labels(Detail.OUTLINE) == () and not booth.laid_out


def test_selected_and_problem_booths_stay_visible_as_blocks(plan: PlanView) -> None:
    scene = plan.plan
    zoom(plan, fitted_10k_scale(plan), scene.sceneRect().center())
    selected, marked = scene.booth_items["123"], scene.booth_items["777"]
    selected.setSelected(True)
    marked.set_problems(["overlaps booth 778"])
    image = render(plan)
    assert near(pixel(image, plan, selected.sceneBoundingRect().center()), style.SELECTED)
    assert near(pixel(image, plan, marked.sceneBoundingRect().center()), style.PROBLEM)


def test_with_the_labels_layer_off_booths_show_no_text(plan: PlanView,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    booth = plan.plan.booth_items["50"]
    zoom(plan, 0.04, booth.sceneBoundingRect().center())
    monkeypatch.setattr(BoothItem, "show_labels", False)
    image = render(plan)
    assert dark_pixels(image, plan, booth.sceneBoundingRect()) == 0
    assert near(pixel(image, plan, booth.sceneBoundingRect().center()),
                style.BOOTH_FILL[BoothStatus.ASSIGNED])


def test_a_long_name_is_elided_to_its_box_and_a_label_follows_a_new_text(plan: PlanView) -> None:
    box = QRectF(0, 0, 2_800, 800)
    line = TextLine("Interkulturelle Orientierung und Öffnung in Sachsen-Anhalt", box, size=340)
    assert line.text.endswith("…") and len(line.text) < 40
    assert line.origin.x() >= box.left() and line.static.size().width() <= box.width()

    label = LabelItem("E1", QRectF(0, -20_000, 3_000, 900), size=500)
    plan.plan.addItem(label)
    zoom(plan, 0.04, QPointF(1_500, -19_550))
    before = render(plan)
    label.text = "Notausgang Ost"
    label.update()
    after = render(plan)
    assert before != after
    assert dark_pixels(after, plan, label.boundingRect()) > dark_pixels(before, plan,
                                                                        label.boundingRect())
