"""PostgreSQL: people are login roles, managed and erased through owner functions

Revision ID: 0012_pg_roles
Revises: 0011_next_visit
Create Date: 2026-12-03 11:20:00

On PostgreSQL every person logs in as her own role ``<database>.<user name>``
(``db.pg_roles``). No person's role may create roles or write ``app_user``: an
administrator's People window calls these SECURITY DEFINER functions, owned by the schema
owner, which only the ``<database>_admin`` group may execute (``pg_roles.apply`` grants
that after every upgrade):

- ``pgpdesk_save_person``: add or change a person (row, login role, group memberships,
  disabled = NOLOGIN);
- ``pgpdesk_set_password``: a SCRAM verifier made by the workstation, so the password
  itself never reaches the server;
- ``pgpdesk_erase_client``: the writes of a client's erasure.

The audit trigger now names the person (her user name and id) rather than her login role.
SQLite has no roles: nothing changes there.
"""

from __future__ import annotations

from alembic import op

revision = "0012_pg_roles"
down_revision = "0011_next_visit"
branch_labels = None
depends_on = None

DEFINER = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public"

SYNC_LOGIN = f"""
CREATE FUNCTION pgpdesk_sync_login(person integer, old_username text) RETURNS text
{DEFINER} AS $$
DECLARE
    p app_user%ROWTYPE;
    login text;
    grp text;
BEGIN
    SELECT * INTO p FROM app_user WHERE id = person;
    login := current_database() || '.' || p.username;
    IF old_username IS NOT NULL AND old_username <> p.username AND EXISTS (
            SELECT 1 FROM pg_roles WHERE rolname = current_database() || '.' || old_username)
    THEN
        EXECUTE format('ALTER ROLE %I RENAME TO %I',
                       current_database() || '.' || old_username, login);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', login);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', login,
                   CASE WHEN p.active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    FOREACH grp IN ARRAY ARRAY['admin', 'therapist', 'secretary'] LOOP
        IF grp = ANY(string_to_array(p.roles, ' ')) THEN
            EXECUTE format('GRANT %I TO %I', current_database() || '_' || grp, login);
        ELSIF EXISTS (SELECT 1 FROM pg_auth_members m
                      JOIN pg_roles g ON g.oid = m.roleid
                      JOIN pg_roles r ON r.oid = m.member
                      WHERE g.rolname = current_database() || '_' || grp
                        AND r.rolname = login) THEN
            EXECUTE format('REVOKE %I FROM %I', current_database() || '_' || grp, login);
        END IF;
    END LOOP;
    RETURN login;
END $$
"""

SAVE_PERSON = f"""
CREATE FUNCTION pgpdesk_save_person(person integer, clinic integer, new_username text,
                                    new_full_name text, new_profession text,
                                    new_authorisation_id text, new_roles text,
                                    new_active boolean) RETURNS integer
{DEFINER} AS $$
DECLARE
    saved integer;
    old_username text;
BEGIN
    IF new_username !~ '^[a-z0-9][a-z0-9._-]{{1,39}}$' THEN
        RAISE EXCEPTION 'not a user name' USING ERRCODE = '22023';
    END IF;
    IF person IS NULL THEN
        INSERT INTO app_user (clinic_id, username, full_name, profession, authorisation_id,
                              roles, active, profile_complete, failed_sign_ins, version,
                              created_at, updated_at)
        VALUES (clinic, new_username, new_full_name, new_profession, new_authorisation_id,
                new_roles, new_active, true, 0, 1, now(), now())
        RETURNING id INTO saved;
    ELSE
        SELECT username INTO old_username FROM app_user WHERE id = person;
        UPDATE app_user SET username = new_username, full_name = new_full_name,
               profession = new_profession, authorisation_id = new_authorisation_id,
               roles = new_roles, active = new_active, profile_complete = true,
               version = version + 1, updated_at = now()
        WHERE id = person RETURNING id INTO saved;
        IF saved IS NULL THEN
            RAISE EXCEPTION 'no such person' USING ERRCODE = 'P0002';
        END IF;
    END IF;
    PERFORM pgpdesk_sync_login(saved, old_username);
    RETURN saved;
END $$
"""

