"""Stands and their assignment to booths (one stand per booth, one booth per stand).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stand",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("project", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("theme", sa.Text(), nullable=False),
        sa.Column("website", sa.Text(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("needs", sa.String(200), nullable=False),
        sa.Column("placeholder", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stand")),
    )
    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("booth_id", sa.Integer(), nullable=False),
        sa.Column("stand_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["booth_id"], ["booth.id"], ondelete="RESTRICT",
                                name=op.f("fk_assignment_booth_id_booth")),
        sa.ForeignKeyConstraint(["stand_id"], ["stand.id"], ondelete="RESTRICT",
                                name=op.f("fk_assignment_stand_id_stand")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment")),
        sa.UniqueConstraint("booth_id", name=op.f("uq_assignment_booth_id")),
        sa.UniqueConstraint("stand_id", name=op.f("uq_assignment_stand_id")),
    )


def downgrade() -> None:
    op.drop_table("assignment")
    op.drop_table("stand")
