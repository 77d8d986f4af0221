"""Fill the Danish and Norwegian Bokmål UI translations in resources/i18n/*.ts.

Run after ``scripts/update-translations.sh``: lupdate adds new tr() strings as unfinished;
this fills every unfinished message it has a translation for, and lists the rest so a
translator can add them to the tables below. Finished translations are left alone unless
``--overwrite`` is given (then the tables win). The file is written back in lupdate's own
layout, so a later lupdate run gives a small diff.

lupdate misses some strings the app does translate (tr() inside f-strings, e.g.
ui/assessment/form_header.py; small ``_t(text)`` wrappers around translate()); they are
found in the code and added, so the Danish and Norwegian UI still shows them translated.
The next lupdate run drops them again ("obsolete"), so run this script after every lupdate.

    python scripts/fill_translations.py [--overwrite] [--check]
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "pgp_desk" / "ui"
LANGS = {"da": 0, "nb": 1}

# source -> (Danish, Norwegian Bokmål)
T: dict[str, tuple[str, str]] = {
    # --- pain map (kept from the pain-map widget's own translation pass) -------------------
    "Earlier": ("Tidligere", "Tidligere"),
    "Now": ("Nu", "Nå"),
    "Pain intensity 0 to 10": ("Smerteintensitet 0 til 10", "Smerteintensitet 0 til 10"),
    "(not described)": ("(ikke beskrevet)", "(ikke beskrevet)"),
    "Clear": ("Ryd", "Fjern"),
    "Remove the mark from this region": ("Fjern markeringen fra dette område",
                                         "Fjern markeringen fra dette området"),
    "Done": ("Færdig", "Ferdig"),
    "&Pain (0 = none, 10 = worst imaginable)": ("&Smerte (0 = ingen, 10 = værst tænkelige)",
                                                "&Smerte (0 = ingen, 10 = verst tenkelige)"),
    "&Quality": ("Smertens &karakter", "Smertens &karakter"),
    "Not marked yet: choose the pain, then Enter": (
        "Ikke markeret endnu: vælg smerten, og tryk Enter",
        "Ikke markert ennå: velg smerten, og trykk Enter"),
    "Marked: asked, no pain here": ("Markeret: spurgt, ingen smerte her",
                                    "Markert: spurt, ingen smerte her"),
    "Marked: pain %1 of 10": ("Markeret: smerte %1 af 10", "Markert: smerte %1 av 10"),
    "Pain": ("Smerte", "Smerte"),
    "Shaded": ("Skraveret", "Skravert"),
    "Colour of a region by its pain score (0 = no pain, 10 = worst imaginable); blue shading "
    "is drawn by hand": (
        "Områdets farve viser smertescoren (0 = ingen smerte, 10 = værst tænkelige); "
        "blå skravering er tegnet i hånden",
        "Områdets farge viser smertescoren (0 = ingen smerte, 10 = verst tenkelige); "
        "blå skravering er tegnet for hånd"),
    "Not marked": ("Ikke markeret", "Ikke markert"),
    "Pain %1 of 10": ("Smerte %1 af 10", "Smerte %1 av 10"),
    "no pain": ("ingen smerte", "ingen smerte"),
    "Nothing marked yet. Click a region to give it a pain score, or choose the brush to shade "
    "where it hurts.": (
        "Intet markeret endnu. Klik på et område for at give det en smertescore, eller vælg "
        "penslen og skravér, hvor det gør ondt.",
        "Ingenting markert ennå. Klikk på et område for å gi det en smertescore, eller velg "
        "penselen og skraver der det gjør vondt."),
    "none": ("ingen", "ingen"),
    "Marked regions": ("Markerede områder", "Markerte områder"),
    "Shading covers": ("Skraveringen dækker", "Skraveringen dekker"),
    "Shaded share of the body": ("Skraveret andel af kroppen", "Skravert andel av kroppen"),
    "New pain": ("Ny smerte", "Ny smerte"),
    "No longer painful": ("Ikke længere smerte", "Ikke lenger smerte"),
    "Intensity": ("Intensitet", "Intensitet"),
    "Quality": ("Karakter", "Karakter"),
    "No change in the pain map since the earlier assessment.": (
        "Ingen ændring i smertetegningen siden den tidligere undersøgelse.",
        "Ingen endring i smertetegningen siden forrige undersøkelse."),
    "Bold: a change of 2 or more points (clinically important).": (
        "Fed skrift: en ændring på 2 point eller mere (klinisk betydende).",
        "Fet skrift: en endring på 2 poeng eller mer (klinisk viktig)."),
    "Front": ("Forfra", "Forfra"),
    "Back": ("Bagfra", "Bakfra"),
    "Client's left": ("Klientens venstre", "Klientens venstre"),
    "Client's right": ("Klientens højre", "Klientens høyre"),
    "Pain map: front and back of the body": ("Smertetegning: kroppen forfra og bagfra",
                                             "Smertetegning: kroppen forfra og bakfra"),
    "Mark regions": ("Markér områder", "Marker områder"),
    "Click a region to give it a pain score and a quality (M)": (
        "Klik på et område for at give det en smertescore og en karakter (M)",
        "Klikk på et område for å gi det en smertescore og en karakter (M)"),
    "Brush": ("Pensel", "Pensel"),
    "Shade where it hurts, freehand (B)": ("Skravér i frihånd, hvor det gør ondt (B)",
                                           "Skraver på frihånd der det gjør vondt (B)"),
    "Eraser": ("Viskelæder", "Viskelær"),
    "Rub out shading (E)": ("Visk skravering ud (E)", "Visk ut skravering (E)"),
    "&Width": ("&Bredde", "&Bredde"),
    "Width of the brush and the eraser": ("Bredde på pensel og viskelæder",
                                          "Bredde på pensel og viskelær"),
    "Undo": ("Fortryd", "Angre"),
    "Take back the last change (Ctrl+Z)": ("Fortryd den seneste ændring (Ctrl+Z)",
                                           "Angre den siste endringen (Ctrl+Z)"),

    # --- shared words ----------------------------------------------------------------------
    "Save": ("Gem", "Lagre"),
    "Cancel": ("Annuller", "Avbryt"),
    "Close": ("Luk", "Lukk"),
    "Open": ("Åbn", "Åpne"),
    "Yes": ("Ja", "Ja"),
    "No": ("Nej", "Nei"),
    "None": ("Intet", "Ingen"),
    "Name": ("Navn", "Navn"),
    "First name": ("Fornavn", "Fornavn"),
    "Last name": ("Efternavn", "Etternavn"),
    "Birth date": ("Fødselsdato", "Fødselsdato"),
    "CPR / fødselsnummer": ("CPR / fødselsnummer", "CPR / fødselsnummer"),
    "Phone": ("Telefon", "Telefon"),
    "Email": ("E-mail", "E-post"),
    "Address": ("Adresse", "Adresse"),
    "Language": ("Sprog", "Språk"),
    "Handout language": ("Sprog i hjemmeprogram", "Språk i hjemmeprogram"),
    "GP": ("Egen læge", "Fastlege"),
    "Midwife": ("Jordemoder", "Jordmor"),
    "Consent": ("Samtykke", "Samtykke"),
    "Consent date": ("Samtykkedato", "Samtykkedato"),
    "Notes": ("Noter", "Notater"),
    "Note": ("Note", "Merknad"),
    "Date": ("Dato", "Dato"),
    "Type": ("Type", "Type"),
    "Status": ("Status", "Status"),
    "Stage": ("Stadie", "Stadium"),
    "Therapist": ("Terapeut", "Terapeut"),
    "PGQ": ("PGQ", "PGQ"),
    "NRS": ("NRS", "NRS"),
    "Pregnancy": ("Graviditet", "Svangerskap"),
    "New pregnancy": ("Ny graviditet", "Nytt svangerskap"),
    "New client": ("Ny klient", "Ny klient"),
    "Due %1": ("Termin %1", "Termin %1"),
    "born %1": ("født %1", "født %1"),
    "finished": ("afsluttet", "avsluttet"),
    "not recorded": ("ikke registreret", "ikke registrert"),
    "dd.mm.yyyy": ("dd.mm.åååå", "dd.mm.åååå"),
    "Not saved": ("Ikke gemt", "Ikke lagret"),
    "Draft": ("Kladde", "Utkast"),
    "Signed": ("Signeret", "Signert"),
    "Issued": ("Udleveret", "Utlevert"),
    "Bring back": ("Hent fra arkivet", "Hent fra arkivet"),
    " (archived)": (" (arkiveret)", " (arkivert)"),
    "Programme": ("Program", "Program"),
    "Home programme": ("Hjemmeprogram", "Hjemmeprogram"),
    "Print handout": ("Udskriv hjemmeprogram", "Skriv ut hjemmeprogram"),
    "Save as PDF …": ("Gem som PDF …", "Lagre som PDF …"),
    "Save handout as PDF": ("Gem hjemmeprogram som PDF", "Lagre hjemmeprogram som PDF"),
    "PDF files (*.pdf)": ("PDF-filer (*.pdf)", "PDF-filer (*.pdf)"),
    "PDF (*.pdf)": ("PDF (*.pdf)", "PDF (*.pdf)"),
    "Preparing the preview …": ("Forbereder forhåndsvisningen …",
                                "Klargjør forhåndsvisningen …"),
    "Changed on another workstation": ("Ændret på en anden computer",
                                       "Endret på en annen datamaskin"),
    "Save mine over theirs": ("Gem min version over deres", "Lagre min versjon over deres"),
    "Use theirs": ("Brug deres", "Bruk deres"),
    "Keep editing": ("Fortsæt redigeringen", "Fortsett redigeringen"),
    "Unsaved changes": ("Ikke-gemte ændringer", "Ulagrede endringer"),
    "Follow-up": ("Opfølgning", "Oppfølging"),
    "Initial assessment": ("Førstegangsundersøgelse", "Førstegangsundersøkelse"),
    "Follow-up assessment": ("Opfølgende undersøgelse", "Oppfølgingsundersøkelse"),
    "History": ("Anamnese", "Anamnese"),
    "Red flags": ("Røde flag", "Røde flagg"),
    "Pain map": ("Smertetegning", "Smertetegning"),
    "Tests": ("Tests", "Tester"),
    "Pelvic tests": ("Bækkentests", "Bekkentester"),
    "Questionnaires": ("Spørgeskemaer", "Spørreskjemaer"),
    "Classification": ("Klassifikation", "Klassifisering"),
    "Plan": ("Plan", "Plan"),
    "same day": ("samme dag", "samme dag"),
    "refer": ("henvis", "henvis"),

    # --- main window and start-up -----------------------------------------------------------
    "DEMO CLINIC (fictional data)": ("DEMOKLINIK (fiktive data)",
                                     "DEMOKLINIKK (fiktive data)"),
    "&File": ("&Filer", "&Fil"),
    "Find client": ("Find klient", "Finn klient"),
    "Import clients …": ("Importér klienter …", "Importer klienter …"),
    "Clinic settings …": ("Klinikindstillinger …", "Klinikkinnstillinger …"),
    "Quit": ("Afslut", "Avslutt"),
    "Demo database": ("Demodatabase", "Demodatabase"),
    "Signed in as %1 · %2": ("Logget ind som %1 · %2", "Logget inn som %1 · %2"),
    "PGP Desk cannot start: %1": ("PGP Desk kan ikke starte: %1",
                                  "PGP Desk kan ikke starte: %1"),
    "Opening the database …": ("Åbner databasen …", "Åpner databasen …"),
    "Creating the demo clinic: %1 of %2 clients": (
        "Opretter demoklinikken: %1 af %2 klienter",
        "Oppretter demoklinikken: %1 av %2 klienter"),

    # --- client search and list -------------------------------------------------------------
    "Show archived": ("Vis arkiverede", "Vis arkiverte"),
    "Search name, birth date, phone or CPR number …": (
        "Søg på navn, fødselsdato, telefon eller CPR-nummer …",
        "Søk på navn, fødselsdato, telefon eller fødselsnummer …"),
    "Searching …": ("Søger …", "Søker …"),
    "No clients match the search.": ("Ingen klienter passer til søgningen.",
                                     "Ingen klienter passer til søket."),
    "No clients yet. Press “New client” to register the first.": (
        "Ingen klienter endnu. Tryk på “Ny klient” for at oprette den første.",
        "Ingen klienter ennå. Trykk på «Ny klient» for å registrere den første."),
    "Search failed: %1": ("Søgningen mislykkedes: %1", "Søket mislyktes: %1"),

    # --- client header and workspace --------------------------------------------------------
    "born %1 (%2 years)": ("født %1 (%2 år)", "født %1 (%2 år)"),
    "handouts in %1": ("hjemmeprogram på %1", "hjemmeprogram på %1"),
    "Danish": ("dansk", "dansk"),
    "Norwegian": ("norsk", "norsk"),
    "English": ("engelsk", "engelsk"),
    "no pregnancy recorded": ("ingen graviditet registreret", "ingen svangerskap registrert"),
    "Red flag: %1.": ("Rødt flag: %1.", "Rødt flagg: %1."),
    "Refer to the midwife or doctor before exercise.": (
        "Henvis til jordemoder eller læge før træning.",
        "Henvis til jordmor eller lege før trening."),
    "← Clients": ("← Klienter", "← Klienter"),
    "Edit details": ("Redigér oplysninger", "Rediger opplysninger"),
    "Archive": ("Arkivér", "Arkiver"),
    "Export data": ("Eksportér data", "Eksporter data"),
    "Erase …": ("Slet …", "Slett …"),
    "Print handout …": ("Udskriv hjemmeprogram …", "Skriv ut hjemmeprogram …"),
    "<b>Pregnancies</b>": ("<b>Graviditeter</b>", "<b>Svangerskap</b>"),
    "<b>Timeline</b>": ("<b>Tidslinje</b>", "<b>Tidslinje</b>"),
    "Overview": ("Overblik", "Oversikt"),
    "Assessments": ("Undersøgelser", "Undersøkelser"),
    "No pregnancy recorded: press “New pregnancy”.": (
        "Ingen graviditet registreret: tryk på “Ny graviditet”.",
        "Ingen svangerskap registrert: trykk på «Nytt svangerskap»."),
    "Cannot open client": ("Klienten kan ikke åbnes", "Klienten kan ikke åpnes"),
    "Export client data": ("Eksportér klientdata", "Eksporter klientdata"),
    "JSON (*.json)": ("JSON (*.json)", "JSON (*.json)"),
    "Exported": ("Eksporteret", "Eksportert"),
    "Saved %1 and a readable summary %2.": (
        "Gemte %1 og et læsevenligt resumé %2.",
        "Lagret %1 og et lesbart sammendrag %2."),
    "Export failed": ("Eksporten mislykkedes", "Eksporten mislyktes"),
    "Erase client": ("Slet klient", "Slett klient"),
    "This removes all personal data and clinical records of %1 for good. The audit trail is "
    "kept without personal data. Check first that the duty to keep patient records does not "
    "apply.\n\nType the client's full name to confirm:": (
        "Dette sletter alle personoplysninger og al journalføring om %1 for altid. Loggen over "
        "handlinger bevares uden personoplysninger. Kontrollér først, at pligten til at "
        "opbevare patientjournaler ikke gælder.\n\nSkriv klientens fulde navn for at bekræfte:",
        "Dette sletter alle personopplysninger og all journalføring om %1 for godt. Loggen over "
        "handlinger beholdes uten personopplysninger. Kontroller først at plikten til å "
        "oppbevare pasientjournaler ikke gjelder.\n\nSkriv klientens fulle navn for å "
        "bekrefte:"),
    "Not erased": ("Ikke slettet", "Ikke slettet"),
    "There is no home programme yet: build one in the Programme tab first.": (
        "Der er endnu intet hjemmeprogram: sammensæt først et under fanen Program.",
        "Det finnes ikke noe hjemmeprogram ennå: sett først sammen et i fanen Program."),

    # --- timeline ---------------------------------------------------------------------------
    "What": ("Hvad", "Hva"),
    "Pregnancy registered": ("Graviditet registreret", "Svangerskap registrert"),
    "Handout issued": ("Hjemmeprogram udleveret", "Hjemmeprogram utlevert"),
    "ongoing": ("i gang", "pågår"),
    "draft": ("kladde", "utkast"),
    "signed": ("signeret", "signert"),
    "issued": ("udleveret", "utlevert"),
    "Nothing recorded yet": ("Intet registreret endnu", "Ingenting registrert ennå"),
    "Double-click to see or reprint the exact copy she was given": (
        "Dobbeltklik for at se eller genudskrive den nøjagtige kopi, hun fik",
        "Dobbeltklikk for å se eller skrive ut på nytt nøyaktig den kopien hun fikk"),

    # --- client editor and conflicts --------------------------------------------------------
    "Edit client": ("Redigér klient", "Rediger klient"),
    "optional: CPR or fødselsnummer": ("valgfrit: CPR eller fødselsnummer",
                                       "valgfritt: CPR eller fødselsnummer"),
    "Consent to store data given on": ("Samtykke til opbevaring af data givet den",
                                       "Samtykke til lagring av data gitt"),
    "The client was not saved: %1": ("Klienten blev ikke gemt: %1",
                                     "Klienten ble ikke lagret: %1"),
    "Someone saved this client on another workstation after you opened it. These fields "
    "differ. Choose which version to keep; nothing is saved until you do.": (
        "Nogen har gemt denne klient på en anden computer, efter du åbnede den. Disse felter "
        "er forskellige. Vælg, hvilken version der skal beholdes; intet gemmes, før du har "
        "valgt.",
        "Noen har lagret denne klienten på en annen datamaskin etter at du åpnet den. Disse "
        "feltene er forskjellige. Velg hvilken versjon som skal beholdes; ingenting lagres før "
        "du har valgt."),
    "Someone saved this pregnancy on another workstation after you opened it. These fields "
    "differ. Choose which version to keep; nothing is saved until you do.": (
        "Nogen har gemt dette graviditetsforløb på en anden computer, efter du åbnede det. "
        "Disse felter er forskellige. Vælg, hvilken version der skal beholdes; intet gemmes, "
        "før du har valgt.",
        "Noen har lagret dette svangerskapet på en annen datamaskin etter at du åpnet det. "
        "Disse feltene er forskjellige. Velg hvilken versjon som skal beholdes; ingenting "
        "lagres før du har valgt."),
    "Someone saved the clinic's details on another workstation after you opened them. These "
    "fields differ. Choose which version to keep; nothing is saved until you do.": (
        "Nogen har gemt klinikkens oplysninger på en anden computer, efter du åbnede dem. "
        "Disse felter er forskellige. Vælg, hvilken version der skal beholdes; intet gemmes, "
        "før du har valgt.",
        "Noen har lagret klinikkens opplysninger på en annen datamaskin etter at du åpnet dem. "
        "Disse feltene er forskjellige. Velg hvilken versjon som skal beholdes; ingenting "
        "lagres før du har valgt."),
    "(image)": ("(billede)", "(bilde)"),
    "Field": ("Felt", "Felt"),
    "Saved by the other workstation": ("Gemt på den anden computer",
                                       "Lagret på den andre datamaskinen"),
    "Yours": ("Din", "Din"),

    # --- pregnancy (episode) editor ---------------------------------------------------------
    "dd.mm.yyyy, when the baby is born": ("dd.mm.åååå, når barnet er født",
                                          "dd.mm.åååå, når barnet er født"),
    "Course finished": ("Forløb afsluttet", "Forløp avsluttet"),
    "Due date": ("Termin", "Termindato"),
    "Birth date of the baby": ("Barnets fødselsdato", "Barnets fødselsdato"),
    "Stage today": ("Stadie i dag", "Stadium i dag"),
    "Earlier births (parity)": ("Tidligere fødsler (paritet)", "Tidligere fødsler (paritet)"),
    "PGP in an earlier pregnancy": ("Bækkensmerter i en tidligere graviditet",
                                    "Bekkenleddsmerter i et tidligere svangerskap"),
    "Pain began in week": ("Smerterne begyndte i uge", "Smertene begynte i uke"),
    "Referred by": ("Henvist af", "Henvist av"),

    # --- clinic settings --------------------------------------------------------------------
    "Clinic settings": ("Klinikindstillinger", "Klinikkinnstillinger"),
    "No logo": ("Intet logo", "Ingen logo"),
    "Choose logo …": ("Vælg logo …", "Velg logo …"),
    "Remove logo": ("Fjern logo", "Fjern logo"),
    "Clinic name": ("Klinikkens navn", "Klinikkens navn"),
    "Logo": ("Logo", "Logo"),
    "Default handout language": ("Standardsprog i hjemmeprogrammer",
                                 "Standardspråk i hjemmeprogrammer"),
    "Paper size": ("Papirstørrelse", "Papirstørrelse"),
    "These details head every handout and report.": (
        "Oplysningerne står øverst på alle hjemmeprogrammer og rapporter.",
        "Opplysningene står øverst på alle hjemmeprogrammer og rapporter."),
    "Only an administrator can change the clinic's details.": (
        "Kun en administrator kan ændre klinikkens oplysninger.",
        "Bare en administrator kan endre klinikkens opplysninger."),
    "Choose logo": ("Vælg logo", "Velg logo"),
    "Images (*.png *.jpg *.jpeg)": ("Billeder (*.png *.jpg *.jpeg)",
                                    "Bilder (*.png *.jpg *.jpeg)"),
    "This file is not a PNG or JPEG image.": ("Filen er ikke et PNG- eller JPEG-billede.",
                                              "Filen er ikke et PNG- eller JPEG-bilde."),

    # --- import -----------------------------------------------------------------------------
    "Import clients": ("Importér klienter", "Importer klienter"),
    "Choose a CSV file exported from another system (UTF-8 or Windows-1252, separated by ; or "
    ",). The whole file is checked first; clients are imported only when no row has a problem, "
    "and then all at once.": (
        "Vælg en CSV-fil, der er eksporteret fra et andet system (UTF-8 eller Windows-1252, "
        "adskilt med ; eller ,). Hele filen kontrolleres først; klienterne importeres kun, hvis "
        "ingen rækker har problemer, og så alle på én gang.",
        "Velg en CSV-fil eksportert fra et annet system (UTF-8 eller Windows-1252, skilt med ; "
        "eller ,). Hele filen kontrolleres først; klientene importeres bare hvis ingen rader har "
        "problemer, og da alle på én gang."),
    "No file chosen": ("Ingen fil valgt", "Ingen fil valgt"),
    "Choose file …": ("Vælg fil …", "Velg fil …"),
    "Detect automatically": ("Genkend automatisk", "Gjenkjenn automatisk"),
    "Leave out clients who are already registered": (
        "Spring klienter over, der allerede er oprettet",
        "Hopp over klienter som allerede er registrert"),
    "File": ("Fil", "Fil"),
    "Character set": ("Tegnsæt", "Tegnsett"),
    "Line": ("Linje", "Linje"),
    "Problem": ("Problem", "Problem"),
    "Import": ("Importér", "Importer"),
    "CSV files (*.csv *.txt);;All files (*)": ("CSV-filer (*.csv *.txt);;Alle filer (*)",
                                               "CSV-filer (*.csv *.txt);;Alle filer (*)"),
    "Checking the file …": ("Kontrollerer filen …", "Kontrollerer filen …"),
    "%1 client rows read (%2).": ("%1 klientrækker læst (%2).", "%1 klientrader lest (%2)."),
    "There is nobody to import.": ("Der er ingen at importere.", "Det er ingen å importere."),
    "Columns used: %1": ("Anvendte kolonner: %1", "Kolonner som brukes: %1"),
    "Ignored: %1": ("Ignoreret: %1", "Ignorert: %1"),
    "The file cannot be imported: %1": ("Filen kan ikke importeres: %1",
                                        "Filen kan ikke importeres: %1"),
    "Stop": ("Stop", "Stopp"),
    "Importing …": ("Importerer …", "Importerer …"),
    "The import was stopped. Nothing was imported.": (
        "Importen blev stoppet. Intet blev importeret.",
        "Importen ble stoppet. Ingenting ble importert."),
    "Nothing was imported: %1": ("Intet blev importeret: %1", "Ingenting ble importert: %1"),
    "Stopping …": ("Stopper …", "Stopper …"),
    "Row": ("Række", "Rad"),
    "The same CPR / fødselsnummer as line %1.": ("Samme CPR / fødselsnummer som linje %1.",
                                                 "Samme CPR / fødselsnummer som linje %1."),
    "The same name and birth date as line %1.": ("Samme navn og fødselsdato som linje %1.",
                                                 "Samme navn og fødselsdato som linje %1."),
    "Already registered as client %1 (same CPR / fødselsnummer).": (
        "Allerede oprettet som klient %1 (samme CPR / fødselsnummer).",
        "Allerede registrert som klient %1 (samme CPR / fødselsnummer)."),
    "Already registered as client %1 (same name and birth date).": (
        "Allerede oprettet som klient %1 (samme navn og fødselsdato).",
        "Allerede registrert som klient %1 (samme navn og fødselsdato)."),
    "It will be left out.": ("Klienten springes over.", "Klienten hoppes over."),
    "More values than columns: a separator inside a value must be in quotes.": (
        "Flere værdier end kolonner: et skilletegn inde i en værdi skal stå i anførselstegn.",
        "Flere verdier enn kolonner: et skilletegn inne i en verdi må stå i anførselstegn."),
    "Too long for this field.": ("For langt til dette felt.", "For langt for dette feltet."),
    "One digit short: a spreadsheet may have dropped the leading 0.": (
        "Mangler ét ciffer: et regneark kan have fjernet det foranstillede 0.",
        "Mangler ett siffer: et regneark kan ha fjernet 0-en foran."),
    "Write da, nb or en (Danish, Norwegian, English).": (
        "Skriv da, nb eller en (dansk, norsk, engelsk).",
        "Skriv da, nb eller en (dansk, norsk, engelsk)."),

    # --- assessments list -------------------------------------------------------------------
    "New initial assessment": ("Ny førstegangsundersøgelse", "Ny førstegangsundersøkelse"),
    "New follow-up": ("Ny opfølgning", "Ny oppfølging"),
    "Cannot list assessments": ("Undersøgelserne kan ikke vises",
                                "Undersøkelsene kan ikke vises"),
    "red flag": ("rødt flag", "rødt flagg"),
    "Initial": ("Førstegang", "Førstegang"),
    "No assessment in this pregnancy yet: start with “New initial assessment”.": (
        "Ingen undersøgelse i denne graviditet endnu: start med “Ny førstegangsundersøgelse”.",
        "Ingen undersøkelse i dette svangerskapet ennå: start med "
        "«Ny førstegangsundersøkelse»."),
    "Record a pregnancy first (“New pregnancy”).": (
        "Registrér først en graviditet (“Ny graviditet”).",
        "Registrer først et svangerskap («Nytt svangerskap»)."),
    "Cannot open assessment": ("Undersøgelsen kan ikke åbnes", "Undersøkelsen kan ikke åpnes"),

    # --- assessment form --------------------------------------------------------------------
    "Plan and notes": ("Plan og noter", "Plan og notater"),
    "Progress": ("Udvikling", "Utvikling"),
    "Ctrl+%1": ("Ctrl+%1", "Ctrl+%1"),
    "%1 by %2": ("%1 af %2", "%1 av %2"),
    "Assessment – %1 – %2": ("Undersøgelse – %1 – %2", "Undersøkelse – %1 – %2"),
    "  · %1 positive": ("  · %1 positive", "  · %1 positive"),
    "Draft kept on this computer %1": ("Kladde gemt på denne computer kl. %1",
                                       "Utkast lagret på denne datamaskinen kl. %1"),
    "Unsaved changes from %1 were found on this computer: PGP Desk closed before they were "
    "saved.": (
        "Der er fundet ændringer fra %1 på denne computer, som ikke blev gemt: PGP Desk blev "
        "lukket, før de blev gemt.",
        "Det ble funnet endringer fra %1 på denne datamaskinen som ikke ble lagret: PGP Desk "
        "ble lukket før de ble lagret."),
    "The assessment has been saved since; restoring replaces those changes when you save.": (
        "Undersøgelsen er gemt siden; gendanner du, erstatter det de ændringer, når du gemmer.",
        "Undersøkelsen er lagret siden; gjenoppretter du, erstattes de endringene når du "
        "lagrer."),
    "Saving…": ("Gemmer…", "Lagrer…"),
    "Saved %1": ("Gemt kl. %1", "Lagret kl. %1"),
    "Not saved. Please check: %1": ("Ikke gemt. Kontrollér: %1", "Ikke lagret. Kontroller: %1"),
    "Sign the assessment": ("Signér undersøgelsen", "Signer undersøkelsen"),
    "After signing, the assessment cannot be changed. Corrections are added as addenda with "
    "your name and the time. Sign now?": (
        "Når undersøgelsen er signeret, kan den ikke ændres. Rettelser gemmes som tilføjelser "
        "med dit navn og tidspunktet. Vil du signere nu?",
        "Når undersøkelsen er signert, kan den ikke endres. Rettelser lagres som tillegg med "
        "ditt navn og tidspunktet. Vil du signere nå?"),
    "Signing…": ("Signerer…", "Signerer…"),
    "Add addendum": ("Ny tilføjelse", "Nytt tillegg"),
    "The correction or addition, saved with your name and the time:": (
        "Rettelsen eller tilføjelsen, som gemmes med dit navn og tidspunktet:",
        "Rettelsen eller tillegget, som lagres med ditt navn og tidspunktet:"),
    "Save the report": ("Gem rapporten", "Lagre rapporten"),
    "Writing the report…": ("Skriver rapporten…", "Skriver rapporten…"),
    "Report saved: %1": ("Rapporten er gemt: %1", "Rapporten er lagret: %1"),
    "Unsaved changes to this programme from %1 were found on this computer: PGP Desk closed "
    "before they were saved.": (
        "Der blev fundet ændringer i programmet fra %1 på denne computer, som ikke blev gemt, "
        "fordi PGP Desk lukkede.",
        "Det ble funnet endringer i programmet fra %1 på denne datamaskinen som ikke ble "
        "lagret, fordi PGP Desk lukket."),
    "The programme has been saved since; restoring replaces those changes when you save.": (
        "Programmet er gemt siden; gendanner du, erstatter det de ændringer, når du gemmer.",
        "Programmet er lagret siden; gjenoppretter du, erstattes de endringene når du "
        "lagrer."),
    "Save the changes to this programme before closing?": (
        "Vil du gemme ændringerne i programmet, før du lukker?",
        "Vil du lagre endringene i programmet før du lukker?"),
    "Save the changes to this assessment before closing?": (
        "Vil du gemme ændringerne i undersøgelsen, før du lukker?",
        "Vil du lagre endringene i undersøkelsen før du lukker?"),

    # --- draft recovery -------------------------------------------------------------------
    "Records on this computer": ("Journaler på denne computer", "Journaler på denne datamaskinen"),
    "Clinic server %1": ("Klinikkens server %1", "Klinikkens server %1"),
    "This assessment": ("Denne undersøgelse", "Denne undersøkelsen"),
    "Unsaved work": ("Ikke-gemt arbejde", "Ulagret arbeid"),
    "PGP Desk closed before these assessments and programmes were saved. Open one to restore "
    "the unsaved changes, or leave them for later.": (
        "PGP Desk blev lukket, før disse undersøgelser og programmer blev gemt. Åbn en af dem "
        "for at gendanne ændringerne, eller lad dem vente til senere.",
        "PGP Desk ble lukket før disse undersøkelsene og programmene ble lagret. Åpne en av "
        "dem for å gjenopprette endringene, eller la dem vente til senere."),
    "programme": ("program", "program"),
    "new programme": ("nyt program", "nytt program"),
    "new assessment": ("ny undersøgelse", "ny undersøkelse"),
    "Later": ("Senere", "Senere"),

    # --- form header ------------------------------------------------------------------------
    "Save the assessment (Ctrl+S)": ("Gem undersøgelsen (Ctrl+S)",
                                     "Lagre undersøkelsen (Ctrl+S)"),
    "Sign…": ("Signér…", "Signer…"),
    "Sign and lock the assessment; later corrections are added as addenda": (
        "Signér og lås undersøgelsen; senere rettelser gemmes som tilføjelser",
        "Signer og lås undersøkelsen; senere rettelser lagres som tillegg"),
    "Add addendum…": ("Ny tilføjelse…", "Nytt tillegg…"),
    "Report PDF…": ("Rapport (PDF)…", "Rapport (PDF)…"),
    "The report for the GP or midwife": ("Rapporten til egen læge eller jordemoder",
                                         "Rapporten til fastlege eller jordmor"),
    "Restore the unsaved changes": ("Gendan ændringerne", "Gjenopprett endringene"),
    "Discard them": ("Kassér dem", "Forkast dem"),
    "stage unknown on this date": ("stadie ukendt på denne dato",
                                   "stadium ukjent på denne datoen"),
    "✓ Signed": ("✓ Signeret", "✓ Signert"),
    "New, not saved yet": ("Ny, ikke gemt endnu", "Ny, ikke lagret ennå"),

    # --- assessment conflict ----------------------------------------------------------------
    "someone": ("Nogen", "Noen"),
    "%1 saved this assessment on another workstation after you opened it.": (
        "%1 har gemt denne undersøgelse på en anden computer, efter du åbnede den.",
        "%1 har lagret denne undersøkelsen på en annen datamaskin etter at du åpnet den."),
    "They changed: %1.": ("Ændret: %1.", "Endret: %1."),
    "It is now signed, so your changes can only be added as an addendum.": (
        "Den er nu signeret, så dine ændringer kan kun gemmes som en tilføjelse.",
        "Den er nå signert, så endringene dine kan bare lagres som et tillegg."),
    "Keep your version (it replaces theirs in every section), or take theirs (your unsaved "
    "changes are dropped).": (
        "Behold din version (den erstatter deres i alle afsnit), eller tag deres (dine "
        "ændringer, som ikke er gemt, kasseres).",
        "Behold din versjon (den erstatter deres i alle deler), eller ta deres (endringene dine "
        "som ikke er lagret, forkastes)."),
    "Take theirs": ("Tag deres", "Ta deres"),

    # --- history ----------------------------------------------------------------------------
    "When, how long, what helped": ("Hvornår, hvor længe, hvad hjalp",
                                    "Når, hvor lenge, hva hjalp"),
    "Job, hours, physical demands": ("Arbejde, timer, fysiske krav",
                                     "Jobb, timer, fysiske krav"),
    "e.g. wakes when turning over": ("fx vågner, når hun vender sig",
                                     "f.eks. våkner når hun snur seg"),
    "In her own words: what she wants to be able to do": (
        "Med hendes egne ord: hvad hun gerne vil kunne",
        "Med hennes egne ord: hva hun ønsker å klare"),
    "Onset": ("Debut", "Debut"),
    "Worse with": ("Forværres ved", "Forverres ved"),
    "Earlier pelvic or low back pain": ("Tidligere bækken- eller lændesmerter",
                                        "Tidligere bekken- eller korsryggsmerter"),
    "Work": ("Arbejde", "Arbeid"),
    "Sick leave": ("Sygemelding", "Sykmelding"),
    "Sleep": ("Søvn", "Søvn"),
    "Risk factors": ("Risikofaktorer", "Risikofaktorer"),
    "Work and sleep": ("Arbejde og søvn", "Arbeid og søvn"),
    "The client's own goals": ("Klientens egne mål", "Klientens egne mål"),
    " weeks after": (" uger efter", " uker etter"),
    "week ": ("uge ", "uke "),

    # --- red flags --------------------------------------------------------------------------
    "Answer the rest “No”": ("Svar “Nej” til resten", "Svar «Nei» på resten"),
    "Sets every question not asked yet to No": (
        "Sætter alle spørgsmål, der ikke er stillet endnu, til Nej",
        "Setter alle spørsmål som ikke er stilt ennå, til Nei"),
    "Red flags: refer, do not treat": ("Røde flag: henvis, behandl ikke",
                                       "Røde flagg: henvis, ikke behandle"),
    "Contraindications to exercise": ("Kontraindikationer for træning",
                                      "Kontraindikasjoner mot trening"),
    "Exercise must not start until this is cleared.": (
        "Træningen må ikke begynde, før dette er afklaret.",
        "Treningen må ikke starte før dette er avklart."),
    "✓ All answered no: nothing stands in the way of exercise.": (
        "✓ Alle besvaret med nej: intet er til hinder for træning.",
        "✓ Alle besvart med nei: ingenting er til hinder for trening."),
    "⚠ Refer: do not start exercise": ("⚠ Henvis: start ikke træning",
                                       "⚠ Henvis: ikke start trening"),
    "What to do if the answer is yes": ("Hvad du skal gøre, hvis svaret er ja",
                                        "Hva du skal gjøre hvis svaret er ja"),
    "Not asked": ("Ikke spurgt", "Ikke spurt"),

    # --- pain map page ----------------------------------------------------------------------
    "Draw": ("Tegn", "Tegn"),
    "Compare with %1": ("Sammenlign med %1", "Sammenlign med %1"),
    "No earlier pain map in this pregnancy to compare with.": (
        "Ingen tidligere smertetegning i denne graviditet at sammenligne med.",
        "Ingen tidligere smertetegning i dette svangerskapet å sammenligne med."),

    # --- pelvic tests -----------------------------------------------------------------------
    "  … repeated with pelvic compression": ("  … gentaget med bækkenkompression",
                                             "  … gjentatt med bekkenkompresjon"),
    "Test": ("Test", "Test"),
    "Left": ("Venstre", "Venstre"),
    "Right": ("Højre", "Høyre"),
    "The client's own left and right side": ("Klientens egen venstre og højre side",
                                             "Klientens egen venstre og høyre side"),
    "Repeat the ASLR with pelvic compression": ("Gentag ASLR med bækkenkompression",
                                                "Gjenta ASLR med bekkenkompresjon"),
    "“%1” is not a value for this test.": ("“%1” er ikke en gyldig værdi for denne test.",
                                           "«%1» er ikke en gyldig verdi for denne testen."),
    "After birth: LDL graded 0-3": ("Efter fødslen: LDL graderes 0-3",
                                    "Etter fødselen: LDL graderes 0-3"),
    "Pregnant: LDL and symphysis by the 5-second rule": (
        "Gravid: LDL og symfyse efter 5-sekunders-reglen",
        "Gravid: LDL og symfyse etter 5-sekundersregelen"),
    "Keys: + positive · − or 0 negative · 0-3 LDL grade · 0-5 ASLR · Delete = not tested · "
    "Space opens the list · Tab and arrows move": (
        "Taster: + positiv · − eller 0 negativ · 0-3 LDL-grad · 0-5 ASLR · Delete = ikke "
        "testet · Mellemrum åbner listen · Tab og piletaster flytter",
        "Taster: + positiv · − eller 0 negativ · 0-3 LDL-grad · 0-5 ASLR · Delete = ikke "
        "testet · Mellomrom åpner listen · Tab og piltaster flytter"),
    "Keys: + positive · − or 0 negative · t tenderness (under 5 s) · 0-5 ASLR · Delete = not "
    "tested · Space opens the list · Tab and arrows move": (
        "Taster: + positiv · − eller 0 negativ · ø ømhed (under 5 s) · 0-5 ASLR · Delete = "
        "ikke testet · Mellemrum åbner listen · Tab og piletaster flytter",
        "Taster: + positiv · − eller 0 negativ · ø ømhet (under 5 s) · 0-5 ASLR · Delete = "
        "ikke testet · Mellomrom åpner listen · Tab og piltaster flytter"),
    "<b>Positive provocation tests: %1 of 6</b> (%2 sides; %3 tests done)": (
        "<b>Positive provokationstests: %1 af 6</b> (%2 sider; %3 tests udført)",
        "<b>Positive provokasjonstester: %1 av 6</b> (%2 sider; %3 tester utført)"),
    "ASLR sum: %1": ("ASLR-sum: %1", "ASLR-sum: %1"),
    ", with compression %1": (", med kompression %1", ", med kompresjon %1"),
    "LDL sum: %1": ("LDL-sum: %1", "LDL-sum: %1"),
    "Not tested": ("Ikke testet", "Ikke testet"),

    # --- questionnaires ---------------------------------------------------------------------
    "Not applicable": ("Ikke relevant", "Ikke aktuelt"),
    "Client fills in on screen…": ("Klienten udfylder på skærmen…",
                                   "Klienten fyller ut på skjermen…"),
    "The client will read the texts shown here, not the official questionnaire. Import the "
    "official wording for client use if your clinic has it.": (
        "Klienten læser de tekster, der vises her, ikke det officielle spørgeskema. Importér "
        "den officielle ordlyd til klientbrug, hvis klinikken har den.",
        "Klienten leser tekstene som vises her, ikke det offisielle spørreskjemaet. Importer "
        "den offisielle ordlyden til bruk for klienter hvis klinikken har den."),
    "Record the rest as “no”": ("Registrér resten som “nej”", "Registrer resten som «nei»"),
    "Every statement not ticked is recorded as no": (
        "Alle udsagn uden kryds registreres som nej",
        "Alle utsagn uten kryss registreres som nei"),
    "Short labels for entering the answers from the official form; they are not the "
    "questionnaire's wording.": (
        "Korte betegnelser til indtastning af svarene fra det officielle skema; de er ikke "
        "spørgeskemaets ordlyd.",
        "Korte betegnelser for å legge inn svarene fra det offisielle skjemaet; de er ikke "
        "spørreskjemaets ordlyd."),
    "PGP Desk's own paraphrase, not the validated wording: compare scores with published "
    "values only with care.": (
        "PGP Desks egen omskrivning, ikke den validerede ordlyd: sammenlign kun scorer med "
        "publicerede værdier med forsigtighed.",
        "PGP Desks egen omskrivning, ikke den validerte ordlyden: sammenlign skårer med "
        "publiserte verdier bare med forsiktighet."),
    "%1 of %2 answered": ("%1 af %2 besvaret", "%1 av %2 besvart"),
    "%1 not applicable": ("%1 ikke relevante", "%1 ikke aktuelle"),

    # --- classification ---------------------------------------------------------------------
    "PGP Desk suggests": ("PGP Desk foreslår", "PGP Desk foreslår"),
    "No findings yet": ("Ingen fund endnu", "Ingen funn ennå"),
    "Agree with the suggestion": ("Enig i forslaget", "Enig i forslaget"),
    "✎ Your choice differs from the suggestion": ("✎ Dit valg afviger fra forslaget",
                                                  "✎ Ditt valg avviker fra forslaget"),
    "Your classification": ("Din klassifikation", "Din klassifisering"),
    "How the suggestion is made": ("Sådan fremkommer forslaget", "Slik lages forslaget"),
    "A joint counts as confirmed when the client reports pain there on the pain map and at "
    "least one of its tests is positive:": (
        "Et led regnes som bekræftet, når klienten angiver smerte dér på smertetegningen, og "
        "mindst én af leddets tests er positiv:",
        "Et ledd regnes som bekreftet når klienten angir smerte der på smertetegningen, og "
        "minst én av leddets tester er positiv:"),

    # --- plan and notes ---------------------------------------------------------------------
    "One step per line, e.g.\nExplain the pain and everyday advice\nStabilising exercises\n"
    "Review in 3 weeks": (
        "Ét punkt pr. linje, fx\nForklaring af smerterne og råd til hverdagen\n"
        "Stabiliserende øvelser\nOpfølgning om 3 uger",
        "Ett punkt per linje, f.eks.\nForklaring av smertene og råd for hverdagen\n"
        "Stabiliserende øvelser\nOppfølging om 3 uker"),
    "Anything else worth recording": ("Andet, der er værd at notere",
                                      "Annet som er verdt å notere"),
    "Addenda": ("Tilføjelser", "Tillegg"),
    "Each line becomes a point in the report.": ("Hver linje bliver et punkt i rapporten.",
                                                 "Hver linje blir et punkt i rapporten."),

    # --- progress and comparison ------------------------------------------------------------
    "Previous": ("Forrige", "Forrige"),
    "No earlier assessment to compare with.": (
        "Ingen tidligere undersøgelse at sammenligne med.",
        "Ingen tidligere undersøkelse å sammenligne med."),
    "Change": ("Ændring", "Endring"),
    "✓ important improvement": ("✓ betydende forbedring", "✓ viktig forbedring"),
    "⚠ important worsening": ("⚠ betydende forværring", "⚠ viktig forverring"),
    "not an important change": ("ingen betydende ændring", "ingen viktig endring"),
    "higher is worse": ("højere er værre", "høyere er verre"),
    "higher is better": ("højere er bedre", "høyere er bedre"),
    "Range %1-%2, %3.": ("Skala %1-%2, %3.", "Skala %1–%2, %3."),
    "PGQ (0-100, lower is better)": ("PGQ (0-100, lavere er bedre)",
                                     "PGQ (0–100, lavere er bedre)"),
    "Pain, NRS 0-10": ("Smerte, NRS 0-10", "Smerte, NRS 0–10"),
    "ASLR sum (0-10)": ("ASLR-sum (0-10)", "ASLR-sum (0–10)"),
    "Positive provocation tests (0-6)": ("Positive provokationstests (0-6)",
                                         "Positive provokasjonstester (0–6)"),
    "Important change: PGQ total and activity 25 points, PGQ symptoms 20 points (Stuge 2017); "
    "NRS 2 points or 30% (Farrar 2001); ASLR sum 2 points (PGP Desk's choice; no published "
    "threshold). Positive tests are shown without a verdict.": (
        "Betydende ændring: PGQ total og aktivitet 25 point, PGQ symptomer 20 point (Stuge "
        "2017); NRS 2 point eller 30 % (Farrar 2001); ASLR-sum 2 point (PGP Desks valg; ingen "
        "publiceret grænseværdi). Positive tests vises uden vurdering.",
        "Viktig endring: PGQ total og aktivitet 25 poeng, PGQ symptomer 20 poeng (Stuge "
        "2017); NRS 2 poeng eller 30 % (Farrar 2001); ASLR-sum 2 poeng (PGP Desks valg; ingen "
        "publisert grenseverdi). Positive tester vises uten vurdering."),
    "Compared with the previous assessment": ("Sammenlignet med forrige undersøgelse",
                                              "Sammenlignet med forrige undersøkelse"),
    "Over the pregnancy and after": ("Gennem graviditeten og efter",
                                     "Gjennom svangerskapet og etterpå"),
    "ASLR sum": ("ASLR-sum", "ASLR-sum"),
    "Positive provocation tests": ("Positive provokationstests",
                                   "Positive provokasjonstester"),
    "Save this assessment to compare it with the previous one. The charts show the "
    "assessments saved so far.": (
        "Gem undersøgelsen for at sammenligne den med den forrige. Graferne viser de "
        "undersøgelser, der er gemt indtil nu.",
        "Lagre undersøkelsen for å sammenligne den med den forrige. Grafene viser "
        "undersøkelsene som er lagret så langt."),
    "This is the first assessment in this pregnancy; the next one will be compared with it.": (
        "Dette er den første undersøgelse i denne graviditet; den næste sammenlignes med den.",
        "Dette er den første undersøkelsen i dette svangerskapet; den neste sammenlignes med "
        "den."),

    # --- programme builder ------------------------------------------------------------------
    "Title, e.g. “Week 24: calm start”": ("Titel, fx “Uge 24: rolig start”",
                                          "Tittel, f.eks. «Uke 24: rolig start»"),
    "The language of the handout": ("Sproget i hjemmeprogrammet",
                                    "Språket i hjemmeprogrammet"),
    "Redo": ("Gentag", "Gjør om"),
    "Clinic exercises …": ("Klinikkens øvelser …", "Klinikkens øvelser …"),
    "New programme from this": ("Nyt program ud fra dette", "Nytt program basert på dette"),
    "Print and issue …": ("Udskriv og udlevér …", "Skriv ut og lever ut …"),
    "Double-click an exercise in the library, drag it here, or take one of the suggestions.": (
        "Dobbeltklik på en øvelse i biblioteket, træk den herhen, eller tag et af forslagene.",
        "Dobbeltklikk på en øvelse i biblioteket, dra den hit, eller ta et av forslagene."),
    "← Easier": ("← Lettere", "← Lettere"),
    "Harder →": ("Sværere →", "Tyngre →"),
    "Move up": ("Flyt op", "Flytt opp"),
    "Move down": ("Flyt ned", "Flytt ned"),
    "Remove": ("Fjern", "Fjern"),
    "Undo: %1": ("Fortryd: %1", "Angre: %1"),
    "Redo: %1": ("Gentag: %1", "Gjør om: %1"),
    "Issued %1": ("Udleveret %1", "Utlevert %1"),
    "Draft %1": ("Kladde %1", "Utkast %1"),
    "New programme": ("Nyt program", "Nytt program"),
    "New": ("Nyt", "Nytt"),
    "Programme · 1 exercise": ("Program · 1 øvelse", "Program · 1 øvelse"),
    "Programme · %1 exercises": ("Program · %1 øvelser", "Program · %1 øvelser"),
    "This programme has been issued and is part of the record. To change it, start a new "
    "programme from it.": (
        "Programmet er udleveret og er en del af journalen. Vil du ændre det, så start et nyt "
        "program ud fra det.",
        "Programmet er utlevert og er en del av journalen. Vil du endre det, start et nytt "
        "program basert på det."),
    "Easier: %1": ("Lettere: %1", "Lettere: %1"),
    "Harder: %1": ("Sværere: %1", "Tyngre: %1"),
    "Dosage: choose an exercise in the programme": ("Dosering: vælg en øvelse i programmet",
                                                    "Dosering: velg en øvelse i programmet"),
    "Dosage for %1": ("Dosering for %1", "Dosering for %1"),
    "Progress to %1": ("Progression til %1", "Progresjon til %1"),
    "Regress to %1": ("Regression til %1", "Regresjon til %1"),
    "Start from %1": ("Start ud fra %1", "Start fra %1"),
    "%1 saved this programme on another workstation after you opened it.": (
        "%1 har gemt dette program på en anden computer, efter du åbnede det.",
        "%1 har lagret dette programmet på en annen datamaskin etter at du åpnet det."),
    "title": ("titel", "tittel"),
    "personal note": ("personlig note", "personlig notat"),
    "language": ("sprog", "språk"),
    "advice sections": ("råd", "råd"),
    "exercises": ("øvelser", "øvelser"),
    "It has been issued to the client, so it can no longer be changed: use theirs, or start "
    "a new programme from it.": (
        "Det er udleveret til klienten og kan ikke længere ændres: brug deres version, eller "
        "start et nyt program ud fra det.",
        "Det er utlevert til klienten og kan ikke lenger endres: bruk deres versjon, eller "
        "start et nytt program fra det."),
    "This programme has unsaved changes. Discard them?": (
        "Programmet har ændringer, der ikke er gemt. Vil du kassere dem?",
        "Programmet har endringer som ikke er lagret. Vil du forkaste dem?"),
    "No dosage": ("Ingen dosering", "Ingen dosering"),
    "Not in the library any more": ("Ikke længere i biblioteket", "Ikke lenger i biblioteket"),
    "Record a pregnancy first: a programme belongs to a pregnancy and the months after it.": (
        "Registrér først en graviditet: et program hører til en graviditet og månederne efter.",
        "Registrer først et svangerskap: et program hører til et svangerskap og månedene "
        "etter."),
    "%1: in the client's own words": ("%1: med klientens egne ord",
                                      "%1: med klientens egne ord"),

    # --- library ----------------------------------------------------------------------------
    "Search exercises …": ("Søg i øvelser …", "Søk i øvelser …"),
    "All categories": ("Alle kategorier", "Alle kategorier"),
    "All phases": ("Alle faser", "Alle faser"),
    "All positions": ("Alle stillinger", "Alle stillinger"),
    "Any equipment": ("Alt udstyr", "Alt utstyr"),
    "Exercise library": ("Øvelsesbibliotek", "Øvelsesbibliotek"),
    "%1 of %2 exercises · double-click or drag to add": (
        "%1 af %2 øvelser · dobbeltklik eller træk for at tilføje",
        "%1 av %2 øvelser · dobbeltklikk eller dra for å legge til"),
    "clinic": ("klinik", "klinikk"),
    "in the programme": ("i programmet", "i programmet"),

    # --- side panel: suggestions, warnings, advice ------------------------------------------
    "Suggestions": ("Forslag", "Forslag"),
    "Warnings": ("Advarsler", "Advarsler"),
    "Advice and note": ("Råd og besked", "Råd og melding"),
    "Add to programme": ("Føj til programmet", "Legg til i programmet"),
    "From the assessment of %1: classification, positive tests and what hurts.": (
        "Ud fra undersøgelsen den %1: klassifikation, positive tests og hvor det gør ondt.",
        "Ut fra undersøkelsen %1: klassifisering, positive tester og hvor det gjør vondt."),
    "No assessment yet: suggestions from the phase only.": (
        "Ingen undersøgelse endnu: forslag kun ud fra fasen.",
        "Ingen undersøkelse ennå: forslag bare ut fra fasen."),
    "Refer before exercise: an open red flag or contraindication. No exercises are "
    "suggested.": (
        "Henvis før træning: et åbent rødt flag eller en kontraindikation. Der foreslås ingen "
        "øvelser.",
        "Henvis før trening: et åpent rødt flagg eller en kontraindikasjon. Ingen øvelser "
        "foreslås."),
    "Nothing speaks against this programme.": ("Intet taler imod dette program.",
                                               "Ingenting taler imot dette programmet."),
    "Advice printed after the exercises, in the programme's language:": (
        "Råd, der udskrives efter øvelserne, på programmets sprog:",
        "Råd som skrives ut etter øvelsene, på programmets språk:"),
    "Personal note to the client (printed at the top):": (
        "Personlig besked til klienten (udskrives øverst):",
        "Personlig melding til klienten (skrives ut øverst):"),
    "e.g. “Good work this week! Keep the walks short and often.”": (
        "fx “Godt arbejde i denne uge! Gå hellere korte ture tit end lange.”",
        "f.eks. «Godt jobbet denne uken! Gå heller korte turer ofte enn lange.»"),

    # --- templates --------------------------------------------------------------------------
    "Templates": ("Skabeloner", "Maler"),
    "My templates": ("Mine skabeloner", "Mine maler"),
    "Clinic templates": ("Klinikkens skabeloner", "Klinikkens maler"),
    "Shipped with PGP Desk": ("Følger med PGP Desk", "Følger med PGP Desk"),
    "(none yet)": ("(ingen endnu)", "(ingen ennå)"),
    "Start from “%1” (%2 exercises)": ("Start ud fra “%1” (%2 øvelser)",
                                       "Start fra «%1» (%2 øvelser)"),
    "Save as my template …": ("Gem som min skabelon …", "Lagre som min mal …"),
    "Save as clinic template …": ("Gem som klinikskabelon …", "Lagre som klinikkmal …"),
    "Save as template": ("Gem som skabelon", "Lagre som mal"),
    "Name of the template (e.g. “Early pregnancy – light”):": (
        "Skabelonens navn (fx “Tidlig graviditet – let”):",
        "Navn på malen (f.eks. «Tidlig svangerskap – lett»):"),
    "Template not saved": ("Skabelonen blev ikke gemt", "Malen ble ikke lagret"),

    # --- dosage -----------------------------------------------------------------------------
    " s": (" sek.", " sek."),
    "e.g. 3-1-3": ("fx 3-1-3", "f.eks. 3-1-3"),
    "Write the tempo as seconds, e.g. 3-1-3": ("Skriv tempoet i sekunder, fx 3-1-3",
                                               "Skriv tempoet i sekunder, f.eks. 3-1-3"),
    "Your own wording for this client": ("Din egen formulering", "Din egen formulering"),
    "A note for this client, printed with the exercise (e.g. “keep a pillow between your "
    "knees”)": (
        "En note til denne klient, som udskrives med øvelsen (fx “hav en pude mellem "
        "knæene”)",
        "En merknad til denne klienten, skrives ut sammen med øvelsen (f.eks. «ha en pute "
        "mellom knærne»)"),
    "Sets": ("Sæt", "Sett"),
    "Repetitions": ("Gentagelser", "Repetisjoner"),
    "Hold": ("Holdetid", "Holdetid"),
    "Rest": ("Pause", "Pause"),
    "Times a day": ("Gange om dagen", "Ganger om dagen"),
    "Days a week": ("Dage om ugen", "Dager i uken"),
    "Tempo": ("Tempo", "Tempo"),
    "Side": ("Side", "Side"),
    "Pain rule": ("Smerteregel", "Smerteregel"),
    "Note for the client": ("Note til klienten", "Merknad til klienten"),
    "As the client reads it:": ("Sådan læser klienten det:", "Slik klienten leser det:"),
    "No pain rule": ("Ingen smerteregel", "Ingen smerteregel"),
    "Own wording …": ("Egen formulering …", "Egen formulering …"),
    "No dosage: the exercise is printed without numbers.": (
        "Ingen dosering: øvelsen udskrives uden tal.",
        "Ingen dosering: øvelsen skrives ut uten tall."),

    # --- clinic exercises -------------------------------------------------------------------
    "Clinic exercises": ("Klinikkens øvelser", "Klinikkens øvelser"),
    "Search …": ("Søg …", "Søk …"),
    "Show retired": ("Vis udfasede", "Vis utfasede"),
    "New exercise …": ("Ny øvelse …", "Ny øvelse …"),
    "Copy and adapt …": ("Kopiér og tilpas …", "Kopier og tilpass …"),
    "Edit …": ("Redigér …", "Rediger …"),
    "Retire": ("Udfas", "Fas ut"),
    "Built-in exercises cannot be changed: copy one to make the clinic's own version. Retired "
    "exercises leave the library; programmes that use them keep them.": (
        "Indbyggede øvelser kan ikke ændres: kopiér en for at lave klinikkens egen version. "
        "Udfasede øvelser forsvinder fra biblioteket; programmer, der bruger dem, beholder dem.",
        "Innebygde øvelser kan ikke endres: kopier en for å lage klinikkens egen versjon. "
        "Utfasede øvelser forsvinner fra biblioteket; programmer som bruker dem, beholder "
        "dem."),
    "Clinic's own": ("Klinikkens egen", "Klinikkens egen"),
    "Built-in": ("Indbygget", "Innebygd"),
    "Retired": ("Udfaset", "Utfaset"),
    "Choose an exercise.": ("Vælg en øvelse.", "Velg en øvelse."),
    "Adapted from %1": ("Tilpasset efter %1", "Tilpasset fra %1"),

    # --- exercise editor --------------------------------------------------------------------
    "Edit clinic exercise %1": ("Redigér klinikøvelse %1", "Rediger klinikkøvelse %1"),
    "New clinic exercise": ("Ny klinikøvelse", "Ny klinikkøvelse"),
    "(none)": ("(ingen)", "(ingen)"),
    "Suits these phases": ("Egnet til disse faser", "Egnet for disse fasene"),
    "Equipment": ("Udstyr", "Utstyr"),
    "Suits pain at": ("Egnet til smerter i", "Egnet for smerter i"),
    "Trains these daily activities": ("Træner disse hverdagsaktiviteter",
                                      "Trener disse hverdagsaktivitetene"),
    "Cautions (the builder warns)": ("Forsigtighed (programmet advarer)",
                                     "Forsiktighet (programmet varsler)"),
    "Category": ("Kategori", "Kategori"),
    "Starting position": ("Udgangsstilling", "Utgangsstilling"),
    "Level (1 easiest – 5)": ("Niveau (1 lettest – 5)", "Nivå (1 lettest – 5)"),
    "Harder version": ("Sværere version", "Tyngre variant"),
    "Easier version": ("Lettere version", "Lettere variant"),
    "Author": ("Forfatter", "Forfatter"),
    "Licence": ("Licens", "Lisens"),
    "No photo: the handout shows the line drawing.": (
        "Intet foto: hjemmeprogrammet viser stregtegningen.",
        "Ikke noe bilde: hjemmeprogrammet viser strektegningen."),
    "Choose photo …": ("Vælg foto …", "Velg bilde …"),
    "Remove photo": ("Fjern foto", "Fjern bilde"),
    "PNG or JPEG. Stored at most 1200 pixels wide, without the camera's hidden data.": (
        "PNG eller JPEG. Gemmes højst 1200 pixels bredt, uden kameraets skjulte data.",
        "PNG eller JPEG. Lagres høyst 1200 piksler bredt, uten kameraets skjulte data."),
    "Texts": ("Tekster", "Tekster"),
    "Facts": ("Fakta", "Fakta"),
    "Default dosage": ("Standarddosering", "Standarddosering"),
    "Photo": ("Foto", "Bilde"),
    "Choose photo": ("Vælg foto", "Velg bilde"),
    "Photos (*.png *.jpg *.jpeg)": ("Fotos (*.png *.jpg *.jpeg)", "Bilder (*.png *.jpg *.jpeg)"),
    "One step per line, 2-6 steps": ("Ét trin pr. linje, 2-6 trin",
                                     "Ett trinn per linje, 2–6 trinn"),
    "What to feel or focus on, one per line": ("Hvad man skal mærke eller fokusere på, ét pr. "
                                               "linje",
                                               "Hva man skal kjenne etter eller fokusere på, "
                                               "ett per linje"),
    "When to stop or make it easier, one per line": (
        "Hvornår man skal stoppe eller gøre det lettere, ét pr. linje",
        "Når man skal stoppe eller gjøre det lettere, ett per linje"),
    "Purpose (one line: why)": ("Formål (én linje: hvorfor)", "Formål (én linje: hvorfor)"),
    "Steps": ("Trin", "Trinn"),
    "Cues": ("Fokuspunkter", "Fokuspunkter"),
    "Stop or ease off": ("Stop eller skru ned", "Stopp eller ta det roligere"),

    # --- handout dialog ---------------------------------------------------------------------
    "Handout": ("Hjemmeprogram", "Hjemmeprogram"),
    "Large print": ("Stor skrift", "Stor skrift"),
    "Bigger type and pictures, for clients who see poorly.": (
        "Større skrift og billeder til klienter, der ser dårligt.",
        "Større skrift og bilder for klienter som ser dårlig."),
    "Compact (fewest pages)": ("Kompakt (færrest sider)", "Kompakt (færrest sider)"),
    "Pain drawing and scores": ("Smertetegning og scorer", "Smertetegning og skårer"),
    "Adds the latest pain drawing and the PGQ and pain scores over time.": (
        "Tilføjer den seneste smertetegning samt PGQ- og smertescorer over tid.",
        "Legger til den siste smertetegningen og PGQ- og smerteskårer over tid."),
    "Second language": ("Andet sprog", "Andre språk"),
    "Paper": ("Papir", "Papir"),
    "Side by side, for a client who reads neither language well.": (
        "Side om side til en klient, der ikke læser nogen af sprogene godt.",
        "Side ved side for en klient som ikke leser noen av språkene godt."),
    "<b>Options</b>": ("<b>Indstillinger</b>", "<b>Innstillinger</b>"),
    "Print …": ("Udskriv …", "Skriv ut …"),
    "Issue to client": ("Udlevér til klienten", "Lever ut til klienten"),
    "Keeps an exact copy of this PDF in the client's record and marks the programme as "
    "issued.": (
        "Gemmer en nøjagtig kopi af denne PDF i klientens journal og markerer programmet som "
        "udleveret.",
        "Lagrer en nøyaktig kopi av denne PDF-en i klientens journal og markerer programmet som "
        "utlevert."),
    "Handout for %1": ("Hjemmeprogram til %1", "Hjemmeprogram for %1"),
    "No assessment has been recorded yet.": ("Der er endnu ikke registreret en undersøgelse.",
                                             "Ingen undersøkelse er registrert ennå."),
    "Open red flag: %1. Issuing needs your confirmation.": (
        "Åbent rødt flag: %1. Udlevering kræver din bekræftelse.",
        "Åpent rødt flagg: %1. Utlevering krever din bekreftelse."),
    "This programme has no exercises yet.": ("Programmet har endnu ingen øvelser.",
                                             "Programmet har ingen øvelser ennå."),
    "Saved to %1": ("Gemt i %1", "Lagret i %1"),
    "Issuing …": ("Udleverer …", "Leverer ut …"),
    "Not issued yet.": ("Endnu ikke udleveret.", "Ikke utlevert ennå."),
    "Not issued": ("Ikke udleveret", "Ikke utlevert"),
    "Issue the handout before printing? The client's record then keeps an exact copy of what "
    "she takes home.": (
        "Vil du udlevere hjemmeprogrammet, før det udskrives? Så gemmer klientens journal en "
        "nøjagtig kopi af det, hun får med hjem.",
        "Vil du levere ut hjemmeprogrammet før det skrives ut? Da lagrer klientens journal en "
        "nøyaktig kopi av det hun får med hjem."),
    "Issue and print": ("Udlevér og udskriv", "Lever ut og skriv ut"),
    "Print without issuing": ("Udskriv uden at udlevere", "Skriv ut uten å levere ut"),
    "Printing %1 …": ("Udskriver %1 …", "Skriver ut %1 …"),
    "Not issued.": ("Ikke udleveret.", "Ikke utlevert."),

    # --- issued handout ---------------------------------------------------------------------
    "Issued handout": ("Udleveret hjemmeprogram", "Utlevert hjemmeprogram"),
    "Opening the stored copy …": ("Åbner den gemte kopi …", "Åpner den lagrede kopien …"),
    "Reprint …": ("Udskriv igen …", "Skriv ut på nytt …"),
    "large print": ("stor skrift", "stor skrift"),
    "compact": ("kompakt", "kompakt"),
    "with %1": ("med %1", "med %1"),
    "<b>Handout for %1</b>, issued %2 by %3": (
        "<b>Hjemmeprogram til %1</b>, udleveret %2 af %3",
        "<b>Hjemmeprogram for %1</b>, utlevert %2 av %3"),
    "Identical to the copy given to the client (SHA-256 %1…).": (
        "Identisk med den kopi, klienten fik (SHA-256 %1…).",
        "Identisk med kopien klienten fikk (SHA-256 %1…)."),
    "Issued despite an open red flag: %1": ("Udleveret trods et åbent rødt flag: %1",
                                            "Utlevert til tross for et åpent rødt flagg: %1"),

    # --- red flag confirmation --------------------------------------------------------------
    "Open red flag": ("Åbent rødt flag", "Åpent rødt flagg"),
    "<b>This client has an open red flag:</b>": ("<b>Klienten har et åbent rødt flag:</b>",
                                                 "<b>Klienten har et åpent rødt flagg:</b>"),
    "Exercise is normally not started until a doctor or midwife has assessed this. Issue the "
    "handout only if that has happened or it is safe for another reason, and write why below. "
    "Your words are kept with the handout in her record.": (
        "Træning startes normalt ikke, før en læge eller jordemoder har vurderet dette. "
        "Udlevér kun hjemmeprogrammet, hvis det er sket, eller hvis det af en anden grund er "
        "sikkert, og skriv hvorfor herunder. Din begrundelse gemmes sammen med "
        "hjemmeprogrammet i hendes journal.",
        "Trening startes vanligvis ikke før en lege eller jordmor har vurdert dette. Lever ut "
        "hjemmeprogrammet bare hvis det har skjedd, eller hvis det er trygt av en annen grunn, "
        "og skriv hvorfor nedenfor. Begrunnelsen din lagres sammen med hjemmeprogrammet i "
        "journalen hennes."),
    "e.g. Assessed by her midwife on 12 March; cleared for gentle exercise.": (
        "fx Vurderet af jordemoder 12. marts; må gerne lave let træning.",
        "f.eks. Vurdert av jordmor 12. mars; klarert for lett trening."),
    "Issue handout": ("Udlevér hjemmeprogram", "Lever ut hjemmeprogram"),

    # --- printing ---------------------------------------------------------------------------
    "the PDF could not be read": ("PDF-filen kunne ikke læses", "PDF-filen kunne ikke leses"),
    "the printer could not be started; check that it is on and ready": (
        "printeren kunne ikke startes; kontrollér, at den er tændt og klar",
        "skriveren kunne ikke startes; kontroller at den er slått på og klar"),
    "Sending pages to the printer …": ("Sender sider til printeren …",
                                       "Sender sider til skriveren …"),
    "Printing": ("Udskriver", "Skriver ut"),
    "Not printed": ("Ikke udskrevet", "Ikke skrevet ut"),
    "The PDF could not be shown.": ("PDF-filen kunne ikke vises.", "PDF-filen kunne ikke vises."),

    # --- strings lupdate misses: ui/messages.py, programme/commands.py, f-strings -----------
    "Red flag": ("Rødt flag", "Rødt flagg"),
    "assessment": ("undersøgelse", "undersøkelse"),
    "This field is required.": ("Feltet skal udfyldes.", "Feltet må fylles ut."),
    "Too long: at most 300 characters.": ("For langt: højst 300 tegn.",
                                          "For langt: høyst 300 tegn."),
    "The date cannot be in the future.": ("Datoen kan ikke ligge i fremtiden.",
                                          "Datoen kan ikke være fram i tid."),
    "The date is before 1900.": ("Datoen ligger før 1900.", "Datoen er før 1900."),
    "Write the date as dd.mm.yyyy, e.g. 24.03.1990.": (
        "Skriv datoen som dd.mm.åååå, fx 24.03.1990.",
        "Skriv datoen som dd.mm.åååå, f.eks. 24.03.1990."),
    "There is no such date.": ("Den dato findes ikke.", "Den datoen finnes ikke."),
    "Not an email address (name@example.dk).": ("Ikke en e-mailadresse (navn@eksempel.dk).",
                                                "Ikke en e-postadresse (navn@eksempel.no)."),
    "The CPR number / fødselsnummer does not match the birth date.": (
        "CPR-nummeret / fødselsnummeret passer ikke med fødselsdatoen.",
        "CPR-nummeret / fødselsnummeret stemmer ikke med fødselsdatoen."),
    "A CPR number has 10 digits, a fødselsnummer 11.": (
        "Et CPR-nummer har 10 cifre, et fødselsnummer 11.",
        "Et CPR-nummer har 10 sifre, et fødselsnummer 11."),
    "The first six digits are not a valid birth date.": (
        "De første seks cifre er ikke en gyldig fødselsdato.",
        "De første seks sifrene er ikke en gyldig fødselsdato."),
    "The control digits do not match: check for a typing error.": (
        "Kontrolcifrene passer ikke: se efter en tastefejl.",
        "Kontrollsifrene stemmer ikke: se etter en skrivefeil."),
    "Only digits, and an optional hyphen, please.": (
        "Kun cifre og eventuelt en bindestreg.",
        "Bare sifre og eventuelt en bindestrek."),
    "Choose one of the listed values.": ("Vælg en af værdierne på listen.",
                                         "Velg en av verdiene på listen."),
    "The due date must be within 42 weeks from today, or record the birth.": (
        "Terminen skal ligge inden for 42 uger fra i dag, ellers registrér fødslen.",
        "Termindatoen må ligge innen 42 uker fra i dag, ellers registrer fødselen."),
    "The birth date is too far from the due date.": (
        "Fødselsdatoen ligger for langt fra terminen.",
        "Fødselsdatoen ligger for langt fra termindatoen."),
    "The value is out of range.": ("Værdien er uden for det tilladte område.",
                                   "Verdien er utenfor det tillatte området."),
    "This value is not valid.": ("Værdien er ikke gyldig.", "Verdien er ikke gyldig."),
    "Add exercise": ("Tilføj øvelse", "Legg til øvelse"),
    "Add exercises": ("Tilføj øvelser", "Legg til øvelser"),
    "Remove exercise": ("Fjern øvelse", "Fjern øvelse"),
    "Move exercise": ("Flyt øvelse", "Flytt øvelse"),
    "Change dosage": ("Ændr dosering", "Endre dosering"),
    # --- service errors shown in the GUI (ui/service_errors.py, ui/errors.py) ------------
    "%1 is a folder, not a CSV file": ("%1 er en mappe, ikke en CSV-fil",
                                       "%1 er en mappe, ikke en CSV-fil"),
    "%1 is larger than %2 MB; split it": ("%1 er større end %2 MB; del den op",
                                          "%1 er større enn %2 MB; del den opp"),
    "%1 rows have problems (lines %2); nothing was imported: correct the file and try again": (
        "%1 rækker har fejl (linje %2); intet blev importeret: ret filen, og prøv igen",
        "%1 rader har feil (linje %2); ingenting ble importert: rett filen, og prøv igjen"),
    "'%1' databases are not supported; use SQLite or PostgreSQL": (
        "'%1'-databaser understøttes ikke; brug SQLite eller PostgreSQL",
        "'%1'-databaser støttes ikke; bruk SQLite eller PostgreSQL"),
    "'%1' is not a database URL; use sqlite:///path/to/file.sqlite3 or "
    "postgresql+psycopg://user@host/database": (
        "'%1' er ikke en database-URL; brug sqlite:///sti/til/fil.sqlite3 eller "
        "postgresql+psycopg://bruger@server/database",
        "'%1' er ikke en database-URL; bruk sqlite:///sti/til/fil.sqlite3 eller "
        "postgresql+psycopg://bruker@server/database"),
    "1 row has problems (line %1); nothing was imported: correct the file and try again": (
        "1 række har fejl (linje %1); intet blev importeret: ret filen, og prøv igen",
        "1 rad har feil (linje %1); ingenting ble importert: rett filen, og prøv igjen"),
    "Someone saved this on another workstation after you opened it. Open it again to see "
    "their version; nothing was overwritten.": (
        "En anden har gemt dette på en anden computer, efter du åbnede det. Åbn det igen for "
        "at se deres version; intet er overskrevet.",
        "Noen andre har lagret dette på en annen datamaskin etter at du åpnet det. Åpne det "
        "igjen for å se deres versjon; ingenting er overskrevet."),
    "Something went wrong: %1": ("Noget gik galt: %1", "Noe gikk galt: %1"),
    "This record no longer exists; it may have been erased or deleted.": (
        "Denne post findes ikke længere; den kan være slettet.",
        "Denne posten finnes ikke lenger; den kan være slettet."),
    "a signed assessment cannot be deleted": ("en signeret undersøgelse kan ikke slettes",
                                              "en signert undersøkelse kan ikke slettes"),
    "addenda are for signed assessments; edit the draft instead": (
        "tilføjelser er til signerede undersøgelser; ret i kladden i stedet",
        "tillegg er for signerte undersøkelser; rediger utkastet i stedet"),
    "an issued programme is part of the record and cannot be deleted": (
        "et udleveret program er en del af journalen og kan ikke slettes",
        "et utlevert program er en del av journalen og kan ikke slettes"),
    "cannot read %1: %2": ("kan ikke læse %1: %2", "kan ikke lese %1: %2"),
    "cannot write %1: %2": ("kan ikke skrive %1: %2", "kan ikke skrive %1: %2"),
    "choose a .json file name; the PDF summary is written beside it": (
        "vælg et filnavn, der ender på .json; PDF-oversigten gemmes ved siden af",
        "velg et filnavn som slutter på .json; PDF-oversikten lagres ved siden av"),
    "could not choose a new exercise code; please try again": (
        "kunne ikke finde en ny øvelseskode; prøv igen",
        "kunne ikke finne en ny øvelseskode; prøv igjen"),
    "line %1 cannot be read as CSV (%2)": ("linje %1 kan ikke læses som CSV (%2)",
                                           "linje %1 kan ikke leses som CSV (%2)"),
    "line %1 holds a byte that is neither UTF-8 nor Windows-1252; save the file as UTF-8 and "
    "try again": (
        "linje %1 indeholder et tegn, der hverken er UTF-8 eller Windows-1252; gem filen som "
        "UTF-8, og prøv igen",
        "linje %1 inneholder et tegn som verken er UTF-8 eller Windows-1252; lagre filen som "
        "UTF-8, og prøv igjen"),
    "line %1 is not valid UTF-8; if the file comes from an older Windows program, choose "
    "Windows-1252 (cp1252)": (
        "linje %1 er ikke gyldig UTF-8; kommer filen fra et ældre Windows-program, så vælg "
        "Windows-1252 (cp1252)",
        "linje %1 er ikke gyldig UTF-8; kommer filen fra et eldre Windows-program, velg "
        "Windows-1252 (cp1252)"),
    "only an administrator can change the clinic's details": (
        "kun en administrator kan ændre klinikkens oplysninger",
        "bare en administrator kan endre klinikkens opplysninger"),
    "only an administrator or the therapist who saved it can delete a clinic template": (
        "kun en administrator eller den terapeut, der gemte den, kan slette en klinikskabelon",
        "bare en administrator eller terapeuten som lagret den, kan slette en klinikkmal"),
    "since the check, clients on line(s) %1 were registered by someone else; check the file "
    "again; nothing was imported": (
        "siden kontrollen er klienterne på linje %1 oprettet af en anden; kontrollér filen "
        "igen; intet blev importeret",
        "siden kontrollen er klientene på linje %1 registrert av noen andre; kontroller filen "
        "igjen; ingenting ble importert"),
    "the client has an open red flag, so issuing exercises needs your explicit confirmation": (
        "klienten har et åbent rødt flag, så udlevering af øvelser kræver din udtrykkelige "
        "bekræftelse",
        "klienten har et åpent rødt flagg, så utlevering av øvelser krever din uttrykkelige "
        "bekreftelse"),
    "the clinic record is missing from the database": (
        "klinikkens oplysninger mangler i databasen",
        "klinikkens opplysninger mangler i databasen"),
    "the database at %1 cannot be reached (%2)": (
        "databasen på %1 kan ikke nås (%2)", "databasen på %1 kan ikke nås (%2)"),
    "the database at %1 does not exist; ask your IT contact to create it": (
        "databasen på %1 findes ikke; bed jeres IT-kontakt om at oprette den",
        "databasen på %1 finnes ikke; be IT-kontakten deres om å opprette den"),
    "the database file %1 cannot be opened; check the folder and its permissions": (
        "databasefilen %1 kan ikke åbnes; kontrollér mappen og dens rettigheder",
        "databasefilen %1 kan ikke åpnes; kontroller mappen og tilgangene til den"),
    "the database schema (%1) is newer than this PGP Desk; install the newer version that "
    "upgraded it": (
        "databasens skema (%1) er nyere end denne PGP Desk; installér den nyere version, der "
        "opgraderede det",
        "databaseskjemaet (%1) er nyere enn denne PGP Desk; installer den nyere versjonen som "
        "oppgraderte det"),
    "the database schema is older than this PGP Desk; run 'pgp-desk db upgrade'": (
        "databasens skema er ældre end denne PGP Desk; kør 'pgp-desk db upgrade'",
        "databaseskjemaet er eldre enn denne PGP Desk; kjør 'pgp-desk db upgrade'"),
    "the database server at %1 refused the user name or password": (
        "databaseserveren på %1 afviste brugernavnet eller adgangskoden",
        "databaseserveren på %1 avviste brukernavnet eller passordet"),
    "the file %1 does not exist": ("filen %1 findes ikke", "filen %1 finnes ikke"),
    "the file holds no clients to import; nothing was imported": (
        "filen indeholder ingen klienter; intet blev importeret",
        "filen inneholder ingen klienter; ingenting ble importert"),
    "the file is empty": ("filen er tom", "filen er tom"),
    "the file mixes UTF-8 and Windows-1252 text (first at line %1); save it again as UTF-8 and "
    "import that": (
        "filen blander UTF-8- og Windows-1252-tekst (første gang på linje %1); gem den igen "
        "som UTF-8, og importér den",
        "filen blander UTF-8- og Windows-1252-tekst (første gang på linje %1); lagre den på "
        "nytt som UTF-8, og importer den"),
    "the file needs columns for first and last name (e.g. Fornavn and Efternavn/Etternavn) or "
    "one Navn/Name column; found: %1": (
        "filen skal have kolonner til fornavn og efternavn (fx Fornavn og Efternavn) eller én "
        "Navn-kolonne; fundet: %1",
        "filen må ha kolonner for fornavn og etternavn (f.eks. Fornavn og Etternavn) eller én "
        "Navn-kolonne; funnet: %1"),
    "the file starts like UTF-16 but is not valid UTF-16": (
        "filen begynder som UTF-16, men er ikke gyldig UTF-16",
        "filen begynner som UTF-16, men er ikke gyldig UTF-16"),
    "the file starts with a UTF-8 marker: choose UTF-8 (or auto), not Windows-1252": (
        "filen begynder med en UTF-8-markør: vælg UTF-8 (eller automatisk), ikke Windows-1252",
        "filen begynner med en UTF-8-markør: velg UTF-8 (eller automatisk), ikke Windows-1252"),
    "the folder %1 does not exist": ("mappen %1 findes ikke", "mappen %1 finnes ikke"),
    "the import was stopped; nothing was imported": (
        "importen blev stoppet; intet blev importeret",
        "importen ble stoppet; ingenting ble importert"),
    "the name typed does not match the client's name; nothing erased": (
        "det indtastede navn passer ikke med klientens navn; intet er slettet",
        "navnet som ble skrevet inn, stemmer ikke med klientens navn; ingenting er slettet"),
    "the stored copy of handout %1 does not match its checksum, so it cannot be reprinted": (
        "den gemte kopi af hjemmeprogram %1 passer ikke med sin kontrolsum og kan derfor ikke "
        "genudskrives",
        "den lagrede kopien av hjemmeprogram %1 stemmer ikke med kontrollsummen og kan derfor "
        "ikke skrives ut på nytt"),
    "this assessment is already signed": ("undersøgelsen er allerede signeret",
                                          "undersøkelsen er allerede signert"),
    "this assessment is signed and cannot be changed; add an addendum instead": (
        "undersøgelsen er signeret og kan ikke ændres; skriv en tilføjelse i stedet",
        "undersøkelsen er signert og kan ikke endres; skriv et tillegg i stedet"),
    "this programme has been issued and cannot be changed; start a new programme from it": (
        "programmet er udleveret og kan ikke ændres; start et nyt program ud fra det",
        "programmet er utlevert og kan ikke endres; start et nytt program ut fra det"),
    # --- the clinic's own questionnaires (ui/settings/instruments_dialog.py) -------------
    "%1 is a questionnaire PGP Desk ships; give the clinic's own a different code": (
        "%1 er et skema, PGP Desk leverer; giv klinikkens eget en anden kode",
        "%1 er et skjema PGP Desk leverer; gi klinikkens eget en annen kode"),
    "%1 is too large for a questionnaire definition": (
        "%1 er for stor til en skemadefinition", "%1 er for stor for en skjemadefinisjon"),
    "Add the clinic's own …": ("Tilføj klinikkens eget …", "Legg til klinikkens eget …"),
    "Code": ("Kode", "Kode"),
    "Definition files (*.yaml *.yml)": ("Definitionsfiler (*.yaml *.yml)",
                                        "Definisjonsfiler (*.yaml *.yml)"),
    "Offer again": ("Tilbyd igen", "Tilby igjen"),
    "Only an administrator can add questionnaires.": (
        "Kun en administrator kan tilføje skemaer.",
        "Bare en administrator kan legge til skjemaer."),
    "PGP Desk ships PGQ, NRS, PSFS and RMDQ. A clinic holding a licence for another "
    "questionnaire (for example the Oswestry Disability Index) can add its definition file "
    "here; it is then offered in every assessment.": (
        "PGP Desk leveres med PGQ, NRS, PSFS og RMDQ. Har klinikken licens til et andet skema "
        "(fx Oswestry Disability Index), kan definitionsfilen tilføjes her; skemaet tilbydes "
        "derefter i alle undersøgelser.",
        "PGP Desk leveres med PGQ, NRS, PSFS og RMDQ. Har klinikken lisens på et annet skjema "
        "(f.eks. Oswestry Disability Index), kan definisjonsfilen legges til her; skjemaet "
        "tilbys deretter i alle undersøkelser."),
    "Questionnaire definition": ("Skemadefinition", "Skjemadefinisjon"),
    "Questionnaires …": ("Spørgeskemaer …", "Spørreskjemaer …"),
    "Stop offering": ("Tilbyd ikke længere", "Slutt å tilby"),
    "Under which licence does the clinic use this questionnaire's wording?": (
        "Under hvilken licens bruger klinikken skemaets ordlyd?",
        "Under hvilken lisens bruker klinikken skjemaets ordlyd?"),
    "Version": ("Version", "Versjon"),
    "clinic's own · not offered": ("klinikkens eget · tilbydes ikke",
                                   "klinikkens eget · tilbys ikke"),
    "clinic's own · offered": ("klinikkens eget · tilbydes", "klinikkens eget · tilbys"),
    "only an administrator can add questionnaires for the clinic": (
        "kun en administrator kan tilføje skemaer for klinikken",
        "bare en administrator kan legge til skjemaer for klinikken"),
    "shipped with PGP Desk": ("leveres med PGP Desk", "leveres med PGP Desk"),
    "the questionnaire definition is not valid: %1": (
        "skemadefinitionen er ikke gyldig: %1", "skjemadefinisjonen er ikke gyldig: %1"),
    "write down the licence under which the clinic uses this questionnaire": (
        "skriv, under hvilken licens klinikken bruger skemaet",
        "skriv under hvilken lisens klinikken bruker skjemaet"),
    "Delete a template": ("Slet en skabelon", "Slett en mal"),
    "Delete template": ("Slet skabelon", "Slett mal"),
    "Delete the template “%1”? Programmes made from it are not changed.": (
        "Slet skabelonen “%1”? Programmer lavet ud fra den ændres ikke.",
        "Slette malen “%1”? Programmer laget ut fra den endres ikke."),
    " min": (" min.", " min"),
    "Minutes each time": ("Minutter ad gangen", "Minutter hver gang"),
    "unknown encoding '%1': choose auto, utf-8 or cp1252": (
        "ukendt tegnsæt '%1': vælg auto, utf-8 eller cp1252",
        "ukjent tegnsett '%1': velg auto, utf-8 eller cp1252"),
}

# (context, source) -> (Danish, Norwegian Bokmål), where one context needs other words
CTX: dict[tuple[str, str], tuple[str, str]] = {
    ("ClinicExercisesDialog", "Bring back"): ("Tag i brug igen", "Ta i bruk igjen"),
    ("ProgrammeBuilder", "Programme"): ("Program", "Program"),
}

# numerus source -> ((Danish singular, plural), (Norwegian singular, plural))
N: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "%n clients shown; scroll for more": (
        ("%n klient vist; rul for at se flere", "%n klienter vist; rul for at se flere"),
        ("%n klient vises; rull for å se flere", "%n klienter vises; rull for å se flere")),
    "%n clients": (("%n klient", "%n klienter"), ("%n klient", "%n klienter")),
    "%n page(s). The programme is issued; no copy of its handout is kept yet.": (
        ("%n side. Programmet er udleveret; der er endnu ikke gemt en kopi af udleveringen.",
         "%n sider. Programmet er udleveret; der er endnu ikke gemt en kopi af udleveringen."),
        ("%n side. Programmet er utlevert; det er ennå ikke lagret en kopi av utleveringen.",
         "%n sider. Programmet er utlevert; det er ennå ikke lagret en kopi av utleveringen.")),
    "%n page(s), not issued yet.": (
        ("%n side, endnu ikke udleveret.", "%n sider, endnu ikke udleveret."),
        ("%n side, ikke utlevert ennå.", "%n sider, ikke utlevert ennå.")),
    "<b>Issued</b> %1 by %2: an exact copy is kept in the client's record (%n page(s)).": (
        ("<b>Udleveret</b> %1 af %2: en nøjagtig kopi er gemt i klientens journal (%n side).",
         "<b>Udleveret</b> %1 af %2: en nøjagtig kopi er gemt i klientens journal "
         "(%n sider)."),
        ("<b>Utlevert</b> %1 av %2: en nøyaktig kopi er lagret i klientens journal (%n side).",
         "<b>Utlevert</b> %1 av %2: en nøyaktig kopi er lagret i klientens journal "
         "(%n sider).")),
    "%n page(s) sent to the printer.": (
        ("%n side sendt til printeren.", "%n sider sendt til printeren."),
        ("%n side sendt til skriveren.", "%n sider sendt til skriveren.")),
    "%n row(s) have problems: correct the file and choose it again. Nothing can be imported "
    "until every row is right.": (
        ("%n række har problemer: ret filen, og vælg den igen. Intet kan importeres, før alle "
         "rækker er i orden.",
         "%n rækker har problemer: ret filen, og vælg den igen. Intet kan importeres, før alle "
         "rækker er i orden."),
        ("%n rad har problemer: rett filen og velg den på nytt. Ingenting kan importeres før "
         "alle radene er i orden.",
         "%n rader har problemer: rett filen og velg den på nytt. Ingenting kan importeres før "
         "alle radene er i orden.")),
    "%n client(s) ready to import.": (
        ("%n klient er klar til import.", "%n klienter er klar til import."),
        ("%n klient er klar til import.", "%n klienter er klare til import.")),
    "%n already registered and left out.": (
        ("%n er allerede oprettet og springes over.", "%n er allerede oprettet og springes "
         "over."),
        ("%n er allerede registrert og hoppes over.", "%n er allerede registrert og hoppes "
         "over.")),
    "Done: %n client(s) imported.": (
        ("Færdig: %n klient importeret.", "Færdig: %n klienter importeret."),
        ("Ferdig: %n klient importert.", "Ferdig: %n klienter importert.")),
    "%n page(s)": (("%n side", "%n sider"), ("%n side", "%n sider")),
    "%n question(s) not asked yet.": (
        ("%n spørgsmål er ikke stillet endnu.", "%n spørgsmål er ikke stillet endnu."),
        ("%n spørsmål er ikke stilt ennå.", "%n spørsmål er ikke stilt ennå.")),
}

def lookup(context: str, source: str, numerus: bool, lang: str) -> tuple[str, ...] | None:
    i = LANGS[lang]
    if numerus:
        forms = N.get(source)
        return forms[i] if forms else None
    pair = CTX.get((context, source)) or T.get(source)
    return (pair[i],) if pair else None


def _call_name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module functions like ``_t(text)`` that call ``translate("Ctx", text)``: name -> Ctx."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for call in ast.walk(node):
            if (isinstance(call, ast.Call) and _call_name(call.func) == "translate"
                    and len(call.args) >= 2 and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[1], ast.Name)):
                found[node.name] = call.args[0].value
    return found


def _visit(node: ast.AST, context: str, wrappers: dict[str, str],
           found: list[tuple[str, str]]) -> None:
    if isinstance(node, ast.ClassDef):
        context = node.name
    if isinstance(node, ast.Call):
        name, args = _call_name(node.func), node.args
        text, ctx = None, context
        if name == "tr" and args and isinstance(args[0], ast.Constant):
            text = args[0].value
        elif name == "translate" and len(args) >= 2 and isinstance(args[1], ast.Constant):
            text = args[1].value
            ctx = args[0].value if isinstance(args[0], ast.Constant) else context
        elif name in wrappers and args and isinstance(args[0], ast.Constant):
            text, ctx = args[0].value, wrappers[name]
        if isinstance(text, str) and text:
            found.append((str(ctx), text))
    for child in ast.iter_child_nodes(node):
        _visit(child, context, wrappers, found)


def code_messages(ui: Path = UI) -> list[tuple[str, str]]:
    """(context, source) of every literal tr()/translate() string, as the app asks for it.

    lupdate misses some: tr() inside f-strings, and wrappers such as ui/messages.py's
    ``_t``. The context is the enclosing class for ``self.tr``, the given one for
    ``translate``, and "" otherwise (the app falls back to the source text alone).
    """
    found: list[tuple[str, str]] = []
    for path in sorted(ui.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        _visit(tree, "", _wrappers(tree), found)
    return found


def add_missing_messages(root: ET.Element) -> list[str]:
    """Add the code's messages lupdate did not extract; return their sources."""
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    present = {m.findtext("source") for m in root.iter("message")}
    added = []
    for name, source in code_messages():
        if source in present:
            continue
        ctx = contexts.get(name)
        if ctx is None:
            ctx = contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = name
        message = ET.SubElement(ctx, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation", {"type": "unfinished"})
        present.add(source)
        added.append(f"{name}: {source}")
    return added


def fill(path: Path, lang: str, overwrite: bool) -> tuple[int, list[str], list[str]]:
    """Fill unfinished messages; return (number filled, sources missing, messages added)."""
    tree = ET.parse(path)
    root = tree.getroot()
    added = add_missing_messages(root)
    filled, missing = 0, []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation", {"type": "unfinished"})
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            unfinished = translation.get("type") == "unfinished"
            if not unfinished and not overwrite:
                continue
            numerus = message.get("numerus") == "yes"
            forms = lookup(name, source, numerus, lang)
            if forms is None:
                if unfinished:
                    missing.append(source)
                continue
            for child in list(translation):
                translation.remove(child)
            if numerus:
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            translation.attrib.pop("type", None)
            filled += 1
    path.write_text(serialise(root), encoding="utf-8")
    return filled, missing, added


def _esc(text: str | None) -> str:
    """Escape like lupdate does, so a later lupdate run changes no lines."""
    text = text or ""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def _attrs(node: ET.Element) -> str:
    return "".join(f' {k}="{_esc(v)}"' for k, v in node.attrib.items())


def serialise(root: ET.Element) -> str:
    """The .ts file in lupdate's layout (4-space indent, DOCTYPE, no self-closing tags)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f"<TS{_attrs(root)}>"]
    for context in root.findall("context"):
        out.append("<context>")
        for child in context:
            if child.tag == "name":
                out.append(f"    <name>{_esc(child.text)}</name>")
            elif child.tag == "message":
                out.append(f"    <message{_attrs(child)}>")
                for part in child:
                    if part.tag == "translation" and len(part):
                        out.append(f"        <translation{_attrs(part)}>")
                        for form in part:
                            out.append(f"            <{form.tag}>{_esc(form.text)}</{form.tag}>")
                        out.append("        </translation>")
                    else:
                        out.append(f"        <{part.tag}{_attrs(part)}>{_esc(part.text)}"
                                   f"</{part.tag}>")
                out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--overwrite", action="store_true",
                        help="replace finished translations with the tables' wording")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when some message has no translation")
    args = parser.parse_args(argv)
    missing_any = False
    for lang in LANGS:
        path = ROOT / "resources" / "i18n" / f"pgp_desk_{lang}.ts"
        filled, missing, added = fill(path, lang, args.overwrite)
        print(f"{path.name}: {filled} filled, {len(missing)} without a translation, "
              f"{len(added)} added that lupdate missed")
        for message in added:
            print(f"    + {message!r}")
        for source in sorted(set(missing)):
            print(f"    {source!r}")
        missing_any = missing_any or bool(missing)
    return 1 if (args.check and missing_any) else 0


if __name__ == "__main__":
    sys.exit(main())
