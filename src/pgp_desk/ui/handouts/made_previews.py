"""The handout PDFs one dialog has made, so each set of options is rendered once."""

from __future__ import annotations

from pgp_desk.services.handouts.handout_options import PrintOptions
from pgp_desk.services.handouts.handouts import HandoutPreview

KEPT_PREVIEWS = 8  # PDFs of options already seen, to go back to without rendering


class MadePreviews:
    """The last few PDFs by the options they were made for, the one shown, and the
    options the therapist wants now (a PDF made for other options is kept, not shown)."""

    def __init__(self) -> None:
        self.shown: HandoutPreview | None = None
        self.wanted: PrintOptions | None = None
        self._made: dict[PrintOptions, HandoutPreview] = {}

    def want(self, options: PrintOptions) -> tuple[HandoutPreview | None, bool]:
        """(a PDF to show now, whether one must be made) for these options; (None, False)
        when they are what is shown already."""
        waiting, self.wanted = self.wanted, options
        if self.shown is not None and self.shown.options == options:
            # back to what is shown while another PDF was being made: show it again
            return (self.shown if waiting != options else None), False
        kept = self._made.get(options)
        return kept, kept is None

    def add(self, made: HandoutPreview) -> bool:
        """Keep a PDF just made; True when it is the one wanted now."""
        if len(self._made) >= KEPT_PREVIEWS:
            del self._made[next(iter(self._made))]
        self._made[made.options] = made
        return made.options == self.wanted

    def show(self, made: HandoutPreview) -> None:
        self.shown = made

    def for_issue(self, options: PrintOptions) -> HandoutPreview | None:
        """The PDF on screen, if it was made for the options being issued."""
        return self.shown if self.shown is not None and self.shown.options == options else None

    def forget(self) -> None:
        """Nothing made so far is wanted (the programme was read again, or issued)."""
        self.shown, self.wanted = None, None
        self._made.clear()
