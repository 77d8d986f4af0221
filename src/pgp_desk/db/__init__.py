"""Persistence: SQLAlchemy models, the engine/session factory and migrations. No Qt."""
