"""The window appears before the heavy libraries load: a guard on what start-up imports."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlalchemy", "alembic", "reportlab", "numpy", "scipy", "openpyxl", "segno",
         "pypdfium2", "boothmanager.domain.assignment", "boothmanager.domain.sheets",
         "boothmanager.domain.diff")


def test_the_main_window_path_imports_no_heavy_library() -> None:
    code = ("import sys; from boothmanager.cli import gui_shortcut; "
            "import boothmanager.gui.app, boothmanager.gui.main_window; "
            "print('\\n'.join(sorted(sys.modules)))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout.split()
    heavy = sorted(m for m in loaded if m.startswith(HEAVY))
    assert heavy == []
