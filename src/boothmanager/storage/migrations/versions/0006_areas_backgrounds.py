"""Non-exhibit areas and the background under each level's plan.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("level_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("x", sa.Integer(), nullable=False),
        sa.Column("y", sa.Integer(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("depth", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["level_id"], ["level.id"], ondelete="CASCADE",
                                name=op.f("fk_area_level_id_level")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_area")),
    )
    op.create_index(op.f("ix_area_level_id"), "area", ["level_id"])
    op.create_table(
        "background",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("level_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("width", sa.Float(), nullable=False),
        sa.Column("height", sa.Float(), nullable=False),
        sa.Column("x", sa.Integer(), nullable=False),
        sa.Column("y", sa.Integer(), nullable=False),
        sa.Column("scale", sa.Float(), nullable=False),
        sa.Column("opacity", sa.Integer(), nullable=False),
        sa.CheckConstraint("opacity >= 0 AND opacity <= 100",
                           name=op.f("ck_background_opacity_range")),
        sa.ForeignKeyConstraint(["level_id"], ["level.id"], ondelete="CASCADE",
                                name=op.f("fk_background_level_id_level")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_background")),
        sa.UniqueConstraint("level_id", name=op.f("uq_background_level_id")),
    )


def downgrade() -> None:
    op.drop_table("background")
    op.drop_index(op.f("ix_area_level_id"), table_name="area")
    op.drop_table("area")
