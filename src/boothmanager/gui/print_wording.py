"""The Print dialog's words: the pieces, and why a piece cannot be printed so, for users."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from boothmanager.gui.wording import error_text, fill


def piece_text(piece: str) -> str:
    return {"signs": QCoreApplication.translate("PrintDialog", "Booth signs"),
            "tents": QCoreApplication.translate("PrintDialog", "Table tents"),
            "fascia": QCoreApplication.translate("PrintDialog", "Fascia strips"),
            "door": QCoreApplication.translate("PrintDialog", "Door poster (stand list)"),
            "poster": QCoreApplication.translate("PrintDialog", "Floor plan poster"),
            "directory": QCoreApplication.translate("PrintDialog", "Exhibitor directory"),
            "packs": QCoreApplication.translate("PrintDialog", "Exhibitor packs (one PDF per stand)"),
            "picklist": QCoreApplication.translate("PrintDialog", "Pick list for set-up")}[piece]


def orientation_text(orientation: str | None) -> str:
    return {"landscape": QCoreApplication.translate("PrintDialog", "Landscape"),
            "portrait": QCoreApplication.translate("PrintDialog", "Portrait"),
            None: QCoreApplication.translate("PrintDialog", "As the level is wide or tall")}[orientation]


def element_text(field: str) -> str:
    """What a layout's field is, as a reader of the sheet would call it."""
    return {
        "booth_number": QCoreApplication.translate("PrintDialog", "the booth number"),
        "booth_label": QCoreApplication.translate("PrintDialog", "the word “Booth” above the number"),
        "stand_name": QCoreApplication.translate("PrintDialog", "the stand's name"),
        "organisation": QCoreApplication.translate("PrintDialog", "the organisation"),
        "qr_payload": QCoreApplication.translate("PrintDialog", "the QR code"),
        "qr_url": QCoreApplication.translate("PrintDialog", "the web address under the QR code"),
        "event": QCoreApplication.translate("PrintDialog", "the line with the event and its date"),
        "marketplace": QCoreApplication.translate("PrintDialog", "the marketplace's name"),
        "page": QCoreApplication.translate("PrintDialog", "the page number"),
    }.get(field, QCoreApplication.translate("PrintDialog", "the column headings")
          if field.startswith("head_") else QCoreApplication.translate("PrintDialog", "some of the text"))


def unsupported_text(piece: str) -> str:
    """Why a piece is made only on some papers or one orientation (by the signage's name)."""
    return {
        "table tent": QCoreApplication.translate("PrintDialog", "Table tents are printed on portrait sheets and folded across the middle."),
        "fascia": QCoreApplication.translate("PrintDialog", "Fascia strips are the two halves of a landscape sheet."),
        "door poster": QCoreApplication.translate("PrintDialog", "The door poster is a portrait poster."),
        "exhibitor pack": QCoreApplication.translate("PrintDialog", "Exhibitor packs are A4 portrait letters."),
        "exhibitor directory": QCoreApplication.translate("PrintDialog", "The exhibitor directory is an A5 or A4 portrait booklet."),
        "pick list": QCoreApplication.translate("PrintDialog", "The pick list is printed on A4 or A3."),
    }.get(piece, QCoreApplication.translate("PrintDialog", "This piece is not made for that paper."))


def print_error_text(error: Exception, *, larger: str | None = None) -> str:
    """Why this piece cannot be printed so, in the UI language; `larger` is the smallest
    paper on which it can be (for an illegible layout), if there is one."""
    from boothmanager.gui.print_choice import NothingChanged
    from boothmanager.signage import (
        BrokenLogo,
        IllegibleLayout,
        MissingGlyphs,
        NothingToPrint,
        PrintCancelled,
        UnsuitableOutput,
        UnsupportedPaper,
    )

    if isinstance(error, IllegibleLayout):
        what = element_text(error.element)
        if larger:
            return fill(QCoreApplication.translate(
                "PrintDialog", "Not legible on this paper: %1 would be too small to read from where people stand. Choose %2 or larger."),
                what, larger)
        return fill(QCoreApplication.translate(
            "PrintDialog", "Not legible on this paper: %1 would be too small to read from where people stand. Choose a larger paper."),
            what)
    if isinstance(error, UnsupportedPaper):
        return fill(QCoreApplication.translate("PrintDialog", "Not made for %1 %2. %3"), error.paper,
                    orientation_text(str(error.orientation)), unsupported_text(error.piece))
    if isinstance(error, MissingGlyphs):
        return fill(QCoreApplication.translate(
            "PrintDialog", "No bundled font has the characters %1 (in “%2”); the fonts cover Latin, Greek, Cyrillic and Arabic. Nothing was printed."),
            "".join(error.characters[:8]), error.sample)
    if isinstance(error, BrokenLogo):
        return fill(QCoreApplication.translate(
            "PrintDialog", "The logo of “%1” is not an image that can be printed (%2). Give the stand another logo or none; nothing was printed."),
            error.stand, error.reason)
    if isinstance(error, NothingToPrint):
        return QCoreApplication.translate("PrintDialog", "No chosen booth has a stand assigned: nothing to print.")
    if isinstance(error, NothingChanged):
        return QCoreApplication.translate("PrintDialog", "Nothing changed since the last print of this piece: nothing to print.")
    if isinstance(error, PrintCancelled):
        return QCoreApplication.translate("PrintDialog", "Cancelled: nothing was written.")
    if isinstance(error, UnsuitableOutput):
        return fill(QCoreApplication.translate(
            "PrintDialog", "Nothing was written to %1: choose another name. A folder, a missing folder or a file that is not a PDF is never replaced."),
            error.path)
    if isinstance(error, OSError):
        return fill(QCoreApplication.translate("PrintDialog", "Could not write %1: %2"),
                    error.filename or "", error.strerror or error)
    return error_text(error)
