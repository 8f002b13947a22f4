"""QR codes for signs: the module matrix of a payload, encoded with segno."""

from __future__ import annotations

import numpy
import segno

try:
    import zxingcpp as _zxing
except ImportError:  # an optional speed-up: segno does the same, slower
    _zxing = None

# Level M survives a scuffed or partly covered print (15 % of the code) and keeps
# the modules large enough for a phone at arm's length.
ERROR_LEVEL = "m"


def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """Rows of dark (True) and light modules, without the quiet zone.

    zxing-cpp encodes a code about twenty times faster than segno (STACK.md, pitfall 6), so
    it is used where installed; both make a valid level-M code, perhaps with another mask.
    """
    if _zxing is not None:
        try:
            image = _zxing.create_barcode(payload, _zxing.BarcodeFormat.QRCode,
                                          ec_level=ERROR_LEVEL.upper()).to_image(
                scale=1, add_quiet_zones=False)
        except (TypeError, ValueError, RuntimeError):  # an older zxing-cpp: segno below
            pass
        else:
            return tuple(tuple(value < 128 for value in row)
                         for row in numpy.asarray(image).tolist())
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
