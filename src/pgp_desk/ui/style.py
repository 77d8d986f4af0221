"""One palette and one application style sheet.

A widget says what it is — an object name, or the ``role`` / ``tone`` properties set with
``set_role`` / ``set_tone`` — and this sheet says how that looks, so a colour or a size
is changed in one place. ``ui.app.make_application`` installs the sheet. Colours are
always paired with a symbol or a word, so nothing depends on colour alone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

# --- palette --------------------------------------------------------------------------
ACCENT = "#0b5a6e"        # headings, the current choice, the stage of pregnancy
ACCENT_BG = "#e4f2f5"
POSITIVE_FG = "#8c1d18"   # a positive test, an open red flag, a worsening
POSITIVE_BG = "#fbe3e1"
ALARM_BORDER = "#e2a0a0"
CAUTION_FG = "#7a4d00"    # a draft, an unsaved change, a question not asked yet
CAUTION_BG = "#fff1d6"
GOOD_FG = "#1d5e2c"       # signed, an important improvement, all answered no
GOOD_BG = "#e2f3e6"
ERROR_FG = "#b00020"      # a field that cannot be saved as typed
MUTED_FG = "#6b7178"      # hints, captions, counts
INK = "#1f2328"
RULE = "#d9dde1"          # separators and frames
LIGHT_RULE = "#e6e9ec"
CONTROL_BORDER = "#c5cbd1"
NOT_APPLICABLE = "#5f6b76"
PANEL_BG = "#f7f9fa"
NOTE_BG = "#f1f6fc"       # what the client will read
NOTE_BORDER = "#c9dcf0"
NOTE_FG = "#15324f"
PREVIEW_BG = "#8a8f94"    # the grey around the pages of a PDF preview

_BADGE = "border-radius: 6px; padding: 3px 10px; font-weight: 600;"

STYLE_SHEET = f"""
/* the idle lock covers the whole window (ui.signin.idle_lock) */
QWidget#lockOverlay {{ background: {PANEL_BG}; }}
QFrame#lockBox {{ background: white; border: 1px solid {RULE}; border-radius: 8px; }}
/* text by role */
QLabel[role="heading"] {{ font-size: 12pt; font-weight: 600; color: {ACCENT};
                         margin: 6px 0 0 0; }}
QLabel[role="subheading"] {{ font-size: 11pt; font-weight: 600; }}
QLabel[role="hint"] {{ color: {MUTED_FG}; }}
QLabel#wordingNote {{ font-style: italic; }}
QLabel[role="strong"] {{ font-weight: 600; }}
QLabel[role="note"] {{ color: {MUTED_FG}; font-size: 9pt; }}
QLabel[role="caption"] {{ color: {MUTED_FG}; font-size: 8pt; }}
QLabel[role="error"] {{ color: {ERROR_FG}; }}
QLabel[role="empty"] {{ color: {MUTED_FG}; padding: 12px; }}
QFrame[role="separator"] {{ color: {RULE}; }}

/* text by tone: the meaning of a word that changes */
QLabel[tone="alarm"] {{ color: {POSITIVE_FG}; font-weight: 600; }}
QLabel[tone="caution"] {{ color: {CAUTION_FG}; font-weight: 600; }}
QLabel[tone="good"] {{ color: {GOOD_FG}; font-weight: 600; }}
QLabel[tone="muted"] {{ color: {MUTED_FG}; }}

/* banners and badges */
QLabel[role="banner"], QLabel[role="alert"] {{ background: {POSITIVE_BG}; color: {POSITIVE_FG};
    border: 1px solid {ALARM_BORDER}; border-radius: 6px; padding: 8px 12px; }}
QLabel[role="alert"] {{ padding: 6px 10px; font-weight: 600; }}  /* one line, no markup */
QLabel[role="message"] {{ background: {CAUTION_BG}; color: {CAUTION_FG}; border-radius: 6px;
                         padding: 6px 10px; }}
