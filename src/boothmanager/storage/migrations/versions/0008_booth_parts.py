"""L- and U-shaped booths: a booth's further rectangles beside its main one.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("booth") as batch:
        batch.add_column(sa.Column("parts", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("booth") as batch:
        batch.drop_column("parts")
