"""Client search: a prefix index of words instead of LIKE '% term%'

Revision ID: 0007_search_tokens
Revises: 0006_retention
Create Date: 2026-12-03 08:00:00

A typed term is the start of a word, so every word of the search columns goes into
``client_search_token`` and a term becomes one index range (services/client_search). The
trigram and whole-column indexes it replaces are dropped; the name order index carries
the digits, so a common number is checked while walking the list in order. Existing
clients are indexed here, their name words made again (an apostrophe no longer splits a
name).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_search_tokens"
down_revision = "0006_retention"
branch_labels = None
depends_on = None

_TOKEN = sa.String(700).with_variant(sa.String(700, collation="C"), "postgresql")
_BATCH = 5000


def upgrade() -> None:
    bind = op.get_bind()
    tokens = op.create_table(
        "client_search_token",
        sa.Column("field", sa.String(length=1), nullable=False),
        sa.Column("token", _TOKEN, nullable=False),
        sa.Column("sort_key", sa.String(length=300), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE",
                                name=op.f("fk_client_search_token_client_id_client")),
        sa.PrimaryKeyConstraint("field", "token", "sort_key", "client_id",
                                name=op.f("pk_client_search_token")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_client_search_token_client", "client_search_token",
                    ["client_id", "field", "token"])
    if bind.dialect.name == "postgresql":
        for column in ("search_name", "search_digits"):
            op.drop_index(f"ix_client_{column}_trgm", table_name="client")
    for column in ("search_name", "search_digits", "search_last"):
        op.drop_index(f"ix_client_{column}", table_name="client")
    op.create_index("ix_client_search_walk", "client", ["search_last", "id", "search_digits"])
    _index_existing_clients(bind, tokens)


def _index_existing_clients(bind: sa.Connection, tokens: sa.Table) -> None:
    """Index every client, with her name words made again: O'Neil is now one word, "oneil".

    Uses the application's own folding, as a typed-in client gets it; at the time of this
    revision that is the whole of what the index holds.
    """
    from pgp_desk.services.clients.client_search import name_column, token_rows

    client = sa.table("client", sa.column("id"), sa.column("search_name"))
    rows = bind.execute(sa.text(
        "SELECT id, first_name, last_name, search_digits, search_last FROM client"
        " WHERE erased_at IS NULL ORDER BY id")).all()
    names = [{"row_id": row.id, "name": name_column(row.first_name, row.last_name)}
             for row in rows]
    rename = client.update().where(client.c.id == sa.bindparam("row_id"))
    for start in range(0, len(names), _BATCH):
        bind.execute(rename.values(search_name=sa.bindparam("name")),
                     names[start:start + _BATCH])
    values = [value for row, name in zip(rows, names, strict=True)
              for value in token_rows(row.id, name["name"], row.search_digits,
                                      row.search_last)]
    for start in range(0, len(values), _BATCH):
        bind.execute(tokens.insert(), values[start:start + _BATCH])


def downgrade() -> None:
    op.drop_index("ix_client_search_walk", table_name="client")
    for column in ("search_name", "search_digits", "search_last"):
        op.create_index(f"ix_client_{column}", "client", [column])
    if op.get_bind().dialect.name == "postgresql":
        for column in ("search_name", "search_digits"):
            op.create_index(
                f"ix_client_{column}_trgm", "client", [column], postgresql_using="gin",
                postgresql_ops={column: "gin_trgm_ops"},
            )
    op.drop_index("ix_client_search_token_client", table_name="client_search_token")
    op.drop_table("client_search_token")
