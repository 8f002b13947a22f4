"""QR codes for signs: the module matrix of a payload, encoded with segno."""

from __future__ import annotations

import segno

# Level M survives a scuffed or partly covered print (15 % of the code) and keeps
# the modules large enough for a phone at arm's length.
ERROR_LEVEL = "m"


def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """Rows of dark (True) and light modules, without the quiet zone."""
    code = segno.make(payload, error=ERROR_LEVEL, micro=False, boost_error=False)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)


def dark_runs(matrix: tuple[tuple[bool, ...], ...]) -> list[tuple[int, int, int]]:
    """Horizontal runs of dark modules as (row, first column, length)."""
    runs = []
    for r, row in enumerate(matrix):
        start = None
        for c, dark in enumerate((*row, False)):
            if dark and start is None:
                start = c
            elif not dark and start is not None:
                runs.append((r, start, c - start))
                start = None
    return runs
