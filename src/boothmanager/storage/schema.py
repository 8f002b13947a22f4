"""The schema revisions this version knows, and bringing a file up to the newest."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

# Kept in step with migrations/versions (a test checks it), so opening a current file needs
# no Alembic import: start-up time matters.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007",
                             "0008", "0009")
HEAD = REVISIONS[-1]
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection):  # noqa: ANN201 - alembic is imported lazily
    """An Alembic config that migrates over `connection`."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Apply every migration up to `revision` on `connection`."""
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
