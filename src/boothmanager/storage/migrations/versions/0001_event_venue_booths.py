"""The event, its venue with levels, exits, obstacles, keep-clear zones, and booths.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("motto", sa.Text(), nullable=False),
        sa.Column("starts", sa.Date(), nullable=True),
        sa.Column("ends", sa.Date(), nullable=True),
        sa.Column("website", sa.Text(), nullable=False),
        sa.Column("marketplace", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    op.create_table(
        "venue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("city", sa.String(200), nullable=False),
        sa.Column("is_estimate", sa.Boolean(), nullable=False),
        sa.Column("source_note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_venue")),
    )
    op.create_table(
        "level",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("outline", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_level")),
        sa.UniqueConstraint("name", name=op.f("uq_level_name")),
    )
    op.create_table(
        "venue_exit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("level_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("x", sa.Integer(), nullable=False),
        sa.Column("y", sa.Integer(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("angle", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.CheckConstraint("width > 0", name=op.f("ck_venue_exit_width_positive")),
        sa.ForeignKeyConstraint(["level_id"], ["level.id"], ondelete="CASCADE",
                                name=op.f("fk_venue_exit_level_id_level")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_venue_exit")),
    )
    op.create_index(op.f("ix_venue_exit_level_id"), "venue_exit", ["level_id"])
    for table, extra in (("obstacle", [sa.Column("label", sa.Text(), nullable=False),
                                       sa.Column("movable", sa.Boolean(), nullable=False),
                                       sa.Column("kind", sa.String(30), nullable=False)]),
                         ("keep_clear_zone", [sa.Column("reason", sa.Text(), nullable=False)])):
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("level_id", sa.Integer(), nullable=False),
            sa.Column("x", sa.Integer(), nullable=False),
            sa.Column("y", sa.Integer(), nullable=False),
            sa.Column("width", sa.Integer(), nullable=False),
            sa.Column("depth", sa.Integer(), nullable=False),
            *extra,
            sa.ForeignKeyConstraint(["level_id"], ["level.id"], ondelete="CASCADE",
                                    name=op.f(f"fk_{table}_level_id_level")),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
        op.create_index(op.f(f"ix_{table}_level_id"), table, ["level_id"])
    op.create_table(
        "booth",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(20), nullable=False),
        sa.Column("level_id", sa.Integer(), nullable=False),
        sa.Column("x", sa.Integer(), nullable=False),
        sa.Column("y", sa.Integer(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("depth", sa.Integer(), nullable=False),
        sa.Column("rotation", sa.Integer(), nullable=False),
        sa.Column("open_sides", sa.String(40), nullable=False),
        sa.Column("amenities", sa.String(200), nullable=False),
        sa.Column("reserved", sa.Boolean(), nullable=False),
        sa.CheckConstraint("width > 0 AND depth > 0", name=op.f("ck_booth_size_positive")),
        sa.CheckConstraint("rotation >= 0 AND rotation < 360", name=op.f("ck_booth_rotation_range")),
        sa.ForeignKeyConstraint(["level_id"], ["level.id"], ondelete="RESTRICT",
                                name=op.f("fk_booth_level_id_level")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booth")),
        sa.UniqueConstraint("number", name=op.f("uq_booth_number")),
    )
    op.create_index(op.f("ix_booth_level_id"), "booth", ["level_id"])


def downgrade() -> None:
    for table in ("booth", "keep_clear_zone", "obstacle", "venue_exit", "level", "venue", "event"):
        op.drop_table(table)
