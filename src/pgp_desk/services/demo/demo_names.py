"""Fictional Danish and Norwegian names for the demo clinic (common names, no real people)."""

DANISH_FIRST = (
    "Anne", "Mette", "Camilla", "Louise", "Sofie", "Ida", "Emma", "Julie", "Maja", "Freja",
    "Cecilie", "Line", "Signe", "Sara", "Astrid", "Karoline", "Mathilde", "Nanna", "Rikke",
    "Trine", "Søs", "Åse", "Bodil", "Birgitte", "Dorthe", "Helle", "Pernille", "Stine",
    "Tove", "Ærtebjørg", "Sørine", "Lærke", "Klara", "Agnes", "Asta", "Esther", "Marie",
    "Nørgaard-Line", "Rosa", "Viktoria",
)
DANISH_LAST = (
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
    "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
    "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Østergaard",
    "Bækgaard", "Løvgreen", "Kjær", "Dalsgård", "Højgaard", "Lund", "Frederiksen",
    "Ærø", "Skovgård", "Bøgh", "Nørregaard",
)
NORWEGIAN_FIRST = (
    "Ingrid", "Kari", "Nora", "Sofie", "Emma", "Ida", "Thea", "Ingeborg", "Sigrid", "Hanne",
    "Marit", "Solveig", "Åshild", "Ragnhild", "Tuva", "Live", "Maren", "Synnøve", "Bjørg",
    "Gunvor", "Eirin", "Silje", "Tiril", "Vilde", "Åsne", "Kjersti", "Randi", "Tone",
)
NORWEGIAN_LAST = (
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
    "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
    "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Lie",
    "Bråten", "Solberg", "Sæther", "Strøm", "Håland", "Ødegård", "Aasen", "Bøe", "Grønli",
)
DANISH_TOWNS = (
    ("2100", "København Ø"), ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg"),
    ("7100", "Vejle"), ("4000", "Roskilde"), ("6700", "Esbjerg"), ("8600", "Silkeborg"),
)
NORWEGIAN_TOWNS = (
    ("0150", "Oslo"), ("5003", "Bergen"), ("7010", "Trondheim"), ("4006", "Stavanger"),
    ("9008", "Tromsø"), ("3015", "Drammen"),
)
STREETS_DA = ("Vestergade", "Østerbrogade", "Søndergade", "Nørrebrogade", "Åboulevarden",
              "Skovvej", "Kærvej", "Bøgevej", "Rosenvænget")
STREETS_NB = ("Storgata", "Kirkeveien", "Bjørnstjerne Bjørnsons gate", "Skogveien",
              "Sjøgata", "Åsveien", "Bakkegata")
# The demo clinic's fictional people: user name, full name, profession, authorisation ID
# (shaped like a real one, belonging to nobody), roles. All share DEMO_PASSWORD.
PEOPLE = (
    ("mette", "Mette Holm Sørensen", "physiotherapist_specialist", "0C25Q",
     ("admin", "therapist")),
    ("jonas", "Jonas Bækgaard", "physiotherapist", "7HK3B", ("therapist",)),
    ("ingrid", "Ingrid Håland", "physiotherapist", "9047312", ("therapist",)),
    ("sofie", "Sofie Lund Madsen", "secretary", "", ("secretary",)),
)
DEMO_PASSWORD = "pgpdesk-demo"
DEMO_ADMINISTRATOR = "mette"
REFERRALS_DA = ("Egen læge", "Jordemoder", "Hospital", "Egen henvendelse")
REFERRALS_NB = ("Fastlege", "Jordmor", "Sykehus", "Egen henvendelse")
GPS = ("Lægerne på Torvet", "Lægehuset Åbyhøj", "Legesenteret Grünerløkka",
       "Lægeklinikken Østergade")
