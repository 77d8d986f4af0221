"""people and sign-in: profiles, several roles, password state, recovery code, idle lock

Revision ID: 0010_people
Revises: 0008_audit_triggers
Create Date: 2026-12-03 08:50:00

Existing user rows become people whose profile (full name, authorisation ID, password) an
administrator completes before they can sign in; their ids stay, so every record keeps its
author. An administrator was also the practice's therapist before roles existed, so she
keeps both roles.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_people"
down_revision = "0008_audit_triggers"
branch_labels = None
depends_on = None


# Plain ALTER TABLE (SQLite 3.35+ drops columns itself): batch mode would copy app_user and
# clinic into new tables, which SQLite refuses while other tables' rows point at them.
def _user_columns() -> tuple[sa.Column, ...]:  # type: ignore[type-arg]
    return (
        sa.Column("roles", sa.String(length=60), nullable=False, server_default="therapist"),
        sa.Column("profession", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("authorisation_id", sa.String(length=20), nullable=False, server_default=""),
        sa.Column("profile_complete", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_failed_at", sa.DateTime(timezone=True), nullable=True),
    )


def upgrade() -> None:
    for column in _user_columns():
        op.add_column("app_user", column)
    op.execute("UPDATE app_user SET roles = 'admin therapist' WHERE role = 'admin'")
    op.execute("UPDATE app_user SET password_hash = NULL")
    op.drop_column("app_user", "role")
    op.add_column("clinic", sa.Column("recovery_code_hash", sa.String(length=200),
                                      nullable=True))
    op.add_column("clinic", sa.Column("idle_lock_minutes", sa.Integer(), nullable=False,
                                      server_default="10"))


def downgrade() -> None:
    op.drop_column("clinic", "idle_lock_minutes")
    op.drop_column("clinic", "recovery_code_hash")
    op.add_column("app_user", sa.Column("role", sa.String(length=20), nullable=False,
                                        server_default="therapist"))
    op.execute("UPDATE app_user SET role = 'admin' WHERE roles LIKE '%admin%'")
    for column in reversed(_user_columns()):
        op.drop_column("app_user", column.name)
