"""Words for the exercise library's codes (category, phase, position, equipment, activity,
target, caution) in Danish, Norwegian Bokmål and British English.

The codes are those of the exercise file format (resources/exercises, CLINICAL.md §7); the
words are shown to therapists in filters and editors and may reach a handout (equipment),
so they live in the domain with the other three-language texts.
"""

from __future__ import annotations

from collections.abc import Mapping

from pgp_desk.domain.i18n import pick


def _t(da: str, nb: str, en: str) -> dict[str, str]:
    return {"da": da, "nb": nb, "en": en}


CATEGORIES: dict[str, dict[str, str]] = {
    "understanding": _t("Forståelse af smerten", "Forståelse av smerten",
                        "Understanding the pain"),
    "body_mapping": _t("Kropskortlægning (rolig bevægelse)", "Kroppskartlegging (rolig bevegelse)",
                       "Body mapping (slow movement)"),
    "local_stabilisation": _t("Lokal stabilisering", "Lokal stabilisering",
                              "Local stabilisation"),
    "global_strength": _t("Styrke og stabilitet", "Styrke og stabilitet",
                          "Strength and stability"),
    "daily_activities": _t("Hverdagens aktiviteter", "Hverdagsaktiviteter",
                           "Daily activities"),
    "pool": _t("Vandtræning", "Trening i vann", "Pool exercise"),
    "breathing_relaxation": _t("Vejrtrækning og afspænding", "Pust og avspenning",
                               "Breathing and relaxation"),
    "postpartum": _t("Efter fødslen", "Etter fødselen", "After the birth"),
}

PHASES: dict[str, dict[str, str]] = {
    "t1": _t("1. trimester", "1. trimester", "Trimester 1"),
    "t2": _t("2. trimester", "2. trimester", "Trimester 2"),
    "t3": _t("3. trimester", "3. trimester", "Trimester 3"),
    "pp_0_6": _t("0-6 uger efter fødsel", "0-6 uker etter fødsel", "0-6 weeks after birth"),
    "pp_later": _t("Over 6 uger efter fødsel", "Over 6 uker etter fødsel",
                   "Over 6 weeks after birth"),
}

POSITIONS: dict[str, dict[str, str]] = {
    "standing": _t("Stående", "Stående", "Standing"),
    "sitting": _t("Siddende", "Sittende", "Sitting"),
    "supine": _t("Rygliggende", "Ryggliggende", "Lying on the back"),
    "side_lying": _t("Sideliggende", "Sideliggende", "Side lying"),
    "all_fours": _t("Firfodsstående", "På alle fire", "On all fours"),
    "kneeling": _t("Knælende", "Knestående", "Kneeling"),
    "prone": _t("Maveliggende", "Mageliggende", "Lying face down"),
    "water": _t("I vand", "I vann", "In water"),
    "varied": _t("Forskellige", "Varierende", "Varied"),
}

EQUIPMENT: dict[str, dict[str, str]] = {
    "mat": _t("Måtte", "Matte", "Mat"),
    "chair": _t("Stol", "Stol", "Chair"),
    "ball": _t("Bold", "Ball", "Ball"),
    "band": _t("Elastik", "Strikk", "Exercise band"),
    "pillow": _t("Pude", "Pute", "Pillow"),
    "wall": _t("Væg", "Vegg", "Wall"),
    "step": _t("Trinbræt", "Steppkasse", "Step"),
    "pool": _t("Svømmebassin", "Svømmebasseng", "Swimming pool"),
    "noodle": _t("Svømmepølse", "Svømmepølse", "Pool noodle"),
    "towel": _t("Håndklæde", "Håndkle", "Towel"),
    "belt": _t("Bækkenbælte", "Bekkenbelte", "Pelvic belt"),
    "bed": _t("Seng", "Seng", "Bed"),
    "car": _t("Bil", "Bil", "Car"),
    "stairs": _t("Trappe", "Trapp", "Stairs"),
    "child_or_weight": _t("Barn eller vægt", "Barn eller vekt", "Child or weight"),
    "crutches": _t("Krykker", "Krykker", "Crutches"),
}

TARGETS: dict[str, dict[str, str]] = {
    "sij": _t("SI-led", "SI-ledd", "SI joints"),
    "symphysis": _t("Symfysen", "Symfysen", "Symphysis"),
    "general": _t("Generelt", "Generelt", "General"),
}

ACTIVITIES: dict[str, dict[str, str]] = {
    "walking": _t("at gå", "å gå", "walking"),
    "standing": _t("at stå", "å stå", "standing"),
    "one_leg_stance": _t("at stå på ét ben", "å stå på ett bein", "standing on one leg"),
    "stairs": _t("trapper", "trapper", "stairs"),
    "turning_in_bed": _t("at vende sig i sengen", "å snu seg i sengen", "turning in bed"),
    "car_transfer": _t("at komme ind og ud af bilen", "å komme inn og ut av bilen",
                       "getting in and out of a car"),
    "position_change": _t("at skifte stilling", "å skifte stilling", "changing position"),
    "dressing": _t("at tage tøj på", "å kle på seg", "dressing"),
    "sitting": _t("at sidde", "å sitte", "sitting"),
    "lifting_carrying": _t("at løfte og bære", "å løfte og bære", "lifting and carrying"),
    "sleep": _t("søvn", "søvn", "sleep"),
    "general": _t("hverdagen generelt", "hverdagen generelt", "everyday activity"),
    "straddle": _t("at sprede benene", "å sprike med beina", "straddling"),
    "fast_movements": _t("hurtige bevægelser", "raske bevegelser", "fast movements"),
}

CAUTIONS: dict[str, dict[str, str]] = {
    "supine_late_pregnancy": _t("Rygliggende sidst i graviditeten",
                                "Ryggliggende sent i svangerskapet",
                                "Lying on the back late in pregnancy"),
    "prone_lying": _t("Maveliggende", "Mageliggende", "Lying face down"),
    "wide_straddle": _t("Spredte ben / skæv belastning", "Sprikende bein / skjev belastning",
                        "Wide or uneven leg position"),
    "high_load": _t("Høj belastning", "Høy belastning", "High load"),
    "one_leg_load": _t("Belastning på ét ben", "Belastning på ett bein", "Load on one leg"),
    "pool_access": _t("Kræver adgang til svømmehal", "Krever tilgang til svømmehall",
                      "Needs a swimming pool"),
    "abdominal_load": _t("Belaster mavevæggen", "Belaster bukveggen",
                         "Loads the abdominal wall"),
    "impact": _t("Løb og hop", "Løping og hopp", "Running and jumping"),
}

SIDES: dict[str, dict[str, str]] = {
    "none": _t("Ingen side", "Ingen side", "Not sided"),
    "both": _t("Begge sider", "Begge sider", "Both sides"),
    "left": _t("Venstre", "Venstre", "Left"),
    "right": _t("Højre", "Høyre", "Right"),
    "alternate": _t("Skiftevis", "Vekselvis", "Alternating"),
}

VOCABULARIES: dict[str, Mapping[str, Mapping[str, str]]] = {
    "category": CATEGORIES, "phase": PHASES, "position": POSITIONS, "equipment": EQUIPMENT,
    "target": TARGETS, "activity": ACTIVITIES, "caution": CAUTIONS, "side": SIDES,
}


def term(kind: str, code: str, lang: str) -> str:
    """The word for a code, e.g. term("position", "side_lying", "da") -> "Sideliggende".

    An unknown code is returned as it is, so a newer file never blanks a screen.
    """
    texts = VOCABULARIES[kind].get(code)
    return pick(texts, lang) if texts else code
