"""The sentences services may raise, listed for translation (context "ServiceErrors").

Services speak English (the command line prints them as they are); the GUI translates the
template of a ``UserError`` and fills in its values (``ui.errors.describe_error``).
``tests/unit/test_translations.py`` checks that every template raised in ``services`` and
``db`` is listed here, so pyside6-lupdate finds it and the .ts files translate it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the clinic database's name %1 is not one PGP Desk set up; ask IT",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the clinic database's name '%1' cannot lead PostgreSQL role names; name it with 1 "
        "to 22 small letters, digits or _ (starting with a letter)",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the schema owner may not create the clinic's roles; run 'pgp-desk db upgrade' as the "
        "role that owns the database, with CREATEROLE (see the README, 'Setting up the clinic "
        "server')",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the database at %1 is empty; IT creates its tables with 'pgp-desk db upgrade'",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "there is nobody with the user name %1"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the clinic needs at least one active administrator"),
    QT_TRANSLATE_NOOP("ServiceErrors", "client %1 does not exist"),
    QT_TRANSLATE_NOOP("ServiceErrors", "pregnancy %1 does not exist"),
    QT_TRANSLATE_NOOP("ServiceErrors", "assessment %1 does not exist"),
    QT_TRANSLATE_NOOP("ServiceErrors", "programme %1 does not exist"),
    QT_TRANSLATE_NOOP("ServiceErrors", "handout %1 does not exist"),
    QT_TRANSLATE_NOOP("ServiceErrors", "only a therapist can open clinical records"),
    QT_TRANSLATE_NOOP("ServiceErrors", "only an administrator can erase a client's data"),
    QT_TRANSLATE_NOOP("ServiceErrors", "only the clinic's staff can open the client list"),
    QT_TRANSLATE_NOOP("ServiceErrors", "wrong user name or password"),
    QT_TRANSLATE_NOOP("ServiceErrors", "too many wrong passwords: wait %1 seconds and try again"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this person is disabled; an administrator can enable her again"),
    QT_TRANSLATE_NOOP("ServiceErrors", "your profile is not complete; ask an administrator to complete it"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this database already has people; sign in instead"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this user name is already in use"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the recovery code or the administrator's user name is wrong"),
    QT_TRANSLATE_NOOP("ServiceErrors", "only an administrator can manage the clinic's people"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "addenda are for signed assessments; edit the draft instead"
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "a signed assessment cannot be deleted"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this assessment is already signed"),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown encoding '%1': choose auto, utf-8 or cp1252"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the file starts with a UTF-8 marker: choose UTF-8 (or auto), not Windows-1252",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "the file is empty"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the file needs columns for first and last name (e.g. Fornavn and Efternavn/Etternavn) or one Navn/Name column; found: %1",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "line %1 holds a byte that is neither UTF-8 nor Windows-1252; save the file as UTF-8 and try again",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "%1 is larger than %2 MB; split it"),
    QT_TRANSLATE_NOOP("ServiceErrors",
                      "%1 has a line longer than 1 MB; it is not a list of clients"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the file %1 changed while it was read; check it again"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the file %1 changed after it was checked; check it "
                      "again; nothing was imported"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "since the check, clients in the file were registered or erased by someone else; "
        "check the file again; nothing was imported",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "the file %1 does not exist"),
    QT_TRANSLATE_NOOP("ServiceErrors", "%1 is a folder, not a CSV file"),
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot read %1: %2"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "since the check, clients on line(s) %1 were registered by someone else; check the file again; nothing was imported",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "the file starts like UTF-16 but is not valid UTF-16"),
    QT_TRANSLATE_NOOP("ServiceErrors", "line %1 cannot be read as CSV (%2)"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "line %1 is not valid UTF-8; if the file comes from an older Windows program, choose Windows-1252 (cp1252)",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the file mixes UTF-8 and Windows-1252 text (first at line %1); save it again as UTF-8 and import that",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "only an administrator can change the clinic's details"),
    QT_TRANSLATE_NOOP("ServiceErrors", "only an administrator can read the audit log"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the audit log is exported as a .csv file; choose a name ending in .csv",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "the clinic record is missing from the database"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "only an administrator can add questionnaires for the clinic"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "write down the licence under which the clinic uses this questionnaire"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "%1 is a questionnaire PGP Desk ships; give the clinic's own a different code",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "%1 is too large for a questionnaire definition"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the questionnaire definition is not valid: %1"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the database at %1 cannot be reached (%2)"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "the database server at %1 refused the user name or password"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "the database at %1 does not exist; ask your IT contact to create it"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the database file %1 cannot be opened; check the folder and its permissions",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the database has schema version %1 and this PGP Desk needs %2; ask IT to run 'pgp-desk db upgrade' on it",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "could not choose a new exercise code; please try again"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "choose a .json file name; the PDF summary is written beside it"
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "the folder %1 does not exist"),
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot write %1: %2"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the client has an open red flag, so issuing exercises needs your explicit confirmation",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the stored copy of handout %1 does not match its checksum, so it cannot be reprinted",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "the name typed does not match the client's name; nothing erased"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "only an administrator or the therapist who saved it can delete a clinic template",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "an issued programme is part of the record and cannot be deleted"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "this programme has been issued and cannot be changed; start a new programme from it",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "'%1' databases are not supported; use SQLite or PostgreSQL"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "'%1' is not a database URL; use sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host/database",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the database schema (%1) is newer than this PGP Desk; install the newer version that upgraded it",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "this assessment is signed and cannot be changed; add an addendum instead"
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "the file holds no clients to import; nothing was imported"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "1 row has problems (line %1); nothing was imported: correct the file and try again",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "%1 rows have problems (lines %2); nothing was imported: correct the file and try again",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "the import was stopped; nothing was imported"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        '%1 already exists; choose another name',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        '%1 does not exist (or its folder does not); check the path',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        '%1 is a folder, not a database file',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        '%1 is a folder; give a file name',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        '%1 is not a file; choose a CSV file',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        '%1 is on a disk that cannot be written to; choose another place',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'PGP Desk cannot create its data folder %1 (%2); set %3 to a folder you may write to',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'PGP Desk may not use %1; choose another place or ask your IT contact about its permissions',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'a file could not be read or written (%1); check the disk and try again',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'cannot use %1 (%2); check the file and try again',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'part of the path %1 is not a folder; check the path',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'something unexpected went wrong; the details are in the log file %1 (Help → Copy support information)',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'the computer ran out of memory; close other programs and try again',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'the connection to the database at %1 was lost; nothing was saved and your typing is kept; check the network and save again',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'the database did not answer as expected; nothing was saved; try again, and if it keeps happening ask your IT contact (Help → Copy support information)',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the database file %1 cannot be read or written; check the disk and the file's permissions",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the database file %1 is damaged and cannot be used; close PGP Desk and restore the newest backup (PGP Desk keeps copies in %2) as the README describes under 'When something goes wrong'",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'the database is busy with a long task (for example an import); nothing was saved; wait a moment and try again',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'the disk holding %1 is full; free some space and try again',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'the disk is full; free some space and try again',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'the folder %1 does not exist; create it first or check the path',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'the name %1 is too long; choose a shorter one',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the upgrade of the database schema failed; the copy made before it is kept at %1; restore it as the README describes under 'When something goes wrong', or ask your IT contact",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "there is no database at %1; check the path, or create one with 'pgp-desk db upgrade'",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "an earlier demo fill of %1 was interrupted, so the demo clinic is incomplete; delete its file and run 'pgp-desk demo' again",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the database %1 already holds the demo clinic; to start afresh, delete its file and run 'pgp-desk demo' again",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'the upgrade of the database schema failed and nothing was changed; ask your IT contact (Help → Copy support information)',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "%1 is not in PGP Desk's backups folder; delete it yourself",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'only an administrator can erase records before the end of the retention period',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'the records must be kept until %1 (%2 years after the last entry); an administrator can erase earlier by recording the legal basis',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        '%1 is the database itself; choose a backup copy',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'keep between 1 and 365 copies',
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the backup copy %1 failed SQLite's integrity check and was removed; run 'pgp-desk db check' on the database",
    ),
    # pgp-desk db copy (services.practice_move)
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "copy onto the clinic's PostgreSQL server: --to postgresql+psycopg://OWNER@SERVER/DATABASE",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "only an administrator can move the practice onto the clinic server",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "only the role that owns the clinic database may copy into it; run 'pgp-desk db copy' with the owner's role in the URL (the one that ran 'pgp-desk db upgrade'); nothing was copied",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the audit trail's chain does not verify on the clinic server (link %1); nothing was copied",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the clinic database at %1 already holds records (%2 in the table %3); 'pgp-desk db copy' only fills an empty database: ask IT for a new one, made with 'pgp-desk db upgrade'",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the clinic server refused a row of the table %1: %2; nothing was copied and the clinic database is still empty",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the clinic server refused the copy at the table %1 (PostgreSQL error %2); nothing was copied and the clinic database is still empty",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the copy of the table %1 differs from the practice's; nothing was copied and the clinic database is still empty",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "this database is on a PostgreSQL server already; 'pgp-desk db copy' moves a solo practice's SQLite database onto the clinic server",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the connection to the clinic server at %1 was lost during the copy; the server undoes an unfinished copy: check the network and run 'pgp-desk db copy' again (it says so if the copy was kept after all)",
    ),
)
