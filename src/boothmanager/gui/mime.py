"""The drag-and-drop format for stands (from the stand list onto the plan)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData

STAND_MIME = "application/x-boothmanager-stand-ids"


def stand_mime(ids: list[int]) -> QMimeData:
    data = QMimeData()
    data.setData(STAND_MIME, QByteArray(",".join(str(i) for i in ids).encode("ascii")))
    return data


def stand_ids_from_mime(data: QMimeData) -> list[int]:
    raw = bytes(data.data(STAND_MIME).data()).decode("ascii", errors="replace")
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]
