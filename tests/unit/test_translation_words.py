"""The Danish and Norwegian screens speak as one clinic would: one word for the person
treated (the screens say patient/pasient; "klient" on a few of them read as another
product), and Norwegian in Bokmål, never a Danish spelling left from copying."""

from __future__ import annotations

import re

import pytest
from test_translations import translations

# The word each language's screens use for the person treated, and the one they do not.
PERSON_TREATED = {"da": ("patient", re.compile(r"\bklient", re.IGNORECASE)),
                  "nb": ("pasient", re.compile(r"\bklient", re.IGNORECASE))}

# Danish spellings that Bokmål writes otherwise (af/av, efter/etter, uge/uke, nu/nå,
# hvad/hva, gem/lagre, bruger/bruker, adgangskode/passord, mig/meg, sig/seg …).
DANISH_ONLY = re.compile(
    r"\b(af|efter|uge|uger|nu|hvad|gem|gemt|gemme|bruger\w*|adgangskode\w*|mig|dig|sig|"
    r"sikkerhedskopi\w*|venligst|øjeblik|sygemeld\w*|hjælp|udskriv\w*|oplysning\w*|"
    r"undersøgelse\w*|ændr\w*|fejl|bliver|læs\w*)\b", re.IGNORECASE)


@pytest.mark.parametrize("lang", ["da", "nb"])
def test_one_word_for_the_person_treated(lang: str) -> None:
    word, other = PERSON_TREATED[lang]
    texts = translations(lang)
    assert any(word in text.lower() for text in texts.values())
    assert sorted(f"{source!r} → {text!r}" for source, text in texts.items()
                  if other.search(text)) == []


def test_the_check_knows_danish_when_it_sees_it() -> None:
    danish = " ".join(translations("da").values())
    assert len(set(m.lower() for m in DANISH_ONLY.findall(danish))) > 10


def test_norwegian_has_no_danish_spelling() -> None:
    assert sorted(f"{source!r} → {text!r}" for source, text in translations("nb").items()
                  if DANISH_ONLY.search(text)) == []
