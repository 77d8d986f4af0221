"""Any failure as one sentence a user can act on; the details go to the log, not the screen.

The command line prints ``str(explain(exc))``; the GUI translates its template
(``ui.errors.describe_error``). Whatever the exception, the sentence never holds SQL, the
statement's parameters, a password or a traceback: database errors are turned into
sentences by ``services.database`` (which knows the file or server), file-system errors by
their errno here, and anything unforeseen becomes "something unexpected happened" with the
log file's name, where ``logbook`` has written its kind and source lines.
"""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm.exc import StaleDataError

from pgp_desk.domain.i18n import TemplateMessage
from pgp_desk.services import logbook
from pgp_desk.services.errors import ConflictError, DatabaseError, UserError


class UnexpectedError(UserError):
    """A failure PGP Desk did not foresee; the log file holds what a developer needs."""


FILE_SENTENCES = {
    errno.ENOENT: "%1 does not exist (or its folder does not); check the path",
    errno.EACCES: "PGP Desk may not use %1; choose another place or ask your IT contact "
                  "about its permissions",
    errno.EPERM: "PGP Desk may not use %1; choose another place or ask your IT contact "
                 "about its permissions",
    errno.EROFS: "%1 is on a disk that cannot be written to; choose another place",
    errno.ENOSPC: "the disk holding %1 is full; free some space and try again",
    errno.EDQUOT: "the disk holding %1 is full; free some space and try again",
    errno.EISDIR: "%1 is a folder; give a file name",
    errno.ENOTDIR: "part of the path %1 is not a folder; check the path",
    errno.EEXIST: "%1 already exists; choose another name",
    errno.ENAMETOOLONG: "the name %1 is too long; choose a shorter one",
}


def _file_error(exc: OSError) -> UserError:
    target = exc.filename if exc.filename is not None else ""
    template = FILE_SENTENCES.get(exc.errno or 0)
    if template and target:
        return UserError(template, target)
    if target:
        return UserError("cannot use %1 (%2); check the file and try again", target,
                         exc.strerror or type(exc).__name__)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return UserError("the disk is full; free some space and try again")
    return UserError("a file could not be read or written (%1); check the disk and try again",
                     exc.strerror or type(exc).__name__)


def explain(exc: BaseException) -> UserError:
    """The one sentence for ``exc``; all but the user's own mistakes are also logged."""
    if isinstance(exc, UserError):
        if isinstance(exc, DatabaseError):  # a damaged file, a lost server: IT wants to know
            logbook.record_failure(exc, "database")
        return exc
    logbook.record_failure(exc)
    if isinstance(exc, TemplateMessage):  # e.g. a bad URL, a schema too new, a data folder
        return UserError(exc.template, *exc.params)
    if isinstance(exc, StaleDataError):
        return ConflictError("record", 0, 0)
    if isinstance(exc, OSError):
        return _file_error(exc)
    if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError | sqlite3.Error):
        return DatabaseError(
            "the database did not answer as expected; nothing was saved; try again, and if "
            "it keeps happening ask your IT contact (Help → Copy support information)"
        )
    if isinstance(exc, MemoryError):
        return UserError("the computer ran out of memory; close other programs and try again")
    try:
        log = str(logbook.log_path())
    except OSError:
        log = "pgp-desk.log"
    return UnexpectedError(
        "something unexpected went wrong; the details are in the log file %1 "
        "(Help → Copy support information)", log
    )
