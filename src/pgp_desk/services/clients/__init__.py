"""Clients: registering, finding, importing, pregnancies, privacy and the timeline."""
