"""PostgreSQL writes the audit trail itself: row triggers and an append-only audit table

Revision ID: 0008_audit_triggers
Revises: 0007_audit_chain
Create Date: 2026-12-03 09:20:00

On PostgreSQL every write to a clinical or personal table adds an ``audit_event`` row by a
trigger: who (the logged-in role), when, table, row id, action (``db_insert``,
``db_update``, ``db_delete``, ``db_truncate``) and the names of the changed columns, never
their values, so even a plain SQL statement that bypasses PGP Desk is recorded. The trigger
functions are SECURITY DEFINER, owned by the schema owner; ``audit_event`` and
``audit_seal`` take SELECT and INSERT from login roles and nothing else, so no role but the
owner can change or remove an audit row. SQLite has no roles: nothing changes there.
"""

from __future__ import annotations

from alembic import op

revision = "0008_audit_triggers"
down_revision = "0007_audit_chain"
branch_labels = None
depends_on = None

AUDITED = ("clinic", "app_user", "client", "episode", "assessment", "assessment_addendum",
           "programme", "programme_item", "issued_handout")

ROW_FUNCTION = """
CREATE FUNCTION pgpdesk_audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    old_row jsonb;
    new_row jsonb;
    changed jsonb;
    row_id integer;
    client integer;
BEGIN
    -- Inside a SECURITY DEFINER function current_user is the owner: the person is the
    -- role that logged in (session_user).
    IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT coalesce(jsonb_agg(n.key ORDER BY n.key), '[]'::jsonb) INTO changed
        FROM jsonb_each(new_row) AS n WHERE n.value IS DISTINCT FROM old_row -> n.key;
        IF changed = '[]'::jsonb THEN RETURN NULL; END IF;
    END IF;
    row_id := (coalesce(new_row, old_row) ->> 'id')::integer;
    IF TG_TABLE_NAME = 'client' THEN
        client := row_id;
    ELSIF coalesce(new_row, old_row) ? 'client_id' THEN
        client := (coalesce(new_row, old_row) ->> 'client_id')::integer;
    ELSIF coalesce(new_row, old_row) ? 'episode_id' THEN
        SELECT e.client_id INTO client FROM episode AS e
        WHERE e.id = (coalesce(new_row, old_row) ->> 'episode_id')::integer;
    END IF;
    INSERT INTO audit_event (at, user_id, username, workstation, action, entity, entity_id,
                             client_id, details)
    VALUES (now(), NULL, session_user, coalesce(host(inet_client_addr()), ''),
            'db_' || lower(TG_OP), TG_TABLE_NAME, row_id, client,
            CASE WHEN changed IS NULL THEN '{}'::json
                 ELSE json_build_object('fields', changed) END);
    RETURN NULL;
END $$
"""

TRUNCATE_FUNCTION = """
CREATE FUNCTION pgpdesk_audit_truncate() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    INSERT INTO audit_event (at, username, workstation, action, entity, details)
    VALUES (now(), session_user, coalesce(host(inet_client_addr()), ''), 'db_truncate',
            TG_TABLE_NAME, '{}'::json);
    RETURN NULL;
END $$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(ROW_FUNCTION)
    op.execute(TRUNCATE_FUNCTION)
    for table in ("pgpdesk_audit_row", "pgpdesk_audit_truncate"):
        op.execute(f"REVOKE ALL ON FUNCTION {table}() FROM PUBLIC")
    for table in AUDITED:
        op.execute(f"CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION pgpdesk_audit_row()")
        op.execute(f"CREATE TRIGGER audit_truncate AFTER TRUNCATE ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION pgpdesk_audit_truncate()")
    for table in ("audit_event", "audit_seal"):
        op.execute(f"REVOKE ALL ON {table} FROM PUBLIC")
        op.execute(f"GRANT SELECT, INSERT ON {table} TO PUBLIC")
    op.execute("GRANT USAGE ON SEQUENCE audit_event_id_seq TO PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in AUDITED:
        op.execute(f"DROP TRIGGER audit_row ON {table}")
        op.execute(f"DROP TRIGGER audit_truncate ON {table}")
    op.execute("DROP FUNCTION pgpdesk_audit_row()")
    op.execute("DROP FUNCTION pgpdesk_audit_truncate()")
    op.execute("REVOKE SELECT, INSERT ON audit_event, audit_seal FROM PUBLIC")
    op.execute("REVOKE USAGE ON SEQUENCE audit_event_id_seq FROM PUBLIC")
