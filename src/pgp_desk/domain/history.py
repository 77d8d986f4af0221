"""The history checklists as data: codes with their words in da, nb and en. No Qt here.

Aggravating activities are the typical ones of CLINICAL.md §1 (Vleeming et al. 2008, Eur
Spine J 17:794-819). Their codes are the exercise library's ``helps_with`` codes, so a
programme builder can offer the exercises for the activities a client finds hard;
``straddle`` and ``fast_movements`` have no exercise yet. Risk factors are those of
CLINICAL.md §1 (Vleeming 2008 and seed 000).

The pain-free distance between the knees (cm) is measured before the birth and written
for the midwife, so birth positions stay within it (CLINICAL.md §8; Vleeming et al. 2008).

Kept free of Qt so that services and the assessment report can turn a stored history into
words (``history_facts``); it could move to ``domain/`` unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Texts = dict[str, str]

HISTORY_FORMAT_VERSION = 1


def _t(da: str, nb: str, en: str) -> Texts:
    return {"da": da, "nb": nb, "en": en}


AGGRAVATING: dict[str, Texts] = {
    "walking": _t("Gå", "Gå", "Walking"),
    "standing": _t("Stå", "Stå", "Standing"),
    "one_leg_stance": _t("Stå på ét ben", "Stå på ett bein", "Standing on one leg"),
    "dressing": _t("Tage bukser, strømper og sko på", "Ta på bukser, sokker og sko",
                   "Putting on trousers, socks and shoes"),
    "stairs": _t("Gå på trapper", "Gå i trapper", "Stairs"),
    "turning_in_bed": _t("Vende sig i sengen", "Snu seg i sengen", "Turning over in bed"),
    "car_transfer": _t("Komme ind og ud af bilen", "Komme inn og ut av bilen",
                       "Getting in and out of a car"),
    "position_change": _t("Skifte stilling, fx rejse sig", "Skifte stilling, f.eks. reise seg",
                          "Changing position, e.g. standing up"),
    "straddle": _t("Skræve eller vride i bækkenet", "Skreve eller vri i bekkenet",
                   "Straddling or twisting"),
    "fast_movements": _t("Hurtige, bratte bevægelser", "Raske, brå bevegelser",
                         "Fast, sudden movements"),
    "lifting_carrying": _t("Bære et barn på hoften, løfte", "Bære et barn på hoften, løfte",
                           "Carrying a child on the hip, lifting"),
    "sitting": _t("Sidde længe", "Sitte lenge", "Sitting for a long time"),
    "sleep": _t("Ligge ned og sove", "Ligge og sove", "Lying down and sleeping"),
}

RISK_FACTORS: dict[str, Texts] = {
    "earlier_pgp": _t("Bækkensmerter i en tidligere graviditet",
                      "Bekkenleddsmerter i et tidligere svangerskap",
                      "Pelvic girdle pain in an earlier pregnancy"),
    "earlier_lbp": _t("Tidligere lændesmerter", "Tidligere korsryggsmerter",
                      "Earlier low back pain"),
    "pelvic_trauma": _t("Tidligere skade på bækkenet", "Tidligere skade på bekkenet",
                        "Earlier injury to the pelvis"),
    "poor_sleep": _t("Dårlig søvn", "Dårlig søvn", "Poor sleep"),
    "negative_expectations": _t("Negative forventninger til smerterne",
                                "Negative forventninger til smertene",
                                "Negative expectations about the pain"),
    "stress": _t("Stress", "Stress", "Stress"),
    "depression": _t("Depression", "Depresjon", "Depression"),
    "anxiety": _t("Angst", "Angst", "Anxiety"),
}

ONSET_TIMING: dict[str, Texts] = {
    "pregnancy": _t("I graviditeten", "I svangerskapet", "During pregnancy"),
    "postpartum": _t("Efter fødslen", "Etter fødselen", "After the birth"),
    "before_pregnancy": _t("Før graviditeten", "Før svangerskapet", "Before the pregnancy"),
}

SICK_LEAVE: dict[str, Texts] = {
    "no": _t("Ikke sygemeldt", "Ikke sykmeldt", "Not on sick leave"),
    "partial": _t("Delvis sygemeldt", "Gradert sykmeldt", "Partly on sick leave"),
    "full": _t("Sygemeldt på fuld tid", "Sykmeldt på heltid", "On full sick leave"),
}

SLEEP: dict[str, Texts] = {
    "good": _t("Sover godt", "Sover godt", "Sleeps well"),
    "woken_sometimes": _t("Vågner af og til af smerter", "Våkner av og til av smerter",
                          "Sometimes woken by pain"),
    "woken_most_nights": _t("Vågner af smerter de fleste nætter",
                            "Våkner av smerter de fleste netter",
                            "Woken by pain most nights"),
}

FACT_LABELS: dict[str, Texts] = {
    "onset": _t("Debut", "Debut", "Onset"),
    "week": _t("uge {n}", "uke {n}", "week {n}"),
    "weeks_after": _t("{n} uger efter fødslen", "{n} uker etter fødselen",
                      "{n} weeks after the birth"),
    "aggravating": _t("Forværres ved", "Forverres ved", "Worse with"),
    "risk_factors": _t("Risikofaktorer", "Risikofaktorer", "Risk factors"),
    "earlier": _t("Tidligere bækken- eller lændesmerter",
                  "Tidligere bekken- eller korsryggsmerter",
                  "Earlier pelvic or low back pain"),
    "work": _t("Arbejde", "Arbeid", "Work"),
    "sleep": _t("Søvn", "Søvn", "Sleep"),
    "goals": _t("Patientens mål", "Pasientens mål", "The client's goals"),
    "knee_distance": _t("Smertefri afstand mellem knæene (til jordemoderen)",
                        "Smertefri avstand mellom knærne (til jordmoren)",
                        "Pain-free distance between the knees (for the midwife)"),
}
KNEE_DISTANCE_MAX_CM = 120


def label(catalogue: Mapping[str, Texts], code: str, lang: str) -> str:
    """Words for a code; an unknown code (from a newer version) is shown as it is."""
    texts = catalogue.get(code)
    if texts is None:
        return code
    return texts.get(lang) or texts["en"]


def empty_history() -> dict[str, Any]:
    """The stored shape of a history nobody has filled in yet."""
    return {
        "version": HISTORY_FORMAT_VERSION,
        "onset": {"timing": None, "week": None},
        "aggravating": [],
        "risk_factors": [],
        "earlier_episodes": "",
        "work": "",
        "sick_leave": None,
        "sleep": None,
        "sleep_note": "",
        "goals": "",
        "knee_distance_cm": None,
    }


def history_facts(history: Mapping[str, Any], lang: str) -> list[tuple[str, str]]:
    """(label, text) pairs of what was recorded, for the assessment report."""
    h = {**empty_history(), **dict(history or {})}
    facts: list[tuple[str, str]] = []

    def add(key: str, text: str) -> None:
        if text.strip():
            facts.append((label(FACT_LABELS, key, lang), text.strip()))

    onset = h.get("onset") or {}
    timing, week = onset.get("timing"), onset.get("week")
    if timing:
        text = label(ONSET_TIMING, timing, lang)
        if week is not None and timing == "pregnancy":
            text += ", " + label(FACT_LABELS, "week", lang).format(n=week)
        elif week is not None and timing == "postpartum":
            text += ", " + label(FACT_LABELS, "weeks_after", lang).format(n=week)
        add("onset", text)
    add("aggravating", ", ".join(label(AGGRAVATING, c, lang) for c in h["aggravating"]))
    add("risk_factors", ", ".join(label(RISK_FACTORS, c, lang) for c in h["risk_factors"]))
    add("earlier", h["earlier_episodes"])
    work = [h["work"]] if h["work"] else []
    if h["sick_leave"]:
        work.append(label(SICK_LEAVE, h["sick_leave"], lang))
    add("work", "; ".join(work))
    sleep = [label(SLEEP, h["sleep"], lang)] if h["sleep"] else []
    if h["sleep_note"]:
        sleep.append(h["sleep_note"])
    add("sleep", "; ".join(sleep))
    add("goals", h["goals"])
    knees = h.get("knee_distance_cm")
    if isinstance(knees, int) and not isinstance(knees, bool) and (
            0 < knees <= KNEE_DISTANCE_MAX_CM):
        add("knee_distance", f"{knees} cm")
    return facts
