"""The template and new commands: keep a venue as a template, start an event from one."""

from __future__ import annotations

import argparse
from contextlib import closing
from pathlib import Path

from boothmanager.cli.output import UserError, say


def add_template_commands(sub: argparse._SubParsersAction) -> None:
    command = sub.add_parser("template", help="save the venue and booths of FILE as a template "
                                              "(no stands, no private data)")
    command.add_argument("file", metavar="FILE")
    command.add_argument("--out", required=True, metavar="TEMPLATE",
                         help="the template file to write (.boothtemplate)")
    command.set_defaults(handler=save)

    command = sub.add_parser("new", help="start a new event file from a template or a previous "
                                         "event (booths and numbering kept, returning stands kept)")
    command.add_argument("file", metavar="FILE", help="the new event file (must not exist)")
    command.add_argument("--from", dest="source", required=True, metavar="SOURCE",
                         help="a .boothtemplate or a previous event's .boothplan")
    command.add_argument("--name", help="the new event's name (default: the file's name)")
    command.add_argument("--keep-assignments", action="store_true",
                         help="returning stands keep last time's booths")
    command.set_defaults(handler=new)


def save(args: argparse.Namespace) -> int:
    from boothmanager.storage import Database
    from boothmanager.templates import TEMPLATE_SUFFIX, save_template

    out = Path(args.out)
    if out.suffix.lower() != TEMPLATE_SUFFIX:
        raise UserError(f"{out}: a template file ends in {TEMPLATE_SUFFIX}")
    if not out.parent.is_dir():
        raise UserError(f"{out.parent}: no such folder")
    with closing(Database.open(Path(args.file))) as db:
        template = save_template(db, out)
    say(f"wrote the venue template of {template.info.name!r} ({len(template.booths)} booths, "
        f"{len(template.venue.levels)} levels) to {out}")
    return 0


def new(args: argparse.Namespace) -> int:
    from boothmanager.templates import create_from

    target = Path(args.file)
    with closing(create_from(Path(args.source), target, name=args.name,
                             keep_assignments=args.keep_assignments)) as db:
        event = db.load()
    placed = sum(len(booth.shares) for booth in event.booths)
    say(f"wrote the new event {event.info.name!r} to {target}: {len(event.booths)} booths, "
        f"{len(event.stands)} returning stands, {placed} placed")
    return 0
