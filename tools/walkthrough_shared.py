"""Walk through sharing a booth in the real window and print what the stands get.

On the BuKo demo: a project is dropped on IKOE's booth S1 and shares it, the front is split
1 m / 2 m in the properties panel, a third stand joins S3 from the stand list, booth S4 is
set to take two stands and the automatic assignment is proposed; then the booth signs, table
tents, fascia, floor plan poster, directory and a pack are printed and turned into PNGs.
Run under a display, e.g. `xvfb-run -a .venv/bin/python tools/walkthrough_shared.py OUT_DIR`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the window driving beside this

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from boothmanager import signage  # noqa: E402
from boothmanager.gui.i18n import Translations  # noqa: E402
from boothmanager.gui.main_window import MainWindow  # noqa: E402
from boothmanager.gui.proposal_dialog import ProposalDialog  # noqa: E402
from boothmanager.seed import demo_event  # noqa: E402
from boothmanager.storage import Database  # noqa: E402
from window_driving import drop_stand, zoom_to_booths  # noqa: E402

PIECES = ("signs", "tents", "fascia", "poster", "directory", "packs")


def main(out: str) -> int:
    shots = Path(out)
    shots.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="walkthrough-shared-"))
    path = work / "BuKo-2020.boothplan"
    db = Database.create(path)
    db.run(demo_event())
    db.close()
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    translations = Translations(app)
    translations.apply("de")
    window = MainWindow(settings, translations)
    window.resize(1500, 900)
    window.show()
    assert window.open_event(path)

    def shot(name: str, widget=None) -> None:  # noqa: ANN001
        if widget is None:
            zoom_to_booths(window, 3_000)
        for _ in range(3):
            app.processEvents()
        (widget or window).grab().save(str(shots / f"{name}.png"))

    # 1. Project 4 dropped on S1: the question offers to share; sharing it.
    drop_stand(window, 4, "S1")
    shot("01-share-question", window.swap_question)
    window.share_button.click()
    window.select_booth("S1")
    shot("02-shared-s1")
    # 2. The front split 1 m / 2 m in the properties panel.
    panel = window.properties.shares
    panel.spins[0].setValue(1.0)
    panel.apply_button.click()
    window.select_booth("S1")
    shot("03-split-1-2")
    # 3. Project 5 joins S3; S4 takes two stands in the automatic assignment.
    drop_stand(window, 5, "S3")
    window.share_button.click()
    window.set_capacity("S4", 2)
    window.select_booth("S3")
    shot("04-two-shared-booths")
    dialog = ProposalDialog(window)
    dialog.resize(1100, 500)
    dialog.show()
    dialog.compute()
    shot("05-proposal", dialog)
    dialog.reject()
    window.close()

    # 4. What the stands get on paper.
    db = Database.open(path)
    event = db.load()
    db.close()
    for piece in PIECES:
        target = work / (piece if piece == "packs" else f"{piece}.pdf")
        signage.print_piece(piece, event, target)
        pdfs = sorted(target.glob("*.pdf")) if target.is_dir() else [target]
        for pdf in pdfs[:2]:
            subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf),
                            str(shots / f"print-{piece}-{pdf.stem}")], check=True)
    print(f"screenshots and pages in {shots}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "walkthrough-shared"))
