"""Walk through issue 4's "Done when" in the real window and keep a screenshot of each step.

A venue of 40 booths in two zones; a sheet of 40 stands with wishes, zones, near and apart and
two broken rows: the import dialog shows the problems, the fixed sheet imports; two placements
are locked; a stand's wishes are edited; the automatic assignment is computed, shown on the
plan, explained and applied; two stands swap by drag. Run under a display, e.g.
`xvfb-run -a .venv/bin/python tools/walkthrough_stands.py OUT_DIR`.
"""

from __future__ import annotations

import csv
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the event generator beside this

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from boothmanager.domain import Amenity  # noqa: E402
from boothmanager.gui.i18n import Translations  # noqa: E402
from boothmanager.gui.main_window import MainWindow  # noqa: E402
from boothmanager.gui.stand_commands import StandCommands  # noqa: E402
from boothmanager.storage import Database  # noqa: E402
from multilingual_event import multilingual_event, stand_name  # noqa: E402
from window_driving import drop_stand, zoom_to_booths  # noqa: E402

BOOTHS = 40
HEADERS = ["Organisation", "Projekt", "Thema", "E-Mail", "Strom", "Stand", "Wunschstände",
           "Wunschzonen", "Zonen", "Nähe zu", "Nicht neben"]
THEMES = ("Bildung", "Arbeit", "Kultur", "Beratung")

if issubclass(MainWindow, StandCommands):
    Window = MainWindow
else:  # until the main window mixes the stand commands in itself
    class Window(StandCommands, MainWindow):  # type: ignore[no-redef]
        def __init__(self, settings: QSettings, translations: Translations) -> None:
            super().__init__(settings, translations)
            self.view.stand_dropped.disconnect(self.assign)
            self.install_stand_commands()


def zone_of(number: int) -> str:
    """A1–A11 and A23–A33 face the west entrance, the others the east."""
    column = (number - 1) % 22
    return "West" if column < 11 else "Ost"


def venue(path: Path) -> Path:
    """The multilingual event's hall with its first 40 booths, zoned, no stands yet."""
    create = multilingual_event()
    booths = tuple(replace(b, shares=(), zone=zone_of(int(b.number[1:])),
                           amenities=b.amenities | ({Amenity.POWER} if int(b.number[1:]) % 3
                                                    else frozenset()))
                   for b in create.booths[:BOOTHS])
    levels = create.venue.levels[:1]
    db = Database.create(path)
    try:
        db.run(replace(create, booths=booths, stands=(),
                       venue=replace(create.venue, levels=levels)))
    finally:
        db.close()
    return path


def sheet_rows(*, broken: bool) -> list[list[str]]:
    """40 stands; every fifth wishes booths, every seventh a zone; pairs near and apart."""
    rows = []
    for i in range(BOOTHS):
        project = stand_name(i * 4)  # German names: easy to read on the plan
        organisation = f"Träger {i + 1:02d}"
        wished = ", ".join(f"A{(i * 7) % BOOTHS + 1 + k}" for k in range(2)) if i % 5 == 0 else ""
        row = [organisation, project, THEMES[i % 4], f"stand{i + 1}@example.org",
               "ja" if i % 4 == 1 else "", "A5" if i == 3 else "A28" if i == 9 else "", wished,
               "Ost" if i % 7 == 2 else "", "West" if i % 9 == 4 else "",
               f"Träger {i + 2:02d} / {stand_name((i + 1) * 4)}" if i % 10 == 6 else "",
               f"Träger {i:02d}" if i % 10 == 8 else ""]
        rows.append(row)
    if broken:
        rows[11][3] = "stand12(at)example"  # not an e-mail address
        rows[23][0] = rows[23][1] = ""  # no name
    return rows


def write_sheet(path: Path, *, broken: bool) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADERS)
        writer.writerows(sheet_rows(broken=broken))
    return path


