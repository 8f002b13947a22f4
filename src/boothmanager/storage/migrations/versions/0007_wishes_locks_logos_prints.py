"""Stands' wishes, allowed zones, near and apart; booth zones; locked placements; logos;
what each printed piece last showed per booth.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

STAND_TEXTS = ("wishes", "zones", "near", "apart")


def upgrade() -> None:
    with op.batch_alter_table("stand") as batch:
        for name in STAND_TEXTS:
            batch.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("booth") as batch:
        batch.add_column(sa.Column("zone", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("assignment") as batch:
        batch.add_column(sa.Column("locked", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    op.create_table(
        "stand_logo",
        sa.Column("stand_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["stand_id"], ["stand.id"], ondelete="CASCADE",
                                name=op.f("fk_stand_logo_stand_id_stand")),
        sa.PrimaryKeyConstraint("stand_id", name=op.f("pk_stand_logo")),
    )
    op.create_table(
        "printed",
        sa.Column("piece", sa.String(20), nullable=False),
        sa.Column("booth", sa.String(20), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("piece", "booth", name=op.f("pk_printed")),
    )


def downgrade() -> None:
    op.drop_table("printed")
    op.drop_table("stand_logo")
    with op.batch_alter_table("assignment") as batch:
        batch.drop_column("locked")
    with op.batch_alter_table("booth") as batch:
        batch.drop_column("zone")
    with op.batch_alter_table("stand") as batch:
        for name in reversed(STAND_TEXTS):
            batch.drop_column(name)
