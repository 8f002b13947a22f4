"""The installed `boothmanager` console script, run as a user's shell would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cli_support import Cli

SCRIPT = Path(sys.executable).with_name("boothmanager")


def test_the_console_script_on_a_terminal_that_only_knows_ascii(cli: Cli, demo_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"}
    done = subprocess.run([str(SCRIPT), "list", str(demo_path), "--json"], env=env,
                          capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.isascii()  # Händel became \u00e4: still valid JSON
    assert json.loads(done.stdout) == json.loads(cli("list", demo_path, "--json").out)
