"""The stage of pregnancy in words, as clinicians write it in each language.

Danish "uge 24+3", Norwegian "uke 24+3", English "week 24+3"; after birth
"8 uger efter fødsel" / "8 uker etter fødsel" / "8 weeks after birth" for the first year
(the postpartum period CLINICAL.md covers), then months, and years after the second year:
nobody counts "195 uger efter fødsel".
"""

from __future__ import annotations

from pgp_desk.domain.pregnancy import Stage

_WEEK = {"da": "uge", "nb": "uke", "en": "week"}
_TRIMESTER = {"da": "{n}. trimester", "nb": "{n}. trimester", "en": "trimester {n}"}
_AFTER = {
    "da": ("{n} uge efter fødsel", "{n} uger efter fødsel", "{n} dage efter fødsel",
           "1 dag efter fødsel"),
    "nb": ("{n} uke etter fødsel", "{n} uker etter fødsel", "{n} dager etter fødsel",
           "1 dag etter fødsel"),
    "en": ("{n} week after birth", "{n} weeks after birth", "{n} days after birth",
           "1 day after birth"),
}
# Not "fødselsdag", which reads as a birthday.
_DAY_OF_BIRTH = {"da": "dagen for fødslen", "nb": "dagen for fødselen", "en": "day of birth"}
_LATER = {
    "da": ("{n} måneder efter fødsel", "{n} år efter fødsel"),
    "nb": ("{n} måneder etter fødsel", "{n} år etter fødsel"),
    "en": ("{n} months after birth", "{n} years after birth"),
}
WEEKS_SHOWN = 52  # "52 uger efter fødsel", then "12 måneder …"
DAYS_PER_MONTH = 365.25 / 12


def _lang(lang: str) -> str:
    return lang if lang in _WEEK else "en"


def stage_label(stage: Stage | None, lang: str = "da") -> str:
    """Short label: "uge 24+3" in pregnancy, "8 uger efter fødsel" after; "" when unknown."""
    lang = _lang(lang)
    if stage is None:
        return ""
    if stage.gestation is not None:
        return f"{_WEEK[lang]} {stage.gestation}"
    assert stage.postpartum is not None
    weeks, days = stage.postpartum.weeks, stage.postpartum.days
    one_week, n_weeks, n_days, one_day = _AFTER[lang]
    if weeks == 0:
        if days == 0:
            return _DAY_OF_BIRTH[lang]
        return one_day if days == 1 else n_days.format(n=days)
    if weeks <= WEEKS_SHOWN:
        return (one_week if weeks == 1 else n_weeks).format(n=weeks)
    months_text, years_text = _LATER[lang]
    total = stage.postpartum.total_days
    if total < 2 * 365:
        return months_text.format(n=min(23, int(total // DAYS_PER_MONTH)))
    return years_text.format(n=total // 365)


def stage_long_label(stage: Stage | None, lang: str = "da") -> str:
    """Label with the trimester in pregnancy: "uge 24+3 · 2. trimester"."""
    label = stage_label(stage, lang)
    if stage is not None and stage.trimester is not None:
        return f"{label} · {_TRIMESTER[_lang(lang)].format(n=stage.trimester)}"
    return label