SET_PASSWORD = f"""
CREATE FUNCTION pgpdesk_set_password(person text, verifier text) RETURNS void
{DEFINER} AS $$
DECLARE
    person_id integer;
    login text;
BEGIN
    IF verifier NOT LIKE 'SCRAM-SHA-256$%' THEN  -- never a password in clear
        RAISE EXCEPTION 'not a SCRAM verifier' USING ERRCODE = '22023';
    END IF;
    SELECT id INTO person_id FROM app_user WHERE username = person;
    IF person_id IS NULL THEN
        RAISE EXCEPTION 'no such person' USING ERRCODE = 'P0002';
    END IF;
    login := pgpdesk_sync_login(person_id, NULL);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
    UPDATE app_user SET failed_sign_ins = 0, password_hash = NULL, version = version + 1,
           updated_at = now() WHERE id = person_id;
END $$
"""

ERASE_CLIENT = f"""
CREATE FUNCTION pgpdesk_erase_client(target integer) RETURNS void
{DEFINER} AS $$
DECLARE
    episodes integer[];
    assessments integer[];
    programmes integer[];
BEGIN
    SELECT coalesce(array_agg(id), '{{}}') INTO episodes FROM episode WHERE client_id = target;
    SELECT coalesce(array_agg(id), '{{}}') INTO assessments FROM assessment
    WHERE episode_id = ANY(episodes);
    SELECT coalesce(array_agg(id), '{{}}') INTO programmes FROM programme
    WHERE episode_id = ANY(episodes);
    DELETE FROM issued_handout WHERE client_id = target;
    DELETE FROM assessment_addendum WHERE assessment_id = ANY(assessments);
    DELETE FROM assessment WHERE id = ANY(assessments);
    DELETE FROM programme_item WHERE programme_id = ANY(programmes);
    UPDATE programme SET based_on_id = NULL WHERE id = ANY(programmes);
    DELETE FROM programme WHERE id = ANY(programmes);
    DELETE FROM episode WHERE id = ANY(episodes);
    UPDATE client SET first_name = '—', last_name = '—', birth_date = NULL,
           national_id = NULL, phone = '', email = '', address = '', gp = '', midwife = '',
           notes = '', consent_on = NULL, search_name = '', search_last = '',
           search_digits = '', erased_at = now(), version = version + 1, updated_at = now()
    WHERE id = target AND erased_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such client' USING ERRCODE = 'P0002';
    END IF;
    DELETE FROM client_search_token WHERE client_id = target;
END $$
"""

# As 0009's, but the person is named by her user name and id, not her login role.
AUDIT_ROW = """
CREATE OR REPLACE FUNCTION pgpdesk_audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    old_row jsonb;
    new_row jsonb;
    changed jsonb;
    row_id integer;
    client integer;
    person text;
    person_id integer;
BEGIN
    -- Inside a SECURITY DEFINER function current_user is the owner: the person is the
    -- role that logged in (session_user), '<database>.<user name>'.
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
    person := session_user;
    IF starts_with(person, current_database() || '.') THEN
        person := substr(person, length(current_database()) + 2);
        SELECT u.id INTO person_id FROM app_user AS u WHERE u.username = person;
    END IF;
    INSERT INTO audit_event (at, user_id, username, workstation, action, entity, entity_id,
                             client_id, details)
    VALUES (now(), person_id, person, coalesce(host(inet_client_addr()), ''),
            'db_' || lower(TG_OP), TG_TABLE_NAME, row_id, client,
            CASE WHEN changed IS NULL THEN '{}'::json
                 ELSE json_build_object('fields', changed) END);
    RETURN NULL;
END $$
"""

FUNCTIONS = ("pgpdesk_save_person(integer, integer, text, text, text, text, text, boolean)",
             "pgpdesk_set_password(text, text)", "pgpdesk_erase_client(integer)",
             "pgpdesk_sync_login(integer, text)")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in (SYNC_LOGIN, SAVE_PERSON, SET_PASSWORD, ERASE_CLIENT, AUDIT_ROW):
        op.execute(statement)
    for function in FUNCTIONS:
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for function in FUNCTIONS:
        op.execute(f"DROP FUNCTION {function}")
