"""Use cases: one function per thing a user does. Owns transactions and audit. No Qt."""
