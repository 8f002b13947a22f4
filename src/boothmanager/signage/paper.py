"""DIN paper sizes A6–A0 and orientations, in integer mm."""

from __future__ import annotations

from enum import StrEnum


class Paper(StrEnum):
    A6 = "A6"
    A5 = "A5"
    A4 = "A4"
    A3 = "A3"
    A2 = "A2"
    A1 = "A1"
    A0 = "A0"

    @property
    def short(self) -> int:
        return SIZES[self][0]

    @property
    def long(self) -> int:
        return SIZES[self][1]


class Orientation(StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


# DIN EN ISO 216, short × long side.
SIZES = {Paper.A6: (105, 148), Paper.A5: (148, 210), Paper.A4: (210, 297),
         Paper.A3: (297, 420), Paper.A2: (420, 594), Paper.A1: (594, 841),
         Paper.A0: (841, 1189)}


def page_size(paper: Paper, orientation: Orientation) -> tuple[int, int]:
    """Width and height of a sheet as it is read, in mm."""
    if orientation is Orientation.LANDSCAPE:
        return paper.long, paper.short
    return paper.short, paper.long


def scale(paper: Paper, reference: Paper) -> float:
    """How much larger `paper` is than `reference` (√2 per step); the smaller of the two
    sides' ratios, so a design scaled by it always fits the sheet."""
    return min(paper.short / reference.short, paper.long / reference.long)
