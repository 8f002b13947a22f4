"""A real PostgreSQL server on loopback for the tests that concern it: made in a temporary
folder with initdb, started with pg_ctl for the session, stopped after; each test gets a
database of its own. Needs Debian's `postgresql` package (`make test` installs it as root)."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from boothmanager.storage import Database

USER = "postgres"  # initdb refuses to run as root: as root the server runs as this user


def server_bin() -> Path:
    """Where initdb and pg_ctl are (Debian keeps them out of PATH)."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if not versions:
        pytest.fail("PostgreSQL is not installed: run `make test` (as root it installs "
                    "Debian's postgresql package) or install it by hand")
    return versions[-1].parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def as_server_user(command: list[str]) -> list[str]:
    """The command as the server's user when we are root, else as ourselves."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", USER, "--", *command]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a fresh PostgreSQL server on 127.0.0.1 (without a database name)."""
    bindir = server_bin()
    root = Path(tempfile.mkdtemp(prefix="boothmanager-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        account = pwd.getpwnam(USER)
        os.chown(root, account.pw_uid, account.pw_gid)
    port = free_port()
    run = dict(check=True, capture_output=True, text=True, cwd=root)
    subprocess.run(as_server_user([str(bindir / "initdb"), "-D", str(data), "-U", "booth",
                                   "--auth=trust", "-E", "UTF8", "--no-sync"]), **run)
    subprocess.run(as_server_user([
        str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"), "-w", "-o",
        f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"]) + ["start"], **run)
    try:
        yield f"postgresql+psycopg://booth@127.0.0.1:{port}"
    finally:
        subprocess.run(as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                       "-w", "stop"]), capture_output=True, cwd=root)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: str, request: pytest.FixtureRequest) -> str:
    """A new, empty database on the server, for this test alone."""
    import psycopg

    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name)[:50].lower()
    maintenance = pg_server.replace("postgresql+psycopg", "postgresql") + "/postgres"
    with psycopg.connect(maintenance, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{pg_server}/{name}"


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    """An event on PostgreSQL (migrated to this version), open."""
    db = Database.connect(pg_url)
    yield db
    db.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test here needs the server."""
    for item in items:
        if "tests/postgres/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.postgres)
