"""Files that are not event files, and wrong usage: exit 1 with one line, or 2 with argparse's usage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_support import Cli

from boothmanager import __version__

COMMANDS = [
    pytest.param(("list",), id="list"),
    pytest.param(("list", "--json"), id="list-json"),
    pytest.param(("assign", "S1", "1"), id="assign"),
    pytest.param(("unassign", "S1"), id="unassign"),
    pytest.param(("print", "signs", "--out", "{tmp}/signs.pdf"), id="print-signs"),
    pytest.param(("open",), id="open"),
]


def argv(command: tuple[str, ...], file: Path, tmp: Path) -> list[str]:
    """The command with FILE put where it belongs: after the (sub)command words."""
    words = [word.format(tmp=tmp) for word in command]
    at = 2 if words[0] == "print" else 1
    return [*words[:at], str(file), *words[at:]]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_text_file(cli: Cli, fake_gui: list, text_file: Path, tmp_path: Path,
                     command: tuple[str, ...]) -> None:
    cli(*argv(command, text_file, tmp_path)).user_error(
        f"boothmanager: {text_file}: not a boothmanager event file (not an SQLite database)")
    assert text_file.read_text(encoding="utf-8") == "not an event\n"
    assert fake_gui == []
    assert not (tmp_path / "signs.pdf").exists()


@pytest.mark.parametrize("command", COMMANDS)
def test_a_missing_file(cli: Cli, fake_gui: list, missing_file: Path, tmp_path: Path,
                        command: tuple[str, ...]) -> None:
    cli(*argv(command, missing_file, tmp_path)).user_error(f"{missing_file}: no such file")
    assert not missing_file.exists()
    assert fake_gui == []


@pytest.mark.parametrize("command", COMMANDS)
def test_a_file_of_a_newer_version(cli: Cli, fake_gui: list, demo_path: Path, tmp_path: Path,
                                   command: tuple[str, ...]) -> None:
    with sqlite3.connect(demo_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    cli(*argv(command, demo_path, tmp_path)).user_error(
        f"{demo_path}: written by a newer version of boothmanager (schema 9999_future)")
    assert fake_gui == []


def test_an_sqlite_file_of_another_program(cli: Cli, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    cli("list", other).user_error(f"{other}: an SQLite database, but not a boothmanager event file")


@pytest.mark.parametrize("words", [
    pytest.param(["bogus"], id="unknown-command"),
    pytest.param(["list"], id="list-without-file"),
    pytest.param(["list", "a", "b"], id="list-two-files"),
    pytest.param(["list", "x.boothplan", "--csv"], id="unknown-option"),
    pytest.param(["assign", "x.boothplan", "S1"], id="assign-without-stand"),
    pytest.param(["unassign", "x.boothplan"], id="unassign-without-booth"),
    pytest.param(["demo"], id="demo-without-file"),
    pytest.param(["open"], id="open-without-file"),
    pytest.param(["print"], id="print-without-piece"),
    pytest.param(["print", "posters", "x.boothplan", "--out", "x.pdf"], id="print-unknown-piece"),
    pytest.param(["print", "signs", "x.boothplan"], id="print-without-out"),
])
def test_wrong_usage(cli: Cli, fake_gui: list, words: list[str]) -> None:
    result = cli(*words)
    assert result.code == 2
    assert result.out == ""
    assert "usage: boothmanager" in result.err and "error:" in result.err
    assert fake_gui == []


def test_help_and_version(cli: Cli) -> None:
    helped = cli("--help")
    assert helped.code == 0
    for command in ("open", "demo", "list", "assign", "unassign", "print"):
        assert command in helped.out
    assert cli("print", "--help").out.count("signs") >= 1
    assert cli("--version").out == f"boothmanager {__version__}\n"
