"""Fixtures for the CLI tests: run it in-process, stand-in files and a stand-in GUI."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest
from cli_support import Cli, Result

from boothmanager.cli import main


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """`cli("list", path)` runs `boothmanager list PATH` and returns code, stdout and stderr."""
    capsys.readouterr()

    def run(*argv: str | Path | int) -> Result:
        code = main([str(arg) for arg in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.boothplan"
    path.write_text("not an event\n", encoding="utf-8")
    return path


@pytest.fixture
def missing_file(tmp_path: Path) -> Path:
    return tmp_path / "nowhere.boothplan"


@pytest.fixture
def fake_gui(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    """Stand in for boothmanager.gui.app; the list records each run(path) call (which returns 7)."""
    calls: list[Path | None] = []
    module = ModuleType("boothmanager.gui.app")

    def run(path: Path | None) -> int:
        calls.append(path)
        return 7

    module.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "boothmanager.gui.app", module)
    return calls
