"""Password hashing: Argon2id (argon2-cffi's RFC 9106 low-memory profile)."""

from __future__ import annotations

import secrets
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_HASHER = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified against when a user name is unknown, so a wrong name takes as long as a
    wrong password and the answer does not tell which names exist. Made at the first
    check, known name or not (so the first check costs the same either way), rather than
    at import, which would delay the sign-in window."""
    return _HASHER.hash(secrets.token_hex(16))


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    dummy = _dummy_hash()
    try:
        return _HASHER.verify(password_hash or dummy, password) and bool(password_hash)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def new_recovery_code() -> str:
    """Twenty characters in four groups, easy to copy from paper (no 0/O, 1/l)."""
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    chars = "".join(secrets.choice(alphabet) for _ in range(20))
    return "-".join(chars[i:i + 5] for i in range(0, 20, 5))
