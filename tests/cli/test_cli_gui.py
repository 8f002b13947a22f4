"""The GUI commands: a file is checked before Qt starts; a smoke test of the real window."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import Cli

SCRIPT = Path(sys.executable).with_name("boothmanager")


def test_no_command_opens_the_gui_on_the_last_file(cli: Cli, fake_gui: list) -> None:
    result = cli()
    assert fake_gui == [None]
    assert result.code == 7  # run()'s result is the exit code


def test_open_hands_the_file_to_the_gui(cli: Cli, fake_gui: list, demo_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(demo_path.parent)
    result = cli("open", demo_path.name)
    assert fake_gui == [demo_path]
    assert fake_gui[0] is not None and fake_gui[0].is_absolute()
    assert result.code == 7


def test_open_a_wrong_file_never_loads_qt(cli: Cli, text_file: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "boothmanager.gui.app", raising=False)
    cli("open", text_file).user_error(str(text_file), "not a boothmanager event file")
    assert "boothmanager.gui.app" not in sys.modules


def gui_available() -> bool:
    try:
        return importlib.util.find_spec("boothmanager.gui.app") is not None
    except ImportError:
        return False


@pytest.mark.skipif(not gui_available(), reason="boothmanager.gui.app is not written yet")
def test_open_shows_the_main_window(demo_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BOOTHMANAGER_EXIT_WHEN_SHOWN": "1",
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([str(SCRIPT), "open", str(demo_path)], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
