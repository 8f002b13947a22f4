"""A reviewer's answers as JSON (the package's unsealed `answers.json` part) and back."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from boothmanager.domain.errors import DomainError
from boothmanager.domain.event import Event
from boothmanager.domain.review import (
    AssignmentAnswer,
    Decision,
    PinnedComment,
    ReviewAnswers,
    ReviewAnswersInvalid,
    Verdict,
)
from boothmanager.domain.snapshot_document import canonical_json

ANSWERS_FORMAT = 1


def answers_json(answers: ReviewAnswers, *, seal: str) -> str:
    """The answers to the package sealed with `seal`, as canonical JSON."""
    return canonical_json({
        "format": ANSWERS_FORMAT, "seal": seal, "reviewer": answers.reviewer,
        "verdict": answers.verdict.value if answers.verdict else None,
        "comment": answers.comment,
        "answered_at": answers.answered_at.isoformat() if answers.answered_at else None,
        "assignments": [{"booth": a.booth, "stand_id": a.stand_id, "decision": a.decision.value,
                         "comment": a.comment} for a in answers.assignments],
        "pins": [{"level": p.level, "x_mm": p.x, "y_mm": p.y, "text": p.text}
                 for p in answers.pins],
    })


def answers_from_json(text: str, *, seal: str) -> ReviewAnswers:
    """The answers in `text`; ReviewAnswersInvalid if unreadable or meant for another package."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("they are not a JSON object")
        if data.get("format") != ANSWERS_FORMAT:
            raise ValueError(f"answers format {data.get('format')!r}; this version reads "
                             f"{ANSWERS_FORMAT}")
        if data["seal"] != seal:
            raise ValueError("they answer another package (another seal)")
        return read_answers(data)
    except ReviewAnswersInvalid:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, DomainError) as error:
        reason = error.describe() if isinstance(error, DomainError) else str(error)
        raise ReviewAnswersInvalid(reason=reason) from None


def read_answers(data: dict[str, Any]) -> ReviewAnswers:
    at = data["answered_at"]
    return ReviewAnswers(
        reviewer=str_of(data["reviewer"]),
        verdict=Verdict(data["verdict"]) if data["verdict"] is not None else None,
        comment=str_of(data["comment"]),
        answered_at=datetime.fromisoformat(str_of(at)) if at is not None else None,
        assignments=tuple(AssignmentAnswer(booth=str_of(a["booth"]),
                                           stand_id=int_of(a["stand_id"]),
                                           decision=Decision(a["decision"]),
                                           comment=str_of(a["comment"]))
                          for a in data["assignments"]),
        pins=tuple(PinnedComment(level=str_of(p["level"]), x=int_of(p["x_mm"]),
                                 y=int_of(p["y_mm"]), text=str_of(p["text"]))
                   for p in data["pins"]))


def str_of(value: object) -> str:
    if type(value) is not str:
        raise TypeError(f"{value!r} is not text")
    return value


def int_of(value: object) -> int:
    if type(value) is not int:
        raise TypeError(f"{value!r} is not a whole number")
    return value


def check_answers_fit(answers: ReviewAnswers, event: Event) -> None:
    """Refuse answers about booths, stands or levels the package's event does not show."""
    placed = {booth.number: booth.stand_ids for booth in event.booths}
    for answer in answers.assignments:
        if answer.booth not in placed:
            raise ReviewAnswersInvalid(reason=f"the package shows no booth {answer.booth}")
        if answer.stand_id not in placed[answer.booth]:
            raise ReviewAnswersInvalid(reason=f"booth {answer.booth} does not hold stand "
                                              f"{answer.stand_id} in the package")
    levels = {level.name for level in event.venue.levels}
    for pin in answers.pins:
        if pin.level not in levels:
            raise ReviewAnswersInvalid(reason=f"the package shows no level {pin.level!r}")
