"""`import FILE SHEET` and `export FILE OUT`: stands from and to CSV or XLSX sheets."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import closing
from pathlib import Path

from boothmanager.cli.output import PROG, UserError, one_line, say

LANGUAGES = ("de", "en")
SUFFIXES = (".csv", ".xlsx")


def add_sheet_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The `import` and `export` commands."""
    command = sub.add_parser(
        "import", help="add stands from a CSV or XLSX sheet: all rows, or none if one is wrong",
        description="Add a stand per row of SHEET (CSV in UTF-8 or Latin-1 with ; or , or "
                    "XLSX). Headers that are field names (English or German) need no mapping.")
    command.add_argument("file", metavar="FILE")
    command.add_argument("sheet", metavar="SHEET", help="the .csv or .xlsx file")
    command.add_argument("--mapping", metavar="JSON",
                         help="column header -> field, as JSON or a JSON file, e.g. "
                              "'{\"Name\": \"organisation\", \"Kommentar\": null}'")
    command.add_argument("--dry-run", action="store_true",
                         help="check every row and say what would be imported; change nothing")
    command.set_defaults(handler=import_sheet)

    command = sub.add_parser("export", help="write the stands and their booths to CSV or XLSX")
    command.add_argument("file", metavar="FILE")
    command.add_argument("out", metavar="OUT", type=sheet_path, help="OUT.csv or OUT.xlsx")
    command.add_argument("--lang", choices=LANGUAGES, default="de",
                         help="language of the headers and words (default de)")
    command.set_defaults(handler=export_sheet)


def sheet_path(text: str) -> Path:
    if Path(text).suffix.casefold() not in SUFFIXES:
        raise argparse.ArgumentTypeError(f"{text!r}: give a file name ending in .csv or .xlsx")
    return Path(text)


def read_mapping(given: str) -> dict[str, str | None]:
    """--mapping: inline JSON, or the name of a file holding it; {header: field or null}."""
    source = given
    if not given.lstrip().startswith("{") and Path(given).is_file():
        source = Path(given).read_text(encoding="utf-8-sig")
    try:
        mapping = json.loads(source)
    except json.JSONDecodeError as error:
        raise UserError(f"--mapping: not JSON ({error})") from error
    if not isinstance(mapping, dict) or not all(
            isinstance(field, str) or field is None for field in mapping.values()):
        raise UserError('--mapping: give an object of column header -> field name (or null), '
                        'e.g. {"Name": "organisation"}')
    return mapping


def import_sheet(args: argparse.Namespace) -> int:
    from boothmanager.cli.commands import database
    from boothmanager.domain.sheets import ImportRefused, UnusableSheet, plan_columns, read_sheet
    from boothmanager.operations import ImportStands

    mapping = read_mapping(args.mapping) if args.mapping is not None else None
    with closing(database().open(Path(args.file))) as db:
        try:
            sheet = read_sheet(Path(args.sheet))
            ignored = plan_columns(sheet.headers, mapping).ignored
            operation = ImportStands(sheet=sheet, mapping=mapping)
            if args.dry_run:
                with db.unit_of_work() as uow:  # reads only: nothing to commit
                    plan = operation.plan(uow)
                if plan.problems:
                    raise ImportRefused(problems=plan.problems)
                count, booths = len(plan.rows), sum(row.booth is not None for row in plan.rows)
            else:
                change = db.run(operation)
                with db.unit_of_work() as uow:  # stands sharing a booth each count
                    count = len(change.stands)
                    booths = sum(uow.assignments.booth_of(i) is not None for i in change.stands)
        except UnusableSheet as error:
            raise UserError(f"{args.sheet}: {error.describe()}") from error
        except ImportRefused as refused:
            for problem in refused.problems:
                print(one_line(problem.describe()), file=sys.stderr)
            print(f"{PROG}: {one_line(args.sheet)}: {refused.describe()}", file=sys.stderr)
            return 1
    say(import_summary(args.sheet, count, booths, dry_run=args.dry_run))
    if ignored:
        say("ignored columns: " + ", ".join(one_line(name) for name in ignored))
    return 0


def import_summary(sheet: str, count: int, booths: int, *, dry_run: bool) -> str:
    stands = f"{count} stand{'s' * (count != 1)}"
    placed = f" ({booths} on a booth)" if booths else ""
    if dry_run:
        return f"dry run: {stands} from {sheet} would be imported{placed}; nothing changed"
    if count:
        return f"imported {stands} from {sheet}{placed}"
    return f"nothing to import: {sheet} has no rows below its header"


def export_sheet(args: argparse.Namespace) -> int:
    from boothmanager.cli.commands import database
    from boothmanager.domain.sheets import stand_table, write_table

    file, out = Path(args.file), args.out
    with closing(database().open(file)) as db:
        event = db.load()
    if out.resolve() == file.resolve():
        raise UserError(f"{out}: that is the event file; give another OUT")
    if out.is_dir():
        raise UserError(f"{out}: is a folder; give a file name for OUT")
    if not out.parent.is_dir():
        raise UserError(f"{out}: the folder does not exist")
    write_table(out, stand_table(event, lang=args.lang), lang=args.lang)
    placed = sum(len(booth.shares) for booth in event.booths)
    count = len(event.stands)
    say(f"wrote {count} stand{'s' * (count != 1)} ({placed} on a booth) to {out}")
    return 0
