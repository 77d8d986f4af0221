"""The programme builder: library, the client's programme, dosage, suggestions, templates."""