QLabel[role="badge"] {{ {_BADGE} }}
QLabel[role="badge"][tone="good"] {{ color: {GOOD_FG}; background: {GOOD_BG}; }}
QLabel[role="badge"][tone="caution"] {{ color: {CAUTION_FG}; background: {CAUTION_BG}; }}
QLabel[role="badge"][tone="alarm"] {{ color: {POSITIVE_FG}; background: {POSITIVE_BG}; }}
QLabel[role="badge"][tone="muted"] {{ color: {MUTED_FG}; background: transparent;
                                     font-weight: 400; }}
QLabel[role="chip"] {{ border-radius: 4px; padding: 1px 8px; }}
QLabel[role="urgency"] {{ border-radius: 4px; padding: 1px 6px; font-size: 9pt;
                         font-weight: 400; }}
QLabel[role="urgency"][tone="alarm"] {{ color: {POSITIVE_FG}; background: {POSITIVE_BG}; }}
QLabel[role="urgency"][tone="caution"] {{ color: {CAUTION_FG}; background: {CAUTION_BG}; }}
QLabel[role="chip"][tone="alarm"] {{ color: {POSITIVE_FG}; background: {POSITIVE_BG}; }}
QLabel[role="chip"][tone="caution"] {{ color: {CAUTION_FG}; background: {CAUTION_BG}; }}
QLabel[role="chip"][tone="good"] {{ color: {GOOD_FG}; background: {GOOD_BG}; }}
QLabel[role="chip"][tone="muted"] {{ color: {MUTED_FG}; font-weight: 400; }}
QFrame#draftBanner {{ background: {CAUTION_BG}; border-radius: 6px; }}
QFrame#draftBanner QLabel {{ color: {CAUTION_FG}; }}

/* fields */
/* Under any application sheet Qt draws spin boxes 4 px lower than the line edits and
   combo boxes beside them; this keeps them level. */
QAbstractSpinBox {{ min-height: 17px; }}
QLineEdit#dosage_tempo[invalid="true"] {{ border: 1px solid #c62828; }}
QLabel#clientSnapshot {{ background: {ACCENT_BG}; border: 1px solid {RULE}; border-radius: 6px;
                         padding: 6px 10px; }}
QLabel#logoPreview {{ border: 1px dashed #aaaaaa; background: white; }}
QLabel#exercisePhoto {{ border: 1px dashed {CONTROL_BORDER}; color: {MUTED_FG}; }}

/* lists */
QTreeWidget#timeline::item, QListWidget#episodeList::item {{ padding: 4px 2px; }}
QTreeWidget#assessmentTable::item {{ padding: 5px 4px; }}
QListWidget#warningList::item {{ padding: 6px 4px; border-bottom: 1px solid {LIGHT_RULE}; }}

/* the assessment form's section list and header */
QListWidget#sectionNav {{ border: none; background: #f1f4f6; font-size: 11pt; }}
QListWidget#sectionNav::item {{ padding: 9px 12px; border-radius: 6px; margin: 1px 6px; }}
QListWidget#sectionNav::item:selected {{ background: {ACCENT}; color: white; }}
QFrame#assessmentHeader {{ background: {PANEL_BG}; border-bottom: 1px solid {RULE}; }}
QLabel#formClientName {{ font-size: 17pt; font-weight: 600; }}
QLabel#formKind {{ color: {MUTED_FG}; font-size: 11pt; }}
QLabel#assessedOnText {{ font-size: 11pt; font-weight: 600; }}
QLabel#formStage {{ font-size: 12pt; color: {ACCENT}; background: {ACCENT_BG}; {_BADGE} }}

/* client header and the handout dialog */
QLabel#clientName {{ font-size: 20pt; font-weight: 600; }}
QLabel#clientStage {{ font-size: 13pt; font-weight: 600; color: {ACCENT};
                     padding: 4px 10px; background: {ACCENT_BG}; border-radius: 6px; }}
