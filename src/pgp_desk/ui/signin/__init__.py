"""The windows before the main window: sign in, first administrator, recovery code."""
