"""The audit trail: recording events, sealing the chain, reading the log."""
