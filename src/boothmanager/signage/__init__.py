"""Printed signage: layouts as data, one ReportLab renderer, and the pieces of an event."""

from __future__ import annotations

from boothmanager.signage.digests import PER_BOOTH, changed_booths, piece_digests
from boothmanager.signage.document import NothingToPrint, PrintCancelled, UnsuitableOutput
from boothmanager.signage.glyphs import MissingGlyphs
from boothmanager.signage.legibility import IllegibleLayout, UnsupportedPaper
from boothmanager.signage.logos import BrokenLogo
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

__all__ = ["PER_BOOTH", "PLAN_PIECES", "PUBLIC_PIECES", "SHEET_PIECES", "BrokenLogo",
           "IllegibleLayout", "MissingGlyphs", "NothingToPrint", "Orientation", "Paper", "Piece",
           "PointOutsideLevel", "PrintCancelled", "Printed", "UnknownLevel", "UnsuitableOutput",
           "UnsupportedPaper", "changed_booths", "layout_for", "piece_digests", "print_piece",
           "render_booth_signs"]
