"""The booth-sign layout as data: inside the page, nothing overlapping, and free of the GUI."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

import boothmanager.signage
from boothmanager.signage.designs import BOOTH_SIGN
from boothmanager.signage.layout import QrBox, Rule, TextBox, TextStack
from boothmanager.signage.render import draw

MARGIN = 12  # mm no element may come closer to the paper's edge (printers need ~5)


def box(element: TextBox | TextStack | QrBox | Rule) -> tuple[float, float, float, float]:
    if isinstance(element, Rule):
        return element.x, element.y, element.x + element.width, element.y
    size = (element.size, element.size) if isinstance(element, QrBox) else (
        element.width, element.height)
    return element.x, element.y, element.x + size[0], element.y + size[1]


def test_every_element_lies_inside_the_margins() -> None:
    assert (BOOTH_SIGN.width, BOOTH_SIGN.height) == (297, 210)
    for element in BOOTH_SIGN.elements:
        left, top, right, bottom = box(element)
        assert MARGIN <= left and right <= BOOTH_SIGN.width - MARGIN, element
        assert MARGIN <= top and bottom <= BOOTH_SIGN.height - MARGIN, element


def test_no_two_elements_overlap() -> None:
    for a, b in itertools.combinations(BOOTH_SIGN.elements, 2):
        (al, at, ar, ab), (bl, bt, br, bb) = box(a), box(b)
        assert ar <= bl or br <= al or ab <= bt or bb <= at, (a, b)


def test_positions_are_integer_millimetres() -> None:
    for element in BOOTH_SIGN.elements:
        assert all(isinstance(v, int) for v in box(element)), element


def test_qr_code_is_large_enough_to_scan_from_half_a_metre() -> None:
    (qr,) = (e for e in BOOTH_SIGN.elements if isinstance(e, QrBox))
    assert qr.quiet_zone >= 4
    assert qr.size >= 50  # DOMAIN.md: edge ≥ scan distance / 10


def test_each_stack_has_one_item_that_takes_the_room_left() -> None:
    for stack in (e for e in BOOTH_SIGN.elements if isinstance(e, TextStack)):
        assert sum(item.max_height is None for item in stack.items) == 1


def test_every_element_type_has_a_renderer() -> None:
    for kind in (TextBox, TextStack, QrBox, Rule):
        assert draw.dispatch(kind) is not draw.dispatch(object)
    with pytest.raises(TypeError, match="no renderer"):
        draw(object(), None)


def test_signage_imports_neither_qt_nor_the_gui() -> None:
    package = Path(boothmanager.signage.__file__).parent
    for source in package.glob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        names = [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                 for alias in node.names]
        names += [node.module or "" for node in ast.walk(tree)
                  if isinstance(node, ast.ImportFrom)]
        for name in names:
            assert not name.startswith(("PySide6", "shiboken6", "boothmanager.gui")), source
        assert (ast.get_docstring(tree) or "").count("\n") == 0, f"{source.name}: one line"
