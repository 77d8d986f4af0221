"""The demo clinic: fictional clients, assessments, programmes and handouts."""
