"""What Alembic should compare: indexes meant for one dialect only are skipped elsewhere.

The PostgreSQL trigram indexes (``Index(...).ddl_if(dialect="postgresql")``) are not
created on SQLite, and Alembic's autogenerate does not look at ``ddl_if`` by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def include_object_for(dialect: str) -> Callable[..., bool]:
    def include_object(obj: Any, _name: str | None, type_: str, reflected: bool,
                       _compare_to: Any) -> bool:
        if type_ == "index" and not reflected:
            only = getattr(obj, "_ddl_if", None)
            if only is not None and only.dialect not in (None, dialect):
                return False
        return True

    return include_object
