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


def dark_runs(matrix: Matrix) -> list[tuple[int, int, int]]:
    """Horizontal runs of dark modules as (row, first column, length), row by row."""
    rows, columns, lengths = _runs(matrix)
    return list(zip(rows.tolist(), columns.tolist(), lengths.tolist(), strict=True))


def run_rectangles(matrix: Matrix) -> str:
    """The dark modules as PDF path operators, one `re` per horizontal run, in module units
    with y down (column row length 1 re): filled together, they are the code in one path."""
    rows, columns, lengths = _runs(matrix)
    numbers = numpy.column_stack((columns, rows, lengths)).ravel().tolist()
    return ("%d %d %d 1 re\n" * len(rows)) % tuple(numbers)


def _runs(matrix: Matrix) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """Rows, first columns and lengths of the dark runs, in reading order (numpy, no loop)."""
    dark = numpy.asarray(matrix, dtype=bool)
    if dark.ndim != 2 or dark.size == 0:
        empty = numpy.zeros(0, dtype=int)
        return empty, empty, empty
    edged = numpy.zeros((dark.shape[0], dark.shape[1] + 2), dtype=numpy.int8)
    edged[:, 1:-1] = dark  # a light column on either side opens and closes every run
    steps = numpy.diff(edged, axis=1)
    rows, starts = numpy.nonzero(steps == 1)  # row-major: starts and ends pair up in order
    _, ends = numpy.nonzero(steps == -1)
    return rows, starts, ends - starts
