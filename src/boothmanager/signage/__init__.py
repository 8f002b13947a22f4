"""Printed signs: layouts as data, a ReportLab renderer, and the booth signs of an event."""

from __future__ import annotations

from boothmanager.signage.signs import NothingToPrint, UnsuitableOutput, render_booth_signs

__all__ = ["NothingToPrint", "UnsuitableOutput", "render_booth_signs"]
