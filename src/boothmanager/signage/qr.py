"""QR codes for signs: the module matrix of a payload, encoded with segno."""

from __future__ import annotations

import re

import numpy
import segno

try:
    import zxingcpp as _zxing
except ImportError:  # an optional speed-up: segno does the same, slower
    _zxing = None

# Level M survives a scuffed or partly covered print (15 % of the code) and keeps
# the modules large enough for a phone at arm's length.
ERROR_LEVEL = "m"
Matrix = numpy.ndarray  # rows × columns of bool, True for a dark module


def qr_matrix(payload: str) -> Matrix:
    """Rows of dark (True) and light modules, without the quiet zone (a square bool array).

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
            return numpy.asarray(image) < 128
    code = segno.make(payload, error=ERROR_LEVEL, micro=False, boost_error=False)
    return numpy.asarray(code.matrix, dtype=bool)


_DARK = re.compile(b"\x01+")


def dark_runs(matrix: Matrix) -> list[tuple[int, int, int]]:
    """Horizontal runs of dark modules as (row, first column, length), row by row."""
    if len(matrix) == 0:
        return []
    rows = numpy.zeros((len(matrix), len(matrix[0]) + 1), dtype=numpy.uint8)
    rows[:, :-1] = numpy.asarray(matrix, dtype=bool)  # a light column ends every row's runs
    pitch = rows.shape[1]
    return [(*divmod(run.start(), pitch), run.end() - run.start())
            for run in _DARK.finditer(rows.tobytes())]
