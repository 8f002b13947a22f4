"""Shared booths: several stands on one booth, each with its place and part of the front; how
many stands a booth takes.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("booth") as batch:
        batch.add_column(sa.Column("capacity", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("assignment") as batch:
        batch.drop_constraint(op.f("uq_assignment_booth_id"), type_="unique")
        batch.create_index(op.f("ix_assignment_booth_id"), ["booth_id"])
        batch.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("frontage_mm", sa.Integer(), nullable=True))


def downgrade() -> None:
    # Back to one stand per booth: on a shared booth only the first placed stays.
    op.execute("DELETE FROM assignment WHERE id NOT IN "
               "(SELECT MIN(id) FROM assignment GROUP BY booth_id)")
    with op.batch_alter_table("assignment") as batch:
        batch.drop_column("frontage_mm")
        batch.drop_column("position")
        batch.drop_index(op.f("ix_assignment_booth_id"))
        batch.create_unique_constraint(op.f("uq_assignment_booth_id"), ["booth_id"])
    with op.batch_alter_table("booth") as batch:
        batch.drop_column("capacity")
