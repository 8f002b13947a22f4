"""Benchmark of the floor plan with 10,000 booths against a bare QGraphicsScene; prints figures.

Every figure of our plan is printed beside the same measure on a bare QGraphicsScene of plain
QGraphicsRectItems laid out like the booths, taken in the same run, because the machines are
shared and noisy: compare the ratios, the absolute times are for orientation. Asserts nothing.
Run offscreen: `QT_QPA_PLATFORM=offscreen python bench/plan.py [BOOTHS]`.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))  # also without installing

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView  # noqa: E402

VIEW_W, VIEW_H = 1600, 1000
BOOTHS = 10_000
# The generated event's layout (seed.generated_event): 3 × 2 m booths, 100 to a row, 3 m aisles.
PER_ROW, WIDTH, DEPTH, AISLE = 100, 3_000, 2_000, 3_000
MARGIN = 3_000  # the plan scene's backdrop around the hall
ZOOMS = {  # screen pixels per scene mm
    "mid": 0.010,  # 10 px per metre: the smallest zoom at which booth numbers are readable
    "close": 0.040,  # 40 px per metre: numbers and stand names
}
GOALS = {"open": "<= 1.0 s", "fitted": "<= 50 ms", "hit": "< 1 ms", "rss": "<= 300 MB"}


@dataclass
class Plan:
    """A scene in a view of VIEW_W × VIEW_H, and whatever must stay alive with it."""

    scene: QGraphicsScene
    view: QGraphicsView
    keep: object = None
    loaded: float = 0.0  # seconds spent reading the event file

    def close(self) -> None:
        self.view.close()
        self.view.deleteLater()
        if hasattr(self.keep, "close"):
            self.keep.close()
        QApplication.processEvents()


def event_file(booths: int) -> Path:
    from boothmanager.seed import generated_event
    from boothmanager.storage import Database

    path = Path(tempfile.mkdtemp()) / "large.boothplan"
    db = Database.create(path)
    db.run(generated_event(booths))
    db.close()
    return path


def open_ours(path: Path) -> Plan:
    """Open the event file and build its plan as the window does (document, scene, view)."""
    from boothmanager.gui.document import EventDocument
    from boothmanager.gui.plan.scene import PlanScene
    from boothmanager.gui.plan.view import PlanView
    from boothmanager.storage import Database

    start = time.perf_counter()
    document = EventDocument(Database.open(path))
    loaded = time.perf_counter() - start
    scene = PlanScene()
    scene.show_level(document.current, document.current.venue.levels[0])
    view = PlanView(scene)
    view.resize(VIEW_W, VIEW_H)
    view.fit()
    return Plan(scene, view, document.db, loaded)


def open_bare(booths: int) -> Plan:
    """The same rectangles as plain QGraphicsRectItems in a default scene and view."""
    scene = QGraphicsScene()
    brush, pen = QColor("#cfe2ff"), QPen(QColor("#0b5ed7"), 0)
    for i in range(booths):
        x = AISLE + (i % PER_ROW) * WIDTH
        y = AISLE + (i // PER_ROW) * (DEPTH + AISLE)
        scene.addRect(QRectF(x, -(y + DEPTH), WIDTH, DEPTH), pen, brush)
    scene.setSceneRect(scene.itemsBoundingRect().adjusted(-AISLE - MARGIN, -AISLE - MARGIN,
                                                          AISLE + MARGIN, AISLE + MARGIN))
    view = QGraphicsView(scene)
    view.resize(VIEW_W, VIEW_H)
    view.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    return Plan(scene, view)


def show(plan: Plan) -> None:
    plan.view.show()
    QApplication.processEvents()


def repaint(plan: Plan) -> QImage:
    """A full repaint of the view's viewport, as on screen, into an image."""
    viewport = plan.view.viewport()
    image = QImage(viewport.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    viewport.render(image)
    return image


def set_zoom(plan: Plan, pixels_per_mm: float | None) -> None:
    """Fitted (None) or a fixed zoom centred on the middle of the hall."""
    view = plan.view
    rect = plan.scene.sceneRect()
    view.resetTransform()
    if pixels_per_mm is None:
        view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
    else:
        view.scale(pixels_per_mm, pixels_per_mm)
        view.centerOn(rect.center())


def median_ms(action: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def hit_points(plan: Plan, count: int) -> list[QPointF]:
    rect = plan.scene.sceneRect()
    rng = random.Random(3)
    return [QPointF(rng.uniform(rect.left(), rect.right()), rng.uniform(rect.top(), rect.bottom()))
            for _ in range(count)]


def mean_us(action: Callable[[QPointF], object], points: list[QPointF]) -> float:
    start = time.perf_counter()
    for point in points:
        action(point)
    return (time.perf_counter() - start) / len(points) * 1e6


def rss_mb() -> tuple[float, float]:
    """Resident set size now and at its peak, in MB, from /proc/self/status."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields["VmRSS"], fields["VmHWM"]


def child_rss(kind: str, path: Path, booths: int) -> tuple[float, float]:
    """RSS of a fresh process that built and painted one plan (ours or bare) and nothing else."""
    out = subprocess.run([sys.executable, __file__, "--rss", kind, str(path), str(booths)],
                         check=True, capture_output=True, text=True,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).stdout.split()
    return float(out[-2]), float(out[-1])


def rss_only(kind: str, path: Path, booths: int) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    plan = open_ours(path) if kind == "ours" else open_bare(booths)
    show(plan)
    repaint(plan)
    now, peak = rss_mb()
    print(f"{now:.1f} {peak:.1f}")
    plan.close()
    del app


def line(what: str, ours: float, bare: float, unit: str, goal: str) -> None:
    print(f"  {what:<34} {ours:9.3f} {unit:<3} bare {bare:9.3f} {unit:<3} "
          f"ratio {ours / bare:6.2f}x   goal {goal}")


def main(booths: int) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = event_file(booths)

    # Open and build: document, scene, view (ours) vs adding the rectangles (bare), then the
    # first fitted paint, which also builds the scene's index.
    def first_paint(build: Callable[[], Plan]) -> tuple[float, float, float]:
        start = time.perf_counter()
        plan = build()
        built = time.perf_counter()
        show(plan)
        repaint(plan)
        shown = time.perf_counter()
        plan.close()
        return built - start, shown - start, plan.loaded

    first_paint(lambda: open_ours(path)), first_paint(lambda: open_bare(booths))  # warm-up
    opened: dict[str, list[tuple[float, float, float]]] = {"ours": [], "bare": []}
    for _ in range(3):  # interleaved, so drift hits both alike
        opened["ours"].append(first_paint(lambda: open_ours(path)))
        opened["bare"].append(first_paint(lambda: open_bare(booths)))
    build = {k: statistics.median(t[0] for t in v) for k, v in opened.items()}
    first = {k: statistics.median(t[1] for t in v) for k, v in opened.items()}
    loaded = statistics.median(t[2] for t in opened["ours"])

    plans = {"ours": open_ours(path), "bare": open_bare(booths)}
    for plan in plans.values():
        show(plan)
    paints: dict[str, dict[str, float]] = {}
    for zoom, pixels_per_mm in {"fitted": None, **ZOOMS}.items():
        times: dict[str, list[float]] = {kind: [] for kind in plans}
        for plan in plans.values():
            set_zoom(plan, pixels_per_mm)
            repaint(plan)  # warm-up: texts laid out, glyphs cached
        for _ in range(9):  # interleaved, so drift hits both alike
            for kind, plan in plans.items():
                times[kind].append(median_ms(lambda: repaint(plan), 1))
        paints[zoom] = {kind: statistics.median(t) for kind, t in times.items()}
    points = hit_points(plans["ours"], 3_000)
    hits = {kind: mean_us(plan.scene.items, points) for kind, plan in plans.items()}
    ours_scene = plans["ours"].scene
    booth_at = mean_us(ours_scene.booth_at, points)  # type: ignore[attr-defined]
    for kind, plan in plans.items():
        set_zoom(plan, None)
    view_points = [plans["ours"].view.mapFromScene(p) for p in points]
    item_at = {kind: mean_us(lambda p, view=plan.view: view.itemAt(p.toPoint()),  # type: ignore
                             [QPointF(v) for v in view_points])
               for kind, plan in plans.items()}
    for plan in plans.values():
        plan.close()
    rss = {kind: child_rss(kind, path, booths) for kind in ("ours", "bare")}

    print(f"Floor plan with {booths} booths vs a bare QGraphicsScene of {booths} rectangles "
          f"(view {VIEW_W}x{VIEW_H}, offscreen, medians)")
    line("open + build", build["ours"], build["bare"], "s", "-")
    print(f"  {'  of which reading the event file':<34} {loaded:9.3f} s")
    line("open + build + first fitted paint", first["ours"], first["bare"], "s", GOALS["open"])
    line("fitted full repaint", paints["fitted"]["ours"], paints["fitted"]["bare"], "ms",
         GOALS["fitted"])
    line("repaint at 10 px/m (numbers)", paints["mid"]["ours"], paints["mid"]["bare"], "ms", "-")
    line("repaint at 40 px/m (names)", paints["close"]["ours"], paints["close"]["bare"], "ms", "-")
    line("hit test scene.items(point)", hits["ours"] / 1000, hits["bare"] / 1000, "ms",
         GOALS["hit"])
    line("hit test view.itemAt (fitted)", item_at["ours"] / 1000, item_at["bare"] / 1000, "ms",
         GOALS["hit"])
    print(f"  {'hit test scene.booth_at(point)':<34} {booth_at / 1000:9.3f} ms")
    line("RSS after building and a paint", rss["ours"][0], rss["bare"][0], "MB", GOALS["rss"])
    line("peak RSS", rss["ours"][1], rss["bare"][1], "MB", GOALS["rss"])
    del app


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--rss":
        rss_only(sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]))
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else BOOTHS)
