"""Clinic: the numbers a handout's stop signs tell the client to call

Revision ID: 0005_emergency_numbers
Revises: 0004_birth_mode
Create Date: 2026-12-03 08:10:00

The maternity ward, the out-of-hours doctor and the emergency number differ by region and
country (Capital Region of Denmark: 1813 and 112; Norway: 116 117 and 113), so the clinic
sets them. Existing clinics get 112, which answers everywhere in Denmark and Norway.
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

revision = "0005_emergency_numbers"
down_revision = "0004_birth_mode"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clinic") as batch:
        batch.add_column(sa.Column("maternity_phone", sa.String(50), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("out_of_hours_phone", sa.String(50), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("emergency_phone", sa.String(50), nullable=False,
                                   server_default="112"))


def downgrade() -> None:
    with op.batch_alter_table("clinic") as batch:
        batch.drop_column("emergency_phone")
        batch.drop_column("out_of_hours_phone")
        batch.drop_column("maternity_phone")
