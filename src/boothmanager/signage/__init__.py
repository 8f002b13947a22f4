"""Printed signage: layouts as data, one ReportLab renderer, and the pieces of an event."""

from __future__ import annotations

from boothmanager.signage.document import NothingToPrint, UnsuitableOutput
from boothmanager.signage.glyphs import MissingGlyphs
from boothmanager.signage.legibility import IllegibleLayout, UnsupportedPaper
from boothmanager.signage.paper import Orientation, Paper
from boothmanager.signage.pieces import (
    PLAN_PIECES,
    PUBLIC_PIECES,
    SHEET_PIECES,
    Piece,
    Printed,
    layout_for,
    print_piece,
)
from boothmanager.signage.plan_drawing import UnknownLevel
from boothmanager.signage.poster import PointOutsideLevel
from boothmanager.signage.signs import render_booth_signs

__all__ = ["PLAN_PIECES", "PUBLIC_PIECES", "SHEET_PIECES", "IllegibleLayout", "MissingGlyphs",
           "NothingToPrint", "Orientation", "Paper", "Piece", "PointOutsideLevel", "Printed",
           "UnknownLevel", "UnsuitableOutput", "UnsupportedPaper", "layout_for", "print_piece",
           "render_booth_signs"]
