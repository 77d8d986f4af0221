"""PostgreSQL trigram indexes for client search

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 02:20:00

LIKE '% term%' cannot use a B-tree; pg_trgm's GIN indexes can. pg_trgm is a trusted
extension (PostgreSQL 13+), so the database owner may create it. SQLite keeps its own
index-only search path (services/client_search.page_ids).
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = ("search_name", "search_digits")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column in COLUMNS:
        op.create_index(
            f"ix_client_{column}_trgm", "client", [column], postgresql_using="gin",
            postgresql_ops={column: "gin_trgm_ops"},
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in COLUMNS:
        op.drop_index(f"ix_client_{column}_trgm", table_name="client")
