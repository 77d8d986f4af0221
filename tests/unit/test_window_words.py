"""Windows speak to the people using them: no window names a command-line command.

The clinician and the clinic's administrator never type commands; IT does. A window says
what to do in words (and whom to ask); the README lists the commands for IT. Two kinds of
text may name a command because IT reads them: the services' sentences ("ServiceErrors",
which the command line prints too) and the connection window, where IT sets up a
workstation.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest

from pgp_desk.resources import resource_path

FOR_IT = {"ServiceErrors", "ConnectionDialog"}
COMMAND = re.compile(r"pgp-desk\s+[a-z]|(?<![\w-])--[a-z]")


@pytest.mark.parametrize("lang", ["da", "nb"])
def test_no_window_names_a_command(lang: str) -> None:
    root = ElementTree.parse(resource_path("i18n", f"pgp_desk_{lang}.ts")).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        if name in FOR_IT:
            continue
        for message in context.iter("message"):
            for text in (message.findtext("source") or "", message.findtext("translation") or ""):
                if COMMAND.search(text):
                    found.append(f"{name}: {text}")
    assert found == []
