"""PGP Desk: assessment, home programmes and handouts for pregnancy-related pelvic girdle pain."""

__version__ = "0.1.0"
