"""Walk through issue 3's "Done when" in the real window and keep a screenshot of each step.

From a background image of a hall: calibrate it, trace the outline and the exits, lay out
40 booths in rows with clean numbering, undo and redo. Run under a display, e.g.
`xvfb-run -a .venv/bin/python tools/walkthrough_floor.py OUT_DIR`.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint, QPointF, QRectF, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from boothmanager.domain import ExitKind, ObstacleKind, Point
from boothmanager.domain.background import Background
from boothmanager.domain.blocks import BlockSpec
from boothmanager.domain.numbering import NumberingScheme
from boothmanager.gui.block_dialog import BlockDialog
from boothmanager.gui.i18n import Translations
from boothmanager.gui.main_window import MainWindow
from boothmanager.gui.plan.tools import Tool

PX_PER_M = 40
MARGIN = 100
HALL_DEPTH = 24  # m
# The hall as the venue's escape-route plan draws it (metres): an L-shaped foyer.
CORNERS = [(0, 0), (40, 0), (40, 16), (28, 16), (28, 24), (0, 24)]
DOORS = [((18, 0), (20.4, 0), "Haupteingang"), ((40, 6), (40, 7.2), "Notausgang")]
DIMENSION = ((2, -2), (14.4, -2))  # a dimension line on the plan: 12.40 m


def pixel(x: float, y: float) -> tuple[float, float]:
    """Where plan point (x, y) m lies in the image (y downwards)."""
    return MARGIN + x * PX_PER_M, MARGIN + (HALL_DEPTH - y) * PX_PER_M


def escape_plan(path: Path) -> None:
    """A plain escape-route plan of the hall, as a scan would show it."""
    image = Image.new("RGB", (2 * MARGIN + 40 * PX_PER_M, 2 * MARGIN + 28 * PX_PER_M), "white")
    draw = ImageDraw.Draw(image)
    draw.line([pixel(*c) for c in [*CORNERS, CORNERS[0]]], fill="black", width=8)
    for start, end, name in DOORS:
        draw.line([pixel(*start), pixel(*end)], fill="white", width=10)
        draw.line([pixel(*start), pixel(*end)], fill=(0, 154, 68), width=4)
        x, y = pixel(*start)
        draw.text((x - 60 if start[0] == 40 else x, y + 12), name, fill=(0, 120, 50))
    (ax, ay), (bx, by) = (pixel(*p) for p in DIMENSION)
    draw.line([(ax, ay), (bx, by)], fill="black", width=2)
    for x in (ax, bx):
        draw.line([(x, ay - 12), (x, ay + 12)], fill="black", width=2)
    draw.text(((ax + bx) / 2 - 20, ay - 24), "12,40 m", fill="black")
    for column in ((33, 4), (33, 11)):
        x, y = pixel(*column)
        draw.rectangle([x - 10, y - 10, x + 10, y + 10], fill="gray")
    draw.text((MARGIN, 30), "Flucht- und Rettungsplan Foyer EG (Beispiel)", fill="black")
    image.save(path)


def on_plan(background: Background, x: float, y: float) -> Point:
    """The plan point (mm) under image pixel of plan point (x, y) m, as the background lies."""
    return background.to_plan(*pixel(x, y))


def view_pos(window: MainWindow, point: Point) -> QPoint:
    return window.view.mapFromScene(QPointF(point.x, -point.y))


def click(window: MainWindow, point: Point) -> None:
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, view_pos(window, point))


def drag(window: MainWindow, a: Point, b: Point) -> None:
    viewport = window.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view_pos(window, a))
    QTest.mouseMove(viewport, view_pos(window, b))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       view_pos(window, b))


def main(out: str) -> int:
    app = QApplication(sys.argv[:1])
    shots = Path(out)
    shots.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    translations = Translations(app)
    translations.apply("de")
    window = MainWindow(settings, translations)
    window.resize(1400, 860)
    window.show()
    QTest.qWaitForWindowExposed(window)

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(shots / f"{name}.png"))
        print(f"{name}: {window.undo_action.text().replace('&', '')}")

    assert window.new_event(folder / "Messe-Foyer.boothplan")
    plan = folder / "fluchtwegplan.png"
    escape_plan(plan)
    window.import_background(plan, wait=True)
    window.view.fit()
    shot("01-background")

    background = window.scene.background
    window.choose_tool(Tool.CALIBRATE)
    a, b = on_plan(background, *DIMENSION[0]), on_plan(background, *DIMENSION[1])
    # Zoom onto the dimension line, as one would to click its ends exactly.
    window.view.fitInView(QRectF(a.x - 1_000, -a.y - 2_000, b.x - a.x + 2_000, 4_000),
                          Qt.AspectRatioMode.KeepAspectRatio)
    click(window, on_plan(background, *DIMENSION[0]))
    click(window, on_plan(background, *DIMENSION[1]))
    window.calibration_dialog.setDoubleValue(12.40)
    shot("02-calibrate-dialog")
    window.calibration_dialog.accept()
    background = window.scene.background
    print(f"scale {background.scale:.3f} mm per pixel (true: {1000 / PX_PER_M:.3f})")
    window.view.fit()
    shot("03-calibrated")

    window.choose_tool(Tool.OUTLINE)
    for corner in CORNERS:
        click(window, on_plan(background, *corner))
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    window.view.fit()
    shot("04-outline")

    window.choose_tool(Tool.EXIT)
    for (start, end, _name), kind in zip(DOORS, (ExitKind.MAIN_ENTRANCE,
                                                 ExitKind.EMERGENCY_EXIT)):
        window.kind_box.setCurrentIndex(window.kind_box.findData(kind.value))
        click(window, on_plan(background, *start))
        click(window, on_plan(background, *end))
    window.choose_tool(Tool.OBSTACLE)
    window.kind_box.setCurrentIndex(window.kind_box.findData(ObstacleKind.COLUMN.value))
    for x, y in ((33, 4), (33, 11)):
        drag(window, on_plan(background, x - 0.25, y - 0.25), on_plan(background, x + 0.25, y + 0.25))
    window.choose_tool(Tool.SELECT)
    shot("05-exits-columns")

    level = window.current_level()
    origin = Point(level.outline[0].x + 3_000, level.outline[0].y + 3_000)
    dialog = BlockDialog([level.name], window)
    dialog.x.setValue(origin.x / 1000)
    dialog.y.setValue(origin.y / 1000)
    dialog.rows.setValue(4)
    dialog.per_row.setValue(10)
    dialog.width.setValue(2.5)
    dialog.depth.setValue(2.0)
    dialog.aisle.setValue(3.0)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(shots / "06-block-dialog.png"))
    spec: BlockSpec | None = dialog.spec()
    dialog.close()
    assert spec is not None and spec.numbering == NumberingScheme(row_letters=True)
    window.add_block(spec)
    window.view.fit()
    shot("07-forty-booths")
    print("booths:", ", ".join(sorted(window.scene.booth_items, key=lambda n: (n[0], int(n[1:])))))
    print("problems:", window.problem_list.count() if hasattr(window.problem_list, "count") else "?")

    window.undo()
    shot("08-undone-block")
    window.undo()
    shot("09-undone-columns")
    for _ in range(2):
        window.redo()
    shot("10-redone")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
