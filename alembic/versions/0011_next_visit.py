"""assessment plan: the next visit's date

Revision ID: 0011_next_visit
Revises: 0010_people
Create Date: 2026-12-03 11:20:00

The therapist sets the next visit in the plan; the client's overview shows it beside the
latest scores, so whoever opens her record sees when she comes back.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_next_visit"
down_revision = "0010_people"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessment") as batch:
        batch.add_column(sa.Column("next_visit", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessment") as batch:
        batch.drop_column("next_visit")
