"""Words the assessment report service adds around the findings, in da, nb and en."""

from __future__ import annotations

from pgp_desk.domain.i18n import pick

_TEXTS: dict[str, dict[str, str]] = {
    "positive_tests": {
        "da": "Positive provokationstest: {n} af {tested} udførte ({list}).",
        "nb": "Positive provokasjonstester: {n} av {tested} utførte ({list}).",
        "en": "Positive provocation tests: {n} of {tested} performed ({list}).",
    },
    "no_positive_tests": {
        "da": "Ingen positive provokationstest ({tested} udført).",
        "nb": "Ingen positive provokasjonstester ({tested} utført).",
        "en": "No positive provocation tests ({tested} performed).",
    },
    "aslr_sum": {
        "da": "ASLR-sum {sum}/10.",
        "nb": "ASLR-sum {sum}/10.",
        "en": "ASLR sum {sum}/10.",
    },
    "aslr_compression": {
        "da": "ASLR-sum {sum}/10, med bækkenkompression {compressed}/10.",
        "nb": "ASLR-sum {sum}/10, med bekkenkompresjon {compressed}/10.",
        "en": "ASLR sum {sum}/10, with pelvic compression {compressed}/10.",
    },
    "with_compression": {
        "da": "med kompression: {value}",
        "nb": "med kompresjon: {value}",
        "en": "with compression: {value}",
    },
    "aslr_metric": {"da": "ASLR sum", "nb": "ASLR sum", "en": "ASLR sum"},
    "positive_metric": {
        "da": "Positive provokationstest", "nb": "Positive provokasjonstester",
        "en": "Positive provocation tests",
    },
    "course": {"da": "forløb {values}", "nb": "forløp {values}", "en": "course {values}"},
    "lower_better": {"da": "lavere er bedre", "nb": "lavere er bedre",
                     "en": "lower is better"},
    "higher_better": {"da": "højere er bedre", "nb": "høyere er bedre",
                      "en": "higher is better"},
    "addendum": {
        "da": "Tillæg {date} ({author}): {text}",
        "nb": "Tillegg {date} ({author}): {text}",
        "en": "Addendum {date} ({author}): {text}",
    },
    "draft": {
        "da": "UDKAST – ikke signeret",
        "nb": "UTKAST – ikke signert",
        "en": "DRAFT – not signed",
    },
}


def text(key: str, lang: str, **values: object) -> str:
    return pick(_TEXTS[key], lang).format(**values)
