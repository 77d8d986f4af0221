"""PostgreSQL records inserted rows once per statement, one audit event per row as before

Revision ID: 0013_audit_by_statement
Revises: 0012_pg_roles
Create Date: 2026-12-03 14:30:00

Until now a row trigger wrote the ``db_insert`` event of every inserted row: a PL/pgSQL call
and a ``to_jsonb`` of the whole row (an assessment's documents parsed again) per row, about
70 µs for a client and 170 µs for an assessment. Inserting many rows (the demo clinic, an
import) spent most of its server time there. Inserts are now recorded by a statement
trigger with a transition table: one ``INSERT … SELECT`` writes the same events, one per
row, in the rows' order, with the same person, workstation, table, row id and client.
Updates and deletes keep the row trigger (they name the changed columns). SQLite has no
triggers: nothing changes there.
"""

from __future__ import annotations

from alembic import op

revision = "0013_audit_by_statement"
down_revision = "0012_pg_roles"
branch_labels = None
depends_on = None

AUDITED = ("clinic", "app_user", "client", "episode", "assessment", "assessment_addendum",
           "programme", "programme_item", "issued_handout")

# The client of each row as 0012's row trigger finds it: the row itself for a client, its
# client_id column, or its episode's client; the person as that trigger names her.
INSERT_FUNCTION = """
CREATE FUNCTION pgpdesk_audit_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    person text;
    person_id integer;
    place text;
BEGIN
    person := session_user;
    IF starts_with(person, current_database() || '.') THEN
        person := substr(person, length(current_database()) + 2);
        SELECT u.id INTO person_id FROM app_user AS u WHERE u.username = person;
    END IF;
    place := coalesce(host(inet_client_addr()), '');
    -- PL/pgSQL keeps one plan per table for each of these statements (no EXECUTE)
    IF TG_TABLE_NAME = 'client' THEN
        INSERT INTO audit_event (at, user_id, username, workstation, action, entity,
                                 entity_id, client_id, details)
        SELECT now(), person_id, person, place, 'db_insert', TG_TABLE_NAME, n.id, n.id,
               '{}'::json FROM inserted AS n;
    ELSIF EXISTS (SELECT FROM pg_attribute WHERE attrelid = TG_RELID
                  AND attname = 'client_id' AND NOT attisdropped) THEN
        INSERT INTO audit_event (at, user_id, username, workstation, action, entity,
                                 entity_id, client_id, details)
        SELECT now(), person_id, person, place, 'db_insert', TG_TABLE_NAME, n.id,
               n.client_id, '{}'::json FROM inserted AS n;
    ELSIF EXISTS (SELECT FROM pg_attribute WHERE attrelid = TG_RELID
                  AND attname = 'episode_id' AND NOT attisdropped) THEN
        INSERT INTO audit_event (at, user_id, username, workstation, action, entity,
                                 entity_id, client_id, details)
        SELECT now(), person_id, person, place, 'db_insert', TG_TABLE_NAME, n.id,
               (SELECT e.client_id FROM episode AS e WHERE e.id = n.episode_id),
               '{}'::json FROM inserted AS n;
    ELSE
        INSERT INTO audit_event (at, user_id, username, workstation, action, entity,
                                 entity_id, client_id, details)
        SELECT now(), person_id, person, place, 'db_insert', TG_TABLE_NAME, n.id, NULL,
               '{}'::json FROM inserted AS n;
    END IF;
    RETURN NULL;
END $$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(INSERT_FUNCTION)
    op.execute("REVOKE ALL ON FUNCTION pgpdesk_audit_insert() FROM PUBLIC")
    for table in AUDITED:
        op.execute(f"DROP TRIGGER audit_row ON {table}")
        op.execute(f"CREATE TRIGGER audit_row AFTER UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION pgpdesk_audit_row()")
        op.execute(f"CREATE TRIGGER audit_insert AFTER INSERT ON {table} "
                   "REFERENCING NEW TABLE AS inserted "
                   "FOR EACH STATEMENT EXECUTE FUNCTION pgpdesk_audit_insert()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in AUDITED:
        op.execute(f"DROP TRIGGER audit_insert ON {table}")
        op.execute(f"DROP TRIGGER audit_row ON {table}")
        op.execute(f"CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION pgpdesk_audit_row()")
    op.execute("DROP FUNCTION pgpdesk_audit_insert()")
