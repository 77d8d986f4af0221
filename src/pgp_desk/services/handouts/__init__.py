"""Handouts: the data a handout prints, its options, issuing and files."""
