"""The index Qt hands a model's and a delegate's methods, declared once for the type
checker: a plain or a persistent model index."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
