"""Static words printed on handouts and reports, in Danish, Norwegian Bokmål and English.

Only fixed headings and captions live here; the clinical texts come in the data.
"""

from __future__ import annotations

import datetime as _dt

LANGUAGES = ("da", "nb", "en")

LABELS: dict[str, dict[str, str]] = {
    "da": {
        "handout_title": "Dit træningsprogram",
        "for_client": "Til",
        "date": "Dato",
        "therapist": "Terapeut",
        "personal_note": "Fra din terapeut",
        "exercises": "Dine øvelser",
        "at_a_glance": "Overblik over dit program",
        "how": "Sådan gør du",
        "cues": "Det skal du mærke",
        "avoid": "Stop eller gør det lettere, hvis",
        "dosage": "Dosering",
        "client_note": "Særligt for dig",
        "advice": "Gode råd i hverdagen",
        "progress": "Din udvikling",
        "pain_map": "Din smertetegning",
        "pgq": "Funktion (PGQ 0-100, lavere er bedre)",
        "nrs": "Smerte (0-10)",
        "visit": "Besøg",
        "diary": "Dagbog",
        "diary_intro": "Sæt et kryds hver dag, du har lavet dine øvelser. "
        "Skriv gerne, hvor ondt det gør (0-10), og tag dagbogen med næste gang.",
        "week": "Uge",
        "days": "Man,Tir,Ons,Tor,Fre,Lør,Søn",
        "pain_col": "Smerte 0-10",
        "note_col": "Bemærkning",
        "page": "Side {page} af {total}",
        "phone": "Tlf.",
        "months": "januar,februar,marts,april,maj,juni,juli,august,september,oktober,"
        "november,december",
        "report_title": "Fysioterapeutisk undersøgelse",
        "report_subtitle": "Graviditetsrelaterede bækkensmerter",
        "recipient": "Til",
        "client": "Patient",
        "birth_date": "Fødselsdato",
        "stage": "Graviditet",
        "assessed": "Undersøgt",
        "history": "Sygehistorie",
        "red_flags": "Røde flag",
        "no_red_flags": "Ingen røde flag fundet ved screeningen.",
        "red_flags_found": "Fund, som bør vurderes af læge eller jordemoder:",
        "report_pain_map": "Smertetegning",
        "tests": "Bækkentests",
        "test": "Test",
        "left": "Venstre",
        "right": "Højre",
        "midline": "Midtlinje",
        "note": "Note",
        "positive": "Positiv",
        "negative": "Negativ",
        "not_tested": "Ikke testet",
        "scores": "Målinger",
        "measure": "Måling",
        "previous": "Forrige",
        "now": "Nu",
        "change": "Ændring",
        "better": "bedre",
        "worse": "værre",
        "no_important_change": "ingen betydende ændring",
        "classification": "Klassifikation",
        "suggested": "Forslag ud fra fund",
        "chosen": "Terapeutens vurdering",
        "reasons": "Begrundelse",
        "plan": "Plan",
        "notes": "Noter",
        "signature": "Underskrift",
        "confidential": "Fortroligt: indeholder helbredsoplysninger",
    },
    "nb": {
        "handout_title": "Treningsprogrammet ditt",
        "for_client": "Til",
        "date": "Dato",
        "therapist": "Terapeut",
        "personal_note": "Fra terapeuten din",
        "exercises": "Øvelsene dine",
        "at_a_glance": "Oversikt over programmet ditt",
        "how": "Slik gjør du det",
        "cues": "Dette skal du kjenne",
        "avoid": "Stopp eller gjør det lettere hvis",
        "dosage": "Dosering",
        "client_note": "Spesielt for deg",
        "advice": "Gode råd i hverdagen",
        "progress": "Utviklingen din",
        "pain_map": "Smertetegningen din",
        "pgq": "Funksjon (PGQ 0-100, lavere er bedre)",
        "nrs": "Smerte (0-10)",
        "visit": "Besøk",
        "diary": "Dagbok",
        "diary_intro": "Sett et kryss hver dag du har gjort øvelsene. "
        "Skriv gjerne hvor vondt det gjør (0-10), og ta med dagboken neste gang.",
        "week": "Uke",
        "days": "Man,Tir,Ons,Tor,Fre,Lør,Søn",
        "pain_col": "Smerte 0-10",
        "note_col": "Merknad",
        "page": "Side {page} av {total}",
        "phone": "Tlf.",
        "months": "januar,februar,mars,april,mai,juni,juli,august,september,oktober,"
        "november,desember",
        "report_title": "Fysioterapeutisk undersøkelse",
        "report_subtitle": "Svangerskapsrelaterte bekkenleddsmerter",
        "recipient": "Til",
        "client": "Pasient",
        "birth_date": "Fødselsdato",
        "stage": "Svangerskap",
        "assessed": "Undersøkt",
        "history": "Sykehistorie",
        "red_flags": "Røde flagg",
        "no_red_flags": "Ingen røde flagg funnet ved screeningen.",
        "red_flags_found": "Funn som bør vurderes av lege eller jordmor:",
        "report_pain_map": "Smertetegning",
        "tests": "Bekkentester",
        "test": "Test",
        "left": "Venstre",
        "right": "Høyre",
        "midline": "Midtlinje",
        "note": "Merknad",
        "positive": "Positiv",
        "negative": "Negativ",
        "not_tested": "Ikke testet",
        "scores": "Målinger",
        "measure": "Måling",
        "previous": "Forrige",
        "now": "Nå",
        "change": "Endring",
        "better": "bedre",
        "worse": "verre",
        "no_important_change": "ingen viktig endring",
        "classification": "Klassifisering",
        "suggested": "Forslag ut fra funn",
        "chosen": "Terapeutens vurdering",
        "reasons": "Begrunnelse",
        "plan": "Plan",
        "notes": "Notater",
        "signature": "Underskrift",
        "confidential": "Konfidensielt: inneholder helseopplysninger",
    },
    "en": {
        "handout_title": "Your exercise programme",
        "for_client": "For",
        "date": "Date",
        "therapist": "Therapist",
        "personal_note": "From your therapist",
        "exercises": "Your exercises",
        "at_a_glance": "Your programme at a glance",
        "how": "How to do it",
        "cues": "What you should feel",
        "avoid": "Stop or make it easier if",
        "dosage": "How much",
        "client_note": "Just for you",
        "advice": "Everyday advice",
        "progress": "Your progress",
        "pain_map": "Your pain map",
        "pgq": "Function (PGQ 0-100, lower is better)",
        "nrs": "Pain (0-10)",
        "visit": "Visit",
        "diary": "Diary",
        "diary_intro": "Tick each day you have done your exercises. "
        "Note how much it hurts (0-10) if you like, and bring the diary to your next visit.",
        "week": "Week",
        "days": "Mon,Tue,Wed,Thu,Fri,Sat,Sun",
        "pain_col": "Pain 0-10",
        "note_col": "Notes",
        "page": "Page {page} of {total}",
        "phone": "Tel.",
        "months": "January,February,March,April,May,June,July,August,September,October,"
        "November,December",
        "report_title": "Physiotherapy assessment",
        "report_subtitle": "Pregnancy-related pelvic girdle pain",
        "recipient": "To",
        "client": "Client",
        "birth_date": "Date of birth",
        "stage": "Pregnancy",
        "assessed": "Assessed",
        "history": "History",
        "red_flags": "Red flags",
        "no_red_flags": "No red flags found on screening.",
        "red_flags_found": "Findings for the GP or midwife to assess:",
        "report_pain_map": "Pain map",
        "tests": "Pelvic tests",
        "test": "Test",
        "left": "Left",
        "right": "Right",
        "midline": "Midline",
        "note": "Note",
        "positive": "Positive",
        "negative": "Negative",
        "not_tested": "Not tested",
        "scores": "Scores",
        "measure": "Measure",
        "previous": "Previous",
        "now": "Now",
        "change": "Change",
        "better": "better",
        "worse": "worse",
        "no_important_change": "no important change",
        "classification": "Classification",
        "suggested": "Suggested from findings",
        "chosen": "Therapist's judgement",
        "reasons": "Reasons",
        "plan": "Plan",
        "notes": "Notes",
        "signature": "Signature",
        "confidential": "Confidential: contains health information",
    },
}


def _lang(language: str) -> str:
    return language if language in LABELS else "da"


def label(language: str, key: str, **values: object) -> str:
    """Return the fixed text `key` in `language` (Danish for an unknown language)."""
    text = LABELS[_lang(language)][key]
    return text.format(**values) if values else text


def day_names(language: str) -> list[str]:
    """Short weekday names, Monday first."""
    return label(language, "days").split(",")


def format_date(value: _dt.date | str | None, language: str) -> str:
    """Write a date the way a reader of `language` expects: '3. marts 2025', '3 March 2025'."""
    if value is None:
        return ""
    if not isinstance(value, _dt.date):
        return str(value)
    month = label(language, "months").split(",")[value.month - 1]
    if _lang(language) == "en":
        return f"{value.day} {month} {value.year}"
    return f"{value.day}. {month} {value.year}"
