"""The stand editor: wishes in order, allowed zones, near/apart and a checked logo, one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from boothmanager.domain.stand import StandWish
from boothmanager.gui.stand_editor import APART, NEAR, StandEditor
from boothmanager.gui.stand_editor_logo import LogoProblem, LogoRefused, read_logo

from test_stand_commands import Window, window  # noqa: F401 - the fixture


def image(path: Path, size: tuple[int, int] = (120, 60), kind: str = "PNG") -> Path:
    Image.new("RGB", size, (11, 94, 215)).save(path, kind)
    return path


def choose_wish(editor: StandEditor, label: str) -> None:
    editor.wish_choice.setCurrentIndex(editor.wish_choice.findText(label))
    editor.add_wish_button.click()


def test_edit_everything_as_one_step_and_undo(window: Window, tmp_path: Path, qtbot) -> None:  # noqa: ANN001, F811
    window.set_booth_zone("S5", "Nord")
    editor = window.edit_stand(4)
    choose_wish(editor, "Booth S2")
    choose_wish(editor, "Zone Nord")
    choose_wish(editor, "Booth S5")
    choose_wish(editor, "Booth S5")  # twice: once only
    editor.move_wish(-1)  # S5 above Nord
    assert [editor.wish_list.item(r).text() for r in range(editor.wish_list.count())] == \
        ["Booth S2", "Booth S5", "Zone Nord"]
    editor.wish_list.setCurrentRow(0)
    editor.remove_wish()
    qtbot.keyClicks(editor.new_zone, "Ost")
    editor.add_new_zone()
    editor.set_relation(1, NEAR)
    editor.set_relation(2, APART)
    editor.set_relation(2, NEAR)  # near wins: a stand is not both
    editor.set_relation(3, APART)
    assert editor.choose_logo(image(tmp_path / "logo.png")) is not None
    assert "logo.png" in editor.logo_info.text() and not editor.logo_preview.pixmap().isNull()
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)

    stand = window.document.db.load().stand(4)
    assert stand.wishes == (StandWish(booth="S5"), StandWish(zone="Nord"))
    assert stand.zones == {"Ost"} and stand.near == {1, 2} and stand.apart == {3}
    assert window.stand_logo(4)[1] == "logo.png"
    assert window.undo_action.text().startswith("&Undo Edit stand")
    window.undo_action.trigger()
    stand = window.document.db.load().stand(4)
    assert (stand.wishes, stand.zones, stand.near, stand.apart) == ((), frozenset(), frozenset(),
                                                                    frozenset())
    assert window.stand_logo(4) is None
    assert window.document.db.load().booth("S5").zone == "Nord"  # the earlier step stays


def test_the_properties_show_the_wishes(window: Window) -> None:  # noqa: F811
    from boothmanager.operations import UpdateStand

    window.run(UpdateStand(stand_id=4, changes={"wishes": (StandWish(booth="S5"),),
                                                "apart": frozenset({1})}), "edit")
    window.properties.show_stand(window.current, window.current.stand(4))
    texts = [window.properties.form.itemAt(i).widget().text()
             for i in range(window.properties.form.count())
             if window.properties.form.itemAt(i).widget() is not None]
    assert "1. booth S5" in texts
    assert any(t.startswith("IKOE") for t in texts)  # kept apart from stand 1, by name


@pytest.mark.parametrize(("make", "problem", "words"), [
    (lambda d: image(d / "anim.gif", kind="GIF"), LogoProblem.WRONG_FORMAT, "GIF"),
    (lambda d: (d / "logo.png").write_text("not a picture") and d / "logo.png",
     LogoProblem.NOT_AN_IMAGE, "not an image"),
    (lambda d: image(d / "tiny.png", (8, 8)), LogoProblem.TOO_SMALL_PIXELS, "8 × 8"),
    (lambda d: image(d / "huge.png", (9000, 40)), LogoProblem.TOO_MANY_PIXELS, "9000 × 40"),
    (lambda d: d / "gone.png", LogoProblem.UNREADABLE, "cannot be read"),
])
def test_a_bad_logo_is_refused_with_its_name_and_reason(window: Window, tmp_path: Path,  # noqa: F811
                                                        make, problem, words) -> None:  # noqa: ANN001
    path = make(tmp_path)
    with pytest.raises(LogoRefused) as refused:
        read_logo(path)
    assert refused.value.problem is problem
    editor = window.edit_stand(1)
    assert editor.choose_logo(path) is None
    assert path.name in editor.logo_error.text() and words in editor.logo_error.text()
    assert editor.logo is None and editor.operation() is None  # nothing would change
    editor.reject()


def test_a_jpeg_is_taken_and_removing_it_is_a_change(window: Window, tmp_path: Path) -> None:  # noqa: F811
    editor = window.edit_stand(1)
    logo = editor.choose_logo(image(tmp_path / "foto.jpg", kind="JPEG"))
    assert logo is not None and logo.format == "JPEG"
    editor.accept()
    assert window.stand_logo(1)[1] == "foto.jpg"
    editor = window.edit_stand(1)
    editor.remove_logo()
    assert "No logo" in editor.logo_preview.text()
    editor.accept()
    assert window.stand_logo(1) is None
