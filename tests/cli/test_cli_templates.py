"""`template` and `new`: a venue kept as a template, new events from it or from last year's."""

from __future__ import annotations

from pathlib import Path

from cli_support import Cli

from boothmanager.storage import Database


def test_template_then_new_event(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    template = tmp_path / "haendel.boothtemplate"
    result = cli("template", demo_path, "--out", template)
    assert result.code == 0 and "5 booths, 1 levels" in result.out
    result = cli("new", tmp_path / "2021.boothplan", "--from", template, "--name", "BuKo 2021")
    assert result.code == 0, result
    assert "0 returning stands" in result.out
    db = Database.open(tmp_path / "2021.boothplan")
    try:
        assert db.load().info.name == "BuKo 2021"
    finally:
        db.close()


def test_new_from_the_previous_event_keeping_assignments(cli: Cli, demo_path: Path,
                                                         tmp_path: Path) -> None:
    result = cli("new", tmp_path / "next.boothplan", "--from", demo_path, "--keep-assignments")
    assert result.code == 0, result
    assert "5 returning stands" in result.out and ", 0 placed" not in result.out


def test_refusals_name_the_file(cli: Cli, demo_path: Path, tmp_path: Path) -> None:
    cli("template", demo_path, "--out", tmp_path / "venue.txt").user_error("venue.txt",
                                                                           ".boothtemplate")
    broken = tmp_path / "broken.boothtemplate"
    broken.write_text("{}", encoding="utf-8")
    cli("new", tmp_path / "x.boothplan", "--from", broken).user_error("broken.boothtemplate")
    assert not (tmp_path / "x.boothplan").exists()
    cli("new", demo_path, "--from", demo_path).user_error(str(demo_path))
