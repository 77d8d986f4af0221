"""The administrator's audit log window."""
