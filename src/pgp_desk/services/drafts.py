"""Crash-safe drafts of an assessment form or a programme: a power cut loses at most a few
seconds.

The assessment form and the programme builder call ``write_draft`` every few seconds while
they have unsaved changes. Each write
goes to a temporary file in the same folder, is flushed and fsync'ed, then atomically
renamed over the draft (``os.replace``) and the folder is fsync'ed, so a draft on disk is
always either the previous complete one or the new complete one, never half a file.

Drafts live in ``config.drafts_dir()/<database>/assessment-<id>.json`` (a new, not yet
saved assessment: ``assessment-new-<episode id>.json``; programmes likewise
``programme-<id>.json`` and ``programme-new-<episode id>.json``); ``<database>`` is a short hash of
the database URL and the person (``AppContext.drafts_scope``), so a draft made in the demo
clinic is never offered in the real one, nor one person's draft to another.
They hold clinical data, so files are created readable by the user only (0600). A draft
is removed when the assessment is saved, or when the user discards it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pgp_desk import config
from pgp_desk.private_files import private_folder, write_private

FORMAT = 1
STALE_TEMP_SECONDS = 600


@dataclass(frozen=True)
class Draft:
    """A draft found on disk."""

    path: Path
    key: str
    saved_at: datetime
    assessment_id: int | None
    episode_id: int | None
    client_id: int | None
    base_version: int | None
    payload: dict[str, Any]
    kind: str | None = None
    programme_id: int | None = None

    @property
    def is_programme(self) -> bool:
        return self.key.startswith("programme-")


def draft_key(assessment_id: int | None = None, episode_id: int | None = None) -> str:
    """``assessment-12`` for a stored assessment, ``assessment-new-7`` for a new one."""
    return _key("assessment", assessment_id, episode_id)


def programme_draft_key(programme_id: int | None = None, episode_id: int | None = None) -> str:
    """``programme-12`` for a stored programme, ``programme-new-7`` for a new one."""
    return _key("programme", programme_id, episode_id)


def _key(kind: str, record_id: int | None, episode_id: int | None) -> str:
    if record_id is not None:
        return f"{kind}-{int(record_id)}"
    if episode_id is None:
        raise ValueError(f"a draft needs a {kind} id or an episode id")
    return f"{kind}-new-{int(episode_id)}"


PERSON = "#person="  # a scope "URL#person=ID": one person's drafts in one database


def person_scope(database_url: str, person_id: int | None) -> str:
    return f"{database_url}{PERSON}{int(person_id or 0)}"


def database_folder(database_url: str) -> Path:
    """The drafts folder of one database (the URL is hashed, never written in clear), and
    in a ``person_scope`` the sub-folder of one person, whose drafts nobody else sees."""
    url, _, person = database_url.partition(PERSON)
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]
    path = config.drafts_dir() / digest
    if person:
        path = path / f"person-{int(person)}"
    private_folder(path)
    return path


def draft_path(database_url: str, key: str) -> Path:
    return database_folder(database_url) / f"{key}.json"


def write_draft(database_url: str, key: str, payload: dict[str, Any], *,
                assessment_id: int | None = None, episode_id: int | None = None,
                client_id: int | None = None, base_version: int | None = None,
                kind: str | None = None, programme_id: int | None = None) -> Path:
    """Store the form's payload as the draft ``key``; returns the file written."""
    document = {
        "format": FORMAT,
        "key": key,
        "saved_at": datetime.now(UTC).isoformat(),
        "assessment_id": assessment_id,
        "episode_id": episode_id,
        "client_id": client_id,
        "base_version": base_version,
        "kind": kind,
        "programme_id": programme_id,
        "payload": payload,
    }
    path = draft_path(database_url, key)
    write_private(path, json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return path


def _read(path: Path) -> Draft | None:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            return None
        if not isinstance(doc.get("payload"), dict):
            return None
        return Draft(
            path=path,
            key=str(doc["key"]),
            saved_at=datetime.fromisoformat(doc["saved_at"]),
            assessment_id=doc.get("assessment_id"),
            episode_id=doc.get("episode_id"),
            client_id=doc.get("client_id"),
            base_version=doc.get("base_version"),
            payload=doc["payload"],
            kind=doc.get("kind"),
            programme_id=doc.get("programme_id"),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def read_draft(database_url: str, key: str) -> Draft | None:
    """The draft ``key`` if there is a readable one (an unreadable file is ignored)."""
    path = draft_path(database_url, key)
    return _read(path) if path.exists() else None


def _remove_stale_temp_files(folder: Path, older_than: float = STALE_TEMP_SECONDS) -> None:
    """Temp files a killed process left mid-write; never a draft, safe to delete later."""
    now = time.time()
    for tmp in folder.glob(".*.json.*.tmp"):
        with contextlib.suppress(OSError):
            if now - tmp.stat().st_mtime > older_than:
                tmp.unlink()


def list_drafts(database_url: str) -> list[Draft]:
    """Every readable draft of this database, assessments and programmes, newest first
    (offered at app start)."""
    folder = database_folder(database_url)
    _remove_stale_temp_files(folder)
    paths = sorted([*folder.glob("assessment-*.json"), *folder.glob("programme-*.json")])
    found = [d for p in paths if (d := _read(p)) is not None]
    return sorted(found, key=lambda d: d.saved_at, reverse=True)


def discard_draft(database_url: str, key: str) -> None:
    """Remove the draft (after a save, or when the user declines it); no error if absent."""
    with contextlib.suppress(FileNotFoundError):
        draft_path(database_url, key).unlink()


def discard_client_drafts(database_url: str, client_id: int,
                          episode_ids: list[int] | tuple[int, ...] = ()) -> int:
    """Remove every draft about a client, whoever wrote it (erasure); returns how many were
    removed."""
    folder = database_folder(database_url)
    scopes = [database_url, *(person_scope(database_url, int(sub.name.split("-", 1)[1]))
                              for sub in sorted(folder.glob("person-*")) if sub.is_dir())]
    for scope in scopes:
        _remove_stale_temp_files(database_folder(scope), older_than=5)
    removed = 0
    for draft in [d for scope in scopes for d in list_drafts(scope)]:
        if draft.client_id == client_id or (draft.episode_id is not None
                                            and draft.episode_id in episode_ids):
            with contextlib.suppress(FileNotFoundError):
                draft.path.unlink()
                removed += 1
    return removed
