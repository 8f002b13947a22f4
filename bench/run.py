"""Benchmark of start-up to the main window; prints figures, asserts nothing.

The 10,000-booth plan (open, repaint, hit test, memory) is measured by bench/plan.py.

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


if __name__ == "__main__":
    startup()
