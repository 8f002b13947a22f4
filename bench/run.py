"""Benchmarks of the foundation: start-up and a 10,000-booth event; prints figures, asserts nothing.

Figures are ratios against a baseline measured in the same run, because the machines are
shared and noisy: absolute seconds are printed for orientation only.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def startup(rounds: int = 7) -> None:
    """Start-up to a shown main window on the demo event vs a bare QMainWindow (goal ≤ 1.3×)."""
    from boothmanager.seed import demo_event
    from boothmanager.storage import Database

    folder = Path(tempfile.mkdtemp())
    demo = folder / "demo.boothplan"
    db = Database.create(demo)
    db.run(demo_event())
    db.close()
    env = dict(os.environ, XDG_CONFIG_HOME=str(folder), XDG_DATA_HOME=str(folder),
               QT_QPA_PLATFORM="offscreen")
    ours_cmd = [sys.executable, "-m", "boothmanager.cli", "open", str(demo)]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    # "window": quit as soon as the main window is shown; "event": once the plan is on it.
    modes = {mode: dict(env, BOOTHMANAGER_EXIT_WHEN_SHOWN=mode) for mode in ("window", "event")}
    for mode_env in modes.values():
        wall(ours_cmd, mode_env)  # warm the file cache
    wall(bare_cmd, env)
    times: dict[str, list[float]] = {"bare": [], "window": [], "event": []}
    for _ in range(rounds):  # interleaved, so drift hits all alike
        times["bare"].append(wall(bare_cmd, env))
        for mode, mode_env in modes.items():
            times[mode].append(wall(ours_cmd, mode_env))
    b = statistics.median(times["bare"])
    w = statistics.median(times["window"])
    e = statistics.median(times["event"])
    print(f"start-up, bare QMainWindow shown: {b:.3f} s (baseline)")
    print(f"start-up to the main window shown: {w:.3f} s, ratio {w / b:.2f}x (goal <= 1.3x)")
    print(f"start-up to the demo event's plan shown: {e:.3f} s, ratio {e / b:.2f}x")


def large_event(booths: int = 10_000) -> None:
    """Open and render a generated 10,000-booth event (goal ≤ 1 s) vs a bare scene of rectangles."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

    from boothmanager.gui.document import EventDocument
    from boothmanager.gui.plan.scene import PlanScene
    from boothmanager.gui.plan.view import PlanView
    from boothmanager.seed import generated_event
    from boothmanager.storage import Database

    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = Path(tempfile.mkdtemp()) / "large.boothplan"
    db = Database.create(path)
    db.run(generated_event(booths))
    db.close()

    def render(view: QGraphicsView) -> None:
        view.resize(1600, 1000)
        view.fitInView(view.scene().sceneRect())
        image = QImage(1600, 1000, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        view.render(painter)
        painter.end()

    def ours() -> float:
        start = time.perf_counter()
        document = EventDocument(Database.open(path))
        scene = PlanScene()
        scene.show_level(document.current, document.current.venue.levels[0])
        view = PlanView(scene)
        render(view)
        elapsed = time.perf_counter() - start
        document.close()
        return elapsed

    def bare() -> float:
        start = time.perf_counter()
        scene = QGraphicsScene()
        for i in range(booths):
            item = scene.addRect(QRectF((i % 100) * 3000, (i // 100) * 5000, 3000, 2000))
            item.setBrush(QColor("#cfe2ff"))
        render(QGraphicsView(scene))
        return time.perf_counter() - start

    ours(), bare()  # warm-up
    o = statistics.median(ours() for _ in range(3))
    b = statistics.median(bare() for _ in range(3))
    print(f"open + render {booths} booths: {o:.3f} s (goal <= 1 s); bare scene of {booths} "
          f"rectangles: {b:.3f} s; ratio {o / b:.2f}x")
    app.processEvents()


if __name__ == "__main__":
    startup()
    large_event()