QLabel#handoutHeading {{ font-size: 15pt; font-weight: 600; }}
QLabel#handoutUnprintable {{ color: {CAUTION_FG}; background: {CAUTION_BG};
                             border-radius: 6px; padding: 6px 10px; }}
QScrollArea#pdfView {{ background: {PREVIEW_BG}; }}

/* programme */
QLabel#statusChip {{ color: white; border-radius: 9px; padding: 2px 10px; font-weight: 600; }}
QLabel#statusChip[tone="good"] {{ background: #2e7d32; }}
QLabel#statusChip[tone="muted"] {{ background: #5f6b7a; }}
QLabel#statusChip[tone="caution"] {{ background: #8a5a00; }}
QLabel#programmeBanner {{ border-radius: 6px; padding: 8px; }}
QLabel#programmeBanner[tone="good"] {{ background: #eef6ee; border: 1px solid #b9dcb9;
                                      color: #1e4d20; font-weight: 400; }}
QLabel#programmeBanner[tone="alarm"] {{ background: #fdecea; border: 1px solid #f5c2bd;
                                       color: #8a1c13; }}
QPushButton#issueProgramme {{ background: #1f6fb2; color: white; border: none;
                             border-radius: 4px; padding: 6px 14px; font-weight: 600; }}
QPushButton#issueProgramme:disabled {{ background: #b8c7d6; }}
QLabel#dirtyLabel {{ color: #8a5a00; }}
QLabel#editorHeading {{ font-weight: 600; margin-top: 6px; }}
QLabel#dosagePreview {{ background: {NOTE_BG}; border: 1px solid {NOTE_BORDER};
                       border-radius: 6px; padding: 8px 10px; color: {NOTE_FG}; }}

/* pain map */
QLabel#painMapSummary, QLabel#painMapChanges {{ background: #f7f9fb; color: #1f2933;
                        border: 1px solid #d9dee3; border-radius: 4px; padding: 6px 8px; }}
QLabel#painMapEarlierTitle, QLabel#painMapCurrentTitle {{ border-radius: 4px; padding: 4px; }}
QLabel#painMapEarlierTitle {{ background: #eef1f4; }}
QLabel#painMapCurrentTitle {{ background: #e3ecf7; }}
QLabel#noEarlierPainMap {{ padding-left: 12px; }}
QPushButton[role="segment"] {{ padding: 4px 14px; border: 1px solid #b9c3cc;
                              background: white; }}
QPushButton[role="segment"]:checked {{ background: {ACCENT}; color: white;
                                      border-color: {ACCENT}; }}

/* assessment sections */
QFrame#suggestionCard {{ background: {ACCENT_BG}; border-radius: 8px; }}
QLabel#suggestedLabel {{ font-size: 15pt; font-weight: 600; color: {ACCENT}; }}
QFrame#scoreCard {{ background: white; border: 1px solid #dde2e6; border-radius: 6px; }}
QLabel[role="score"] {{ font-size: 17pt; font-weight: 600; }}
QLabel[role="score"][tone="muted"] {{ color: {MUTED_FG}; }}
QFrame#itemRow {{ border-bottom: 1px solid {LIGHT_RULE}; background: transparent; }}
QFrame#itemRow[current="true"] {{ background: {ACCENT_BG}; border-left: 3px solid {ACCENT}; }}
QFrame#itemRow[current="false"] {{ border-left: 3px solid transparent; }}
QTableView#testsTable {{ gridline-color: #e1e4e8; selection-background-color: transparent; }}
QTableView#testsTable::item:focus {{ border: 2px solid {ACCENT}; }}
QTableView#testsTable::item:selected {{ color: palette(text); }}
QToolButton[role="answer"] {{ border: 1px solid {CONTROL_BORDER}; background: #ffffff;
                             padding: 4px 8px; border-radius: 4px; color: {INK}; }}
