"""Realistic handouts for PDF tests: the library's own texts, drawings and dosages.

No database: the exercises, the dosage in words and the closing advice (pain rule, stop
signs) come from the same content and helpers the services use.
"""

from __future__ import annotations

import datetime as dt

from pgp_desk.content.dosage_text import render_dosage
from pgp_desk.content.exercises import builtin_library
from pgp_desk.content.figures import illustration_svg
from pgp_desk.pdf import ClinicHeader, HandoutData, HandoutExercise, HandoutTranslation
from pgp_desk.services.handouts.handout_data import advice_codes, advice_sections

# A mid-pregnancy programme a therapist builds up over the visits, in this order.
PROGRAMME = ["STAB-TA-SUPINE", "GLOB-CLAM", "MAP-TILT-SIT", "GLOB-BRIDGE",
             "GLOB-SIDE-PLANK-KNEE", "STAB-MULTIFIDUS", "GLOB-BIRDDOG", "GLOB-SQUAT-CHAIR",
             "ADL-CAR", "POOL-WALK", "GLOB-ADD-SQUEEZE", "RELAX-BREATH"]

def exercise(code: str, lang: str, with_picture: bool = True) -> HandoutExercise:
    exercise = builtin_library()[code]
    text = exercise.texts[lang]
    return HandoutExercise(
        code=code, name=text.name, purpose=text.purpose, steps=list(text.steps),
        cues=list(text.cues), avoid=list(text.avoid),
        dosage_text=render_dosage(exercise.default_dosage, lang, with_pain_rule=True),
        illustration_svg=illustration_svg(code) if with_picture else None)


def programme(n: int, second: str | None = None) -> HandoutData:
    """The first `n` exercises of PROGRAMME with the closing advice of a pregnancy."""
    codes = advice_codes([])
    data = HandoutData(
        clinic=ClinicHeader("Fysio Nørrebro", "Nørrebrogade 112\n2200 København N",
                            "35 35 12 12", "kontakt@fysionorrebro-eksempel.dk",
                            maternity_phone="35 45 35 45", out_of_hours_phone="1813",
                            emergency_phone="112"),
        client_name="Mette Sørensen", date=dt.date(2026, 11, 22), therapist_name="Anne Holm",
        language="da", personal_note="Vi ses om to uger. Husk at holde pauser.",
        exercises=[exercise(c, "da") for c in PROGRAMME[:n]],
        advice=advice_sections(codes, "da"))
    if second:
        data.second_language = HandoutTranslation(
            language=second,  # type: ignore[arg-type]
            exercises=[exercise(c, second, False) for c in PROGRAMME[:n]],
            advice=advice_sections(codes, second))
    return data
