"""Home programmes: the exercise library, templates, suggestions, pictures."""
