"""`review export|answer|import|list`: sealed review packages out, reviewers' answers back in."""

from __future__ import annotations

import argparse
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from boothmanager.cli.output import UserError, one_line, say, say_json, table

if TYPE_CHECKING:
    from boothmanager.domain.review import ReviewAnswers, ReviewItem
    from boothmanager.domain.review_package import ReviewPackage
    from boothmanager.storage.database import Database

JSON_FORMAT = 1  # of `review list --json`


def add_review_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The `review` command and its four actions."""
    review = sub.add_parser("review", help="send the event for review and import the answers",
                            description="Review packages (.boothreview): a sealed, read-only "
                                        "copy of the event for reviewers, and their answers.")
    actions = review.add_subparsers(title="actions", metavar="ACTION", required=True)

    command = actions.add_parser("export", help="write a sealed review package of the event")
    command.add_argument("file", metavar="FILE")
    command.add_argument("--out", metavar="PACKAGE", required=True,
                         help="the .boothreview to write")
    command.add_argument("--lang", choices=("de", "en"), default="de",
                         help="language of the PDF (default de)")
    command.set_defaults(handler=export)

    command = actions.add_parser("answer", help="answer a review package as a reviewer",
                                 description="Record a reviewer's answers in PACKAGE (the sealed "
                                             "content stays as it is).")
    command.add_argument("package", metavar="PACKAGE")
    command.add_argument("--reviewer", required=True, metavar="NAME")
    command.add_argument("--approve", nargs="+", action="extend", default=[], metavar="BOOTH",
                         help="approve the stand on BOOTH (a shared booth: every stand on it, "
                              "or BOOTH/ID the stand ID on it)")
    command.add_argument("--request", nargs="+", action="extend", default=[], type=request,
                         metavar="BOOTH:COMMENT", help="ask for a change of the stand on BOOTH "
                                                       "(or BOOTH/ID, as for --approve)")
    command.add_argument("--comment", nargs="+", action="extend", default=[], type=pin,
                         metavar="LEVEL:X:Y:TEXT", help="a comment pinned to X, Y (mm) on LEVEL")
    command.add_argument("--verdict", choices=("approve", "changes"))
    command.add_argument("--note", default="", help="a comment on the verdict")
    command.set_defaults(handler=answer)

    command = actions.add_parser("import", help="import an answered package into the event")
    command.add_argument("file", metavar="FILE")
    command.add_argument("package", metavar="PACKAGE")
    command.set_defaults(handler=import_answers)

    command = actions.add_parser("list", help="the review items: open and done")
    command.add_argument("file", metavar="FILE")
    command.add_argument("--json", action="store_true", help="the items as JSON")
    command.set_defaults(handler=list_items)

    command = actions.add_parser("done", help="mark review items done (or open again)")
    command.add_argument("file", metavar="FILE")
    command.add_argument("items", metavar="ID", nargs="+", type=int,
                         help="item ids as `review list` shows them")
    command.add_argument("--reopen", action="store_true", help="mark them open again")
    command.set_defaults(handler=mark_items)

    command = actions.add_parser("open", help="review a package in the window (review mode)")
    command.add_argument("package", metavar="PACKAGE")
    command.set_defaults(handler=open_review)


def request(text: str) -> tuple[str, str]:
    booth, colon, comment = text.partition(":")
    if not colon or not booth.strip():
        raise argparse.ArgumentTypeError(f"{text!r}: expected BOOTH:COMMENT")
    return booth.strip(), comment


def pin(text: str) -> tuple[str, int, int, str]:
    parts = text.split(":", 3)
    try:
        level, x, y, comment = parts
        return level, int(x), int(y), comment
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: expected LEVEL:X:Y:TEXT, X and Y in "
                                         "whole mm") from None


def database() -> type[Database]:
    from boothmanager.cli.commands import database

    return database()


def read_bytes(path: Path) -> bytes:
    if path.is_dir():
        raise UserError(f"{path}: is a folder, not a review package")
    return path.read_bytes()


def export(args: argparse.Namespace) -> int:
    from boothmanager import signage
    from boothmanager.cli.printing import check_output
    from boothmanager.review_export import NotAReviewTarget, export_review

    file, out = Path(args.file), Path(args.out)
    check_output(out, event_file=file)
    with closing(database().open(file)) as db:
        try:
            done = export_review(db, out, lang=args.lang)
        except NotAReviewTarget as error:
            raise UserError(str(error)) from error
        except signage.NothingToPrint as error:
            raise UserError(f"{file}: nothing to review: no booth has a stand assigned") from error
        except signage.MissingGlyphs as error:
            raise UserError(f"{file}: {error}") from error
    since = ("the first review" if done.changes is None else
             f"{done.changes} change{'s' * (done.changes != 1)} since {done.previous!r}")
    shared = f", {done.shared} of them shared" if done.shared else ""
    say(f"review package {done.snapshot!r}: wrote {out} ({done.booths} booths, "
        f"{done.placed} with a stand{shared}; {since})")
    return 0


def answers_from(args: argparse.Namespace, package: ReviewPackage) -> ReviewAnswers:
    """The package's answers (the same reviewer's) with those given on the command line."""
    from boothmanager.domain.review import (
        AssignmentAnswer,
        Decision,
        PinnedComment,
        ReviewAnswers,
        Verdict,
    )

    answers = package.answers or ReviewAnswers(reviewer=args.reviewer)
    if answers.reviewer != args.reviewer.strip():
        raise UserError(f"{args.package}: answered by {one_line(answers.reviewer)!r} already; "
                        "answer a fresh copy of the package")
    booths = {booth.number: booth.stand_ids for booth in package.event().booths}
    given = [*((b, Decision.APPROVE, "") for b in args.approve),
             *((b, Decision.REQUEST_CHANGE, c) for b, c in args.request)]
    answered: set[tuple[str, int]] = set()
    for target, decision, comment in given:
        booth, stand_ids = stands_meant(target, booths)
        for stand_id in stand_ids:
            if (booth, stand_id) in answered:
                raise UserError(f"{target}: stand {stand_id} on booth {booth} is answered "
                                "twice; one answer per stand")
            answered.add((booth, stand_id))
            answers = answers.with_assignment(AssignmentAnswer(
                booth=booth, stand_id=stand_id, decision=decision, comment=comment))
    for level, x, y, text in args.comment:
        answers = answers.with_pin(PinnedComment(level=level, x=x, y=y, text=text))
    if args.verdict is not None:
        answers = answers.with_verdict(Verdict(args.verdict), args.note)
    if not (given or args.comment or args.verdict):
        raise UserError("nothing to answer: give --approve, --request, --comment or --verdict")
    return replace(answers, answered_at=datetime.now(UTC).replace(microsecond=0))


def stands_meant(target: str, booths: dict[str, tuple[int, ...]]) -> tuple[str, tuple[int, ...]]:
    """The booth and its stands a BOOTH or BOOTH/ID answer is about (a booth number may
    hold a slash itself: the whole text is tried as a number first)."""
    if target in booths:
        booth, chosen = target, None
    else:
        booth, slash, stand = target.rpartition("/")
        if not slash or booth not in booths or not stand.isdigit():
            raise UserError(f"booth {target}: the package shows no such booth")
        chosen = int(stand)
    stand_ids = booths[booth]
    if not stand_ids:
        raise UserError(f"booth {booth}: has no stand in the package; nothing to answer")
    if chosen is None:
        return booth, stand_ids
    if chosen not in stand_ids:
        listed = ", ".join(str(stand_id) for stand_id in stand_ids)
        raise UserError(f"booth {booth}: stand {chosen} is not on it in the package (it holds "
                        f"stand {listed})")
    return booth, (chosen,)


def answer(args: argparse.Namespace) -> int:
    from boothmanager.domain.review_package import read_package
    from boothmanager.review_export import save_answers

    path = Path(args.package)
    data = read_bytes(path)
    package = read_package(data)
    answers = answers_from(args, package)
    save_answers(path, data, answers)
    requested = sum(1 for a in answers.assignments if a.decision.value == "request_change")
    verdict = f"; verdict {answers.verdict.value}" if answers.verdict else ""
    say(f"review package {package.snapshot!r}: answered as {one_line(answers.reviewer)!r} "
        f"({len(answers.assignments) - requested} approved, {requested} change requested, "
        f"{len(answers.pins)} pinned comments{verdict})")
    return 0


def import_answers(args: argparse.Namespace) -> int:
    from boothmanager.domain.review_package import read_package
    from boothmanager.operations import ImportReview

    package = read_package(read_bytes(Path(args.package)))  # refused before the file is opened
    with closing(database().open(Path(args.file))) as db:
        change = db.run(ImportReview(package=package))
        items = [item for item in db.review_items() if item.id in change.reviews]
    assert package.answers is not None
    older = sum(item.older_version for item in items)
    opened = sum(item.state.value == "open" for item in items)
    say(f"review {package.snapshot!r} by {one_line(package.answers.reviewer)!r}: imported "
        f"{len(items)} items ({opened} open; {older} reviewed an older version)")
    return 0


def where(item: ReviewItem) -> str:
    if item.booth is not None:
        return f"booth {item.booth} (stand {item.stand_id})"
    if item.level is not None:
        return f"{item.level} at {item.x}, {item.y} mm"
    return "the plan"


def item_json(item: ReviewItem) -> dict[str, Any]:
    return {"id": item.id, "state": item.state.value, "kind": item.kind.value,
            "reviewer": item.reviewer, "verdict": item.verdict.value if item.verdict else None,
            "booth": item.booth, "stand_id": item.stand_id, "level": item.level,
            "x_mm": item.x, "y_mm": item.y, "comment": item.comment,
            "older_version": item.older_version, "snapshot": item.snapshot, "seal": item.seal,
            "imported_at": item.imported_at.isoformat(timespec="seconds")
            if item.imported_at else None, "imported_by": item.imported_by}


def list_items(args: argparse.Namespace) -> int:
    with closing(database().open(Path(args.file))) as db:
        items = db.review_items()
    if args.json:
        say_json({"format": JSON_FORMAT, "items": [item_json(item) for item in items]})
        return 0
    if not items:
        say("no review items yet")
        return 0
    rows = [("id", "state", "kind", "where", "reviewer", "version", "comment")]
    rows += [(str(item.id), item.state.value, item.kind.value.replace("_", " "), where(item),
              item.reviewer, "older" if item.older_version else "current", item.comment)
             for item in items]
    say("\n".join(table(rows)))
    return 0


def mark_items(args: argparse.Namespace) -> int:
    """Mark items done (or open) in one step: all of them, or none if one id is unknown."""
    from boothmanager.domain import ReviewItemState
    from boothmanager.operations import Batch, SetReviewItemState

    state = ReviewItemState.OPEN if args.reopen else ReviewItemState.DONE
    with closing(database().open(Path(args.file))) as db:
        db.run(Batch(steps=tuple(SetReviewItemState(item_id=i, state=state) for i in args.items),
                     label="mark_review_items"))
    say(f"marked {len(args.items)} review item(s) {state.value}")
    return 0


def open_review(args: argparse.Namespace) -> int:
    from boothmanager.gui.review_mode import run_review

    return run_review(Path(args.package))