def main(out: str) -> int:
    shots = Path(out)
    shots.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    work = Path(tempfile.mkdtemp(prefix="walkthrough-stands-"))
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    translations = Translations(app)
    translations.apply("de")
    window = Window(settings, translations)
    window.resize(1500, 900)
    window.show()
    assert window.open_event(venue(work / "markt.boothplan"))

    def shot(name: str, widget=None) -> Path:  # noqa: ANN001
        if widget is None:
            zoom_to_booths(window)
        for _ in range(3):
            app.processEvents()
        target = shots / f"{name}.png"
        (widget or window).grab().save(str(target))
        return target

    # 1. A sheet with two broken rows: the dialog lists them; the fixed sheet imports.
    from boothmanager.gui.import_dialog import ImportDialog

    sheet = write_sheet(work / "aussteller.csv", broken=True)
    dialog = ImportDialog(event=lambda: window.current, run=window.run, settings=settings,
                          parent=window)
    dialog.choose_file(sheet)
    dialog.resize(1100, 700)
    dialog.show()
    shot("01-import-broken-rows", dialog)
    write_sheet(sheet, broken=False)
    dialog.reload()
    shot("02-import-fixed", dialog)
    assert dialog.import_rows() is not None, "the fixed sheet did not import"
    dialog.close()
    event = window.current
    assert len(event.stands) == BOOTHS, len(event.stands)
    with_wishes = sum(1 for s in event.stands if s.wishes)
    print(f"imported {len(event.stands)} stands, {with_wishes} with wishes")
    shot("03-imported")

    # 2. Lock the two stands the sheet placed (A5 and A28), from the booth's context menu.
    for number in ("A5", "A28"):
        window.select_booth(number)
        menu = window.booth_menu(number)
        window.add_stand_actions(menu, number).trigger()
        menu.deleteLater()
    assert all(window.current.booth(n).locked for n in ("A5", "A28"))
    window.select_booth("A5")
    locked_stand = window.current.booth("A5").stand_id
    row = window.stand_panel.proxy.mapFromSource(
        window.stand_panel.model.index(window.stand_panel.model.row_of(locked_stand), 0))
    window.stand_panel.table.scrollTo(row)
    shot("04-locked")

    # 3. A stand's wishes and rules in the editor.
    stand = next(s for s in window.current.stands if s.wishes)
    window.stand_panel.select_stand(stand.id)
    editor = window.edit_stand(stand.id)
    editor.wish_choice.setCurrentIndex(editor.wish_choice.findText("Zone Ost"))
    editor.add_chosen_wish()
    shot("05-stand-editor", editor)
    editor.tabs.setCurrentIndex(1)
    shot("06-stand-editor-near-apart", editor)
    editor.accept()
    assert window.current.stand(stand.id).wishes[-1].zone == "Ost"

    # 4. The automatic assignment: computed, on the plan, explained, applied.
    from boothmanager.gui.proposal_dialog import ProposalDialog

    proposal_dialog = ProposalDialog(window)
    proposal = proposal_dialog.compute()
    assert proposal is not None
    proposal_dialog.show()
    proposal_dialog.move(window.x() + 40, window.y() + 380)
    shot("07-proposal-dialog", proposal_dialog)
    shot("08-proposal-on-plan")
    window.apply_proposal(proposal, proposal_dialog.ticked())
    proposal_dialog.accept()
    placed = sum(1 for b in window.current.booths if b.stand_id is not None)
    print(f"placed {placed} stands; objective {proposal.objective}, bound {proposal.bound}")
    assert window.current.booth("A5").stand_id == stand_of(window, 3)  # locked: stayed
    shot("09-applied")

    # 5. Two stands swap by drag: a placed stand from the list onto another's booth.
    a = window.current.booth("A10").stand_id
    b = window.current.booth("A12").stand_id
    drop_stand(window, a, "A12")
    box = window.swap_question
    assert box is not None, "no question asked"
    shot("10-swap-question", box)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert window.current.booth("A12").stand_id == a and window.current.booth("A10").stand_id == b
    window.select_booth("A12")
    shot("11-swapped")
    drop_stand(window, window.current.booth("A5").stand_id, "A6")  # locked: refused, said
    shot("12-locked-refuses-swap")
    window.close()
    print(f"screenshots in {shots}")
    return 0


def stand_of(window: Window, row: int) -> int | None:
    """The stand imported from sheet row `row` (0-based data row): by its organisation."""
    name = f"Träger {row + 1:02d}"
    return next(s.id for s in window.current.stands if s.organisation == name)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "walkthrough-stands"))
