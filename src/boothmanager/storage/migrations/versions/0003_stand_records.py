"""Stand records: contacts, needs in mm/mm², staff, set-up and tear-down, notes, status, history.

Revision ID: 0003
Revises: 0002

Stands of an older file start as `applied`, or `placed` if they have a booth.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TEXTS = ("contact_name", "email", "phone")
NUMBERS = ("min_area_mm2", "table_length_mm", "staff_count")
TIMES = ("setup_at", "teardown_at")


def upgrade() -> None:
    with op.batch_alter_table("stand") as batch:
        for name in TEXTS:
            batch.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=""))
        for name in NUMBERS:
            batch.add_column(sa.Column(name, sa.Integer(), nullable=True))
        for name in TIMES:
            batch.add_column(sa.Column(name, sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("notes", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("status", sa.String(20), nullable=False,
                                   server_default="applied"))
    op.execute("UPDATE stand SET status = 'placed' "
               "WHERE id IN (SELECT stand_id FROM assignment)")
    op.create_table(
        "stand_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stand_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.Text(), nullable=False),
        sa.Column("field", sa.String(20), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["stand_id"], ["stand.id"], ondelete="CASCADE",
                                name=op.f("fk_stand_history_stand_id_stand")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stand_history")),
    )
    op.create_index(op.f("ix_stand_history_stand_id"), "stand_history", ["stand_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_stand_history_stand_id"), table_name="stand_history")
    op.drop_table("stand_history")
    with op.batch_alter_table("stand") as batch:
        for name in ("status", "notes", *TIMES, *NUMBERS, *TEXTS):
            batch.drop_column(name)