QToolButton[role="answer"]:hover {{ border-color: {ACCENT}; }}
QToolButton[role="answer"]:checked {{ background: {ACCENT}; color: white;
                                     border-color: {ACCENT}; font-weight: 600; }}
QToolButton[role="answer"][na="true"] {{ color: {MUTED_FG}; }}
QToolButton[role="answer"][na="true"]:checked {{ background: {NOT_APPLICABLE}; color: white;
                                                border-color: {NOT_APPLICABLE}; }}

/* the client answering on the screen herself: large and calm */
QWidget#clientMode {{ background: #fbfbfa; }}
QWidget#clientMode QLabel#clientTitle, QWidget#clientMode QLabel#clientItemText {{
    font-size: 26pt; font-weight: 600; }}
QWidget#clientMode QLabel#clientWelcome {{ font-size: 24pt; font-weight: 600; }}
QWidget#clientMode QLabel#clientIntro, QWidget#clientMode QLabel#clientSummary {{
    font-size: 16pt; }}
QWidget#clientMode QLabel#clientProgress {{ font-size: 14pt; color: {MUTED_FG}; }}
QWidget#clientMode QLabel#clientScaleEnd {{ font-size: 12pt; color: {MUTED_FG}; }}
QWidget#clientMode QPushButton#clientCancel {{ color: {MUTED_FG}; font-size: 10pt; }}
QWidget#clientMode QProgressBar {{ border: none; background: {LIGHT_RULE}; border-radius: 4px; }}
QWidget#clientMode QProgressBar::chunk {{ background: {ACCENT}; border-radius: 4px; }}
QWidget#clientOptions QPushButton {{ font-size: 17pt; padding: 14px 22px;
    border: 2px solid {CONTROL_BORDER}; border-radius: 10px; background: white; color: {INK}; }}
QWidget#clientOptions QPushButton:hover {{ border-color: {ACCENT}; }}
QWidget#clientOptions QPushButton:checked {{ background: {ACCENT}; color: white;
                                            border-color: {ACCENT}; }}
QWidget#clientOptions QPushButton[na="true"] {{ font-size: 13pt; color: {MUTED_FG};
                                               padding: 8px 16px; }}
QWidget#clientOptions QPushButton[na="true"]:checked {{ background: {NOT_APPLICABLE};
                                                       color: white; }}
QPushButton[role="clientNav"] {{ font-size: 15pt; padding: 12px 28px; border-radius: 10px;
                                border: 2px solid {CONTROL_BORDER}; background: #f6f7f8; }}
QPushButton[role="clientNav"]:disabled {{ color: #b8bec4; border-color: #e1e4e8; }}
QPushButton[role="clientFinish"] {{ font-size: 18pt; font-weight: 600; padding: 18px 36px;
                                   border-radius: 12px; background: {ACCENT}; color: white;
                                   border: none; }}
"""


def install_style(app: QApplication) -> None:
    """The one application-wide style sheet; widgets add none of their own."""
    app.setStyleSheet(STYLE_SHEET)


def set_role(widget: QWidget, role: str, *, new: bool = False) -> QWidget:
    """Mark what ``widget`` is (heading, hint, banner, badge …); the sheet styles it.

    ``new``: the widget was made just now and was never shown, so Qt styles it by its role
    when it first shows. Repolishing it would be wasted, and ``QStyle.polish`` makes Qt for
    Python create Qt's namespace of enum types (some 20 ms) before the first window."""
    widget.setProperty("role", role)
    if not new:
        _repolish(widget)
    return widget


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Say what a changing word means now (alarm, caution, good, muted; None: plain)."""
    widget.setProperty("tone", tone or "")
    _repolish(widget)


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field whose text cannot be saved as typed (the error beside it says why)."""
    widget.setProperty("invalid", invalid)
    _repolish(widget)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
