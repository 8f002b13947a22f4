"""Review items from answered review packages, and their log.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seal", sa.String(64), nullable=False),
        sa.Column("snapshot", sa.String(100), nullable=False),
        sa.Column("reviewer", sa.Text(), nullable=False),
        sa.Column("verdict", sa.String(20), nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("booth", sa.String(20), nullable=True),
        sa.Column("stand_id", sa.Integer(), nullable=True),
        sa.Column("level", sa.String(100), nullable=True),
        sa.Column("x", sa.Integer(), nullable=True),
        sa.Column("y", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("older_version", sa.Boolean(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_item")),
    )
    op.create_index(op.f("ix_review_item_seal"), "review_item", ["seal"])
    op.create_table(
        "review_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.Text(), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["review_item.id"], ondelete="CASCADE",
                                name=op.f("fk_review_log_item_id_review_item")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_log")),
    )
    op.create_index(op.f("ix_review_log_item_id"), "review_log", ["item_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_review_log_item_id"), table_name="review_log")
    op.drop_table("review_log")
    op.drop_index(op.f("ix_review_item_seal"), table_name="review_item")
    op.drop_table("review_item")
