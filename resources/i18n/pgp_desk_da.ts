<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>About</name>
    <message>
        <source>not created yet</source>
        <translation>ikke oprettet endnu</translation>
    </message>
    <message>
        <source>Assessment, home programmes and handouts for pregnancy-related pelvic girdle pain.</source>
        <translation>Undersøgelse, hjemmeprogrammer og udleveringer ved graviditetsrelateret bækkenløsning.</translation>
    </message>
    <message>
        <source>Database schema: %1</source>
        <translation>Databasens skema: %1</translation>
    </message>
    <message>
        <source>This version of PGP Desk uses schema %1.</source>
        <translation>Denne version af PGP Desk bruger skema %1.</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Journaler: %1</translation>
    </message>
    <message>
        <source>About PGP Desk</source>
        <translation>Om PGP Desk</translation>
    </message>
</context>
<context>
    <name>AdministratorDialog</name>
    <message>
        <source>The clinic&apos;s administrator</source>
        <translation>Klinikkens administrator</translation>
    </message>
    <message>
        <source>Welcome to PGP Desk. This database is new: create its administrator, who adds the clinic&apos;s other people.</source>
        <translation>Velkommen til PGP Desk. Databasen er ny: opret dens administrator, som derefter opretter klinikkens øvrige personer.</translation>
    </message>
    <message>
        <source>PGP Desk now signs every person in. Complete the administrator&apos;s profile and choose her password; she then completes her colleagues&apos; profiles.</source>
        <translation>PGP Desk logger nu hver person ind. Udfyld administratorens profil og vælg hendes adgangskode; derefter udfylder hun kollegernes profiler.</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Opret og log ind</translation>
    </message>
    <message>
        <source>Save and sign in</source>
        <translation>Gem og log ind</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <source>Advice printed after the exercises, in the programme&apos;s language:</source>
        <translation>Råd, der udskrives efter øvelserne, på programmets sprog:</translation>
    </message>
    <message>
        <source>Personal note to the client (printed at the top):</source>
        <translation>Personlig besked til patienten (udskrives øverst):</translation>
    </message>
    <message>
        <source>e.g. “Good work this week! Keep the walks short and often.”</source>
        <translation>fx »Godt arbejde i denne uge! Gå hellere korte ture tit end lange.«</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>History</source>
        <translation>Anamnese</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Røde flag</translation>
    </message>
    <message>
        <source>Pain map</source>
        <translation>Smertetegning</translation>
    </message>
    <message>
        <source>Pelvic tests</source>
        <translation>Bækkentests</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Spørgeskemaer</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>Plan and notes</source>
        <translation>Plan og noter</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Udvikling</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>Førstegangsundersøgelse</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Assessment – %1 – %2</source>
        <translation>Undersøgelse – %1 – %2</translation>
    </message>
    <message>
        <source>  · %1 positive</source>
        <translation>  · %1 positive</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>Save the changes to this assessment before closing?</source>
        <translation>Vil du gemme ændringerne i undersøgelsen, før du lukker?</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <source>New initial assessment</source>
        <translation>Ny førstegangsundersøgelse</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Ny opfølgning</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Graviditet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stadie</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeut</translation>
    </message>
    <message>
        <source>PGQ</source>
        <translation>PGQ</translation>
    </message>
    <message>
        <source>NRS</source>
        <translation>NRS</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opening the assessment …</source>
        <translation>Åbner undersøgelsen …</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>Cannot list assessments</source>
        <translation>Undersøgelserne kan ikke vises</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signeret</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>red flag</source>
        <translation>rødt flag</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Førstegang</translation>
    </message>
    <message>
        <source>No assessment in this pregnancy yet: start with “New initial assessment”.</source>
        <translation>Ingen undersøgelse i denne graviditet endnu: start med »Ny førstegangsundersøgelse«.</translation>
    </message>
    <message>
        <source>Record a pregnancy first (“New pregnancy”).</source>
        <translation>Registrér først en graviditet (»Ny graviditet«).</translation>
    </message>
    <message>
        <source>Cannot open assessment</source>
        <translation>Undersøgelsen kan ikke åbnes</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>opened</source>
        <translation>åbnet</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>oplistet</translation>
    </message>
    <message>
        <source>created</source>
        <translation>oprettet</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ændret</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>slettet</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signeret</translation>
    </message>
    <message>
        <source>addendum added</source>
        <translation>tilføjelse skrevet</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkiveret</translation>
    </message>
    <message>
        <source>brought back</source>
        <translation>hentet frem igen</translation>
    </message>
    <message>
        <source>given out</source>
        <translation>udleveret</translation>
    </message>
    <message>
        <source>report made</source>
        <translation>rapport lavet</translation>
    </message>
    <message>
        <source>previewed</source>
        <translation>vist som udkast</translation>
    </message>
    <message>
        <source>reprinted</source>
        <translation>genudskrevet</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>udtrukket</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importeret</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>slettet efter anmodning</translation>
    </message>
    <message>
        <source>audit log read</source>
        <translation>revisionslog læst</translation>
    </message>
    <message>
        <source>refused: not allowed for this role</source>
        <translation>afvist: ikke tilladt for denne rolle</translation>
    </message>
    <message>
        <source>audit log exported</source>
        <translation>revisionslog eksporteret</translation>
    </message>
    <message>
        <source>saved in the database</source>
        <translation>gemt i databasen</translation>
    </message>
    <message>
        <source>changed in the database</source>
        <translation>ændret i databasen</translation>
    </message>
    <message>
        <source>removed from the database</source>
        <translation>fjernet fra databasen</translation>
    </message>
    <message>
        <source>table emptied in the database</source>
        <translation>tabel tømt i databasen</translation>
    </message>
    <message>
        <source>searched</source>
        <translation>søgt</translation>
    </message>
    <message>
        <source>import checked</source>
        <translation>import kontrolleret</translation>
    </message>
    <message>
        <source>demo data made</source>
        <translation>demodata lavet</translation>
    </message>
    <message>
        <source>demo fill started</source>
        <translation>demoudfyldning startet</translation>
    </message>
    <message>
        <source>demo fill finished</source>
        <translation>demoudfyldning færdig</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>logget ind</translation>
    </message>
    <message>
        <source>sign-in refused</source>
        <translation>log-ind afvist</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>adgangskode sat</translation>
    </message>
    <message>
        <source>recovery code used</source>
        <translation>gendannelseskode brugt</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>aktiveret</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiveret</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>slået til</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>slået fra</translation>
    </message>
    <message>
        <source>photo added</source>
        <translation>foto tilføjet</translation>
    </message>
    <message>
        <source>photo removed</source>
        <translation>foto fjernet</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>udfaset</translation>
    </message>
    <message>
        <source>taken back into use</source>
        <translation>taget i brug igen</translation>
    </message>
</context>
<context>
    <name>AuditEntities</name>
    <message>
        <source>client</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>graviditet</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>undersøgelse</translation>
    </message>
    <message>
        <source>addendum</source>
        <translation>tillæg</translation>
    </message>
    <message>
        <source>red flags</source>
        <translation>røde flag</translation>
    </message>
    <message>
        <source>pain maps</source>
        <translation>smertetegninger</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>forløb</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <source>programme exercise</source>
        <translation>øvelse i programmet</translation>
    </message>
    <message>
        <source>programme template</source>
        <translation>programskabelon</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>hjemmeprogram</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>øvelse</translation>
    </message>
    <message>
        <source>clinic exercise</source>
        <translation>klinikkens øvelse</translation>
    </message>
    <message>
        <source>retired exercise</source>
        <translation>udfaset øvelse</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>spørgeskema</translation>
    </message>
    <message>
        <source>clinic settings</source>
        <translation>klinikindstillinger</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>revisionslog</translation>
    </message>
    <message>
        <source>audit log seal</source>
        <translation>forsegling af revisionsloggen</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>søgeindeks</translation>
    </message>
    <message>
        <source>demo clinic</source>
        <translation>demoklinik</translation>
    </message>
</context>
<context>
    <name>AuditEventsModel</name>
    <message>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbejdsstation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Columns changed</source>
        <translation>Ændrede felter</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>action</source>
        <translation>handling</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>råd</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkiveret</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>undersøgelsesdato</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>undersøgelse</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tidspunkt</translation>
    </message>
    <message>
        <source>author</source>
        <translation>forfatter</translation>
    </message>
    <message>
        <source>authorisation ID</source>
        <translation>autorisations-ID</translation>
    </message>
    <message>
        <source>based on</source>
        <translation>bygger på</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>fødselsdato</translation>
    </message>
    <message>
        <source>mode of birth</source>
        <translation>fødselsmåde</translation>
    </message>
    <message>
        <source>subgroup chosen</source>
        <translation>valgt undergruppe</translation>
    </message>
    <message>
        <source>subgroup suggested</source>
        <translation>foreslået undergruppe</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>klinik</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>samtykkedato</translation>
    </message>
    <message>
        <source>created</source>
        <translation>oprettet</translation>
    </message>
    <message>
        <source>default language</source>
        <translation>standardsprog</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definition</translation>
    </message>
    <message>
        <source>details</source>
        <translation>detaljer</translation>
    </message>
    <message>
        <source>dosage</source>
        <translation>dosering</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>terminsdato</translation>
    </message>
    <message>
        <source>earlier pelvic girdle pain</source>
        <translation>tidligere bækkensmerter</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>emergency phone</source>
        <translation>nødtelefon</translation>
    </message>
    <message>
        <source>record</source>
        <translation>post</translation>
    </message>
    <message>
        <source>record number</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>graviditet</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>slettet</translation>
    </message>
    <message>
        <source>audit event</source>
        <translation>logpost</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>øvelse</translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <translation>mislykkede logins</translation>
    </message>
    <message>
        <source>search field</source>
        <translation>søgefelt</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>fornavn</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>fulde navn</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>egen læge</translation>
    </message>
    <message>
        <source>checksum</source>
        <translation>kontrolsum</translation>
    </message>
    <message>
        <source>history</source>
        <translation>anamnese</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>idle lock time</source>
        <translation>tid før låsning</translation>
    </message>
    <message>
        <source>given out</source>
        <translation>udleveret</translation>
    </message>
    <message>
        <source>given out by</source>
        <translation>udleveret af</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>øvelser</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprog</translation>
    </message>
    <message>
        <source>last failed sign-in</source>
        <translation>seneste mislykkede login</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>efternavn</translation>
    </message>
    <message>
        <source>licence note</source>
        <translation>licensnote</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>maternity ward phone</source>
        <translation>telefon til fødeafdeling</translation>
    </message>
    <message>
        <source>midwife</source>
        <translation>jordemoder</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>next visit</source>
        <translation>næste besøg</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>noter</translation>
    </message>
    <message>
        <source>week of onset</source>
        <translation>debutuge</translation>
    </message>
    <message>
        <source>print choices</source>
        <translation>udskriftsvalg</translation>
    </message>
    <message>
        <source>out-of-hours phone</source>
        <translation>vagtlægetelefon</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ejer</translation>
    </message>
    <message>
        <source>pain map</source>
        <translation>smertekort</translation>
    </message>
    <message>
        <source>paper size</source>
        <translation>papirstørrelse</translation>
    </message>
    <message>
        <source>earlier births</source>
        <translation>tidligere fødsler</translation>
    </message>
    <message>
        <source>password</source>
        <translation>adgangskode</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>personal note</source>
        <translation>personlig hilsen</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>faser</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>photo format</source>
        <translation>fotoformat</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>place in the programme</source>
        <translation>plads i programmet</translation>
    </message>
    <message>
        <source>profession</source>
        <translation>faggruppe</translation>
    </message>
    <message>
        <source>profile complete</source>
        <translation>profil udfyldt</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <source>questionnaires</source>
        <translation>spørgeskemaer</translation>
    </message>
    <message>
        <source>recovery code</source>
        <translation>gendannelseskode</translation>
    </message>
    <message>
        <source>red flag confirmation</source>
        <translation>bekræftelse af røde flag</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>henvist af</translation>
    </message>
    <message>
        <source>retention period</source>
        <translation>opbevaringstid</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>udgået</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roller</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>scorer</translation>
    </message>
    <message>
        <source>red flag screening</source>
        <translation>screening for røde flag</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>forseglet</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>søgeindeks</translation>
    </message>
    <message>
        <source>sequence number</source>
        <translation>løbenummer</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>underskrevet</translation>
    </message>
    <message>
        <source>signed by</source>
        <translation>underskrevet af</translation>
    </message>
    <message>
        <source>sort order</source>
        <translation>sorteringsorden</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stadie</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>tests</source>
        <translation>tests</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>therapist</source>
        <translation>terapeut</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>search word</source>
        <translation>søgeord</translation>
    </message>
    <message>
        <source>last changed</source>
        <translation>senest ændret</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>brugernavn</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>arbejdsstation</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>client number</source>
        <translation>patientnummer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Nulstil filter</translation>
    </message>
    <message>
        <source>Export CSV …</source>
        <translation>Eksportér CSV …</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <source>The newest %1 events; narrow the filter to see older ones.</source>
        <translation>De nyeste %1 hændelser; indsnævr filteret for at se ældre.</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 hændelser</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Eksportér revisionsloggen</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 events written to %2 (readable by you only).</source>
        <translation>%1 hændelser skrevet til %2 (kun du kan læse filen).</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Ikke eksporteret</translation>
    </message>
</context>
<context>
    <name>BuilderDrafts</name>
    <message>
        <source>Unsaved changes to this programme from %1 were found on this computer: PGP Desk closed before they were saved.</source>
        <translation>Der blev fundet ændringer i programmet fra %1 på denne computer, som ikke blev gemt, fordi PGP Desk lukkede.</translation>
    </message>
    <message>
        <source>The programme has been saved since; restoring replaces those changes when you save.</source>
        <translation>Programmet er gemt siden; gendanner du, erstatter det de ændringer, når du gemmer.</translation>
    </message>
</context>
<context>
    <name>BuilderSaving</name>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>personal note</source>
        <translation>personlig note</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprog</translation>
    </message>
    <message>
        <source>advice sections</source>
        <translation>råd</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>øvelser</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>Nogen</translation>
    </message>
    <message>
        <source>%1 saved this programme on another workstation after you opened it.</source>
        <translation>%1 har gemt dette program på en anden computer, efter du åbnede det.</translation>
    </message>
    <message>
        <source>They changed: %1.</source>
        <translation>Ændret: %1.</translation>
    </message>
    <message>
        <source>It has been issued to the client, so it can no longer be changed: use theirs, or start a new programme from it.</source>
        <translation>Det er udleveret til patienten og kan ikke længere ændres: brug deres version, eller start et nyt program ud fra det.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>Save the changes to this programme before closing?</source>
        <translation>Vil du gemme ændringerne i programmet, før du lukker?</translation>
    </message>
    <message>
        <source>This programme has unsaved changes. Discard them?</source>
        <translation>Programmet har ændringer, der ikke er gemt. Vil du kassere dem?</translation>
    </message>
</context>
<context>
    <name>BuilderToolbar</name>
    <message>
        <source>Title, e.g. “Week 24: calm start”</source>
        <translation>Titel, fx »Uge 24: rolig start«</translation>
    </message>
    <message>
        <source>The language of the handout</source>
        <translation>Sproget i hjemmeprogrammet</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>Clinic exercises …</source>
        <translation>Klinikkens øvelser …</translation>
    </message>
    <message>
        <source>New programme from this</source>
        <translation>Nyt program ud fra dette</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Print and issue …</source>
        <translation>Udskriv og udlevér …</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Fortryd: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Gentag: %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Udleveret %1</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Kladde %1</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nyt program</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nyt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
</context>
<context>
    <name>ClassificationSection</name>
    <message>
        <source>PGP Desk suggests</source>
        <translation>PGP Desk foreslår</translation>
    </message>
    <message>
        <source>No findings yet</source>
        <translation>Ingen fund endnu</translation>
    </message>
    <message>
        <source>Agree with the suggestion</source>
        <translation>Enig i forslaget</translation>
    </message>
    <message>
        <source>✎ Your choice differs from the suggestion</source>
        <translation>✎ Dit valg afviger fra forslaget</translation>
    </message>
    <message>
        <source>Your classification</source>
        <translation>Din klassifikation</translation>
    </message>
    <message>
        <source>How the suggestion is made</source>
        <translation>Sådan fremkommer forslaget</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>A joint counts as confirmed when the client reports pain there on the pain map and at least one of its tests is positive:</source>
        <translation>Et led regnes som bekræftet, når patienten angiver smerte dér på smertetegningen, og mindst én af leddets tests er positiv:</translation>
    </message>
</context>
<context>
    <name>ClientEditorDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Redigér patient</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Ny patient</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>optional: CPR or fødselsnummer</source>
        <translation>valgfrit: CPR eller fødselsnummer</translation>
    </message>
    <message>
        <source>Consent to store data given on</source>
        <translation>Samtykke til opbevaring af data givet den</translation>
    </message>
    <message>
        <source>Someone saved this client on another workstation after you opened it. These fields differ. Choose which version to keep; nothing is saved until you do.</source>
        <translation>Nogen har gemt denne patient på en anden computer, efter du åbnede den. Disse felter er forskellige. Vælg, hvilken version der skal beholdes; intet gemmes, før du har valgt.</translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>CPR / fødselsnummer</source>
        <translation>CPR / fødselsnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Sprog i hjemmeprogram</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Egen læge</translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation>Jordemoder</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>ClientHeader</name>
    <message>
        <source> (archived)</source>
        <translation> (arkiveret)</translation>
    </message>
    <message>
        <source>born %1 (%2 years)</source>
        <translation>født %1 (%2 år)</translation>
    </message>
    <message>
        <source>handouts in %1</source>
        <translation>hjemmeprogram på %1</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>dansk</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>norsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <source>no pregnancy recorded</source>
        <translation>ingen graviditet registreret</translation>
    </message>
    <message>
        <source>Red flag: %1.</source>
        <translation>Rødt flag: %1.</translation>
    </message>
    <message>
        <source>Refer to the midwife or doctor before exercise.</source>
        <translation>Henvis til jordemoder eller læge før træning.</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stadie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (arkiveret)</translation>
    </message>
</context>
<context>
    <name>ClientSearchPage</name>
    <message>
        <source>Show archived</source>
        <translation>Vis arkiverede</translation>
    </message>
    <message>
        <source>Search name, birth date, phone or CPR number …</source>
        <translation>Søg på navn, fødselsdato, telefon eller CPR-nummer …</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Ny patient</translation>
    </message>
    <message>
        <source>Searching …</source>
        <translation>Søger …</translation>
    </message>
    <message>
        <source>No clients match the search.</source>
        <translation>Ingen patienter passer til søgningen.</translation>
    </message>
    <message>
        <source>No clients yet. Press “New client” to register the first.</source>
        <translation>Ingen patienter endnu. Tryk på »Ny patient« for at oprette den første.</translation>
    </message>
    <message numerus="yes">
        <source>%n clients shown; scroll for more</source>
        <translation>
            <numerusform>%n patient vist; rul for at se flere</numerusform>
            <numerusform>%n patienter vist; rul for at se flere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clients</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patienter</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Søgningen mislykkedes: %1</translation>
    </message>
</context>
<context>
    <name>ClientWorkspace</name>
    <message>
        <source>← Clients</source>
        <translation>← Patienter</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Redigér oplysninger</translation>
    </message>
    <message>
        <source>New pregnancy</source>
        <translation>Ny graviditet</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivér</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Eksportér data</translation>
    </message>
    <message>
        <source>Erase …</source>
        <translation>Slet …</translation>
    </message>
    <message>
        <source>Print handout …</source>
        <translation>Udskriv hjemmeprogram …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pregnancies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Graviditeter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tidslinje&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Undersøgelser</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Opening the client …</source>
        <translation>Åbner patienten …</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Hent fra arkivet</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Graviditet</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>født %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>No pregnancy recorded: press “New pregnancy”.</source>
        <translation>Ingen graviditet registreret: tryk på »Ny graviditet«.</translation>
    </message>
    <message>
        <source>Assessments and home programmes are seen by the clinic&apos;s therapists.</source>
        <translation>Undersøgelser og hjemmeprogrammer ses af klinikkens terapeuter.</translation>
    </message>
    <message>
        <source>No assessment in this pregnancy yet.</source>
        <translation>Ingen undersøgelse i denne graviditet endnu.</translation>
    </message>
    <message>
        <source>Latest assessment %1</source>
        <translation>Seneste undersøgelse %1</translation>
    </message>
    <message>
        <source>PGQ %1</source>
        <translation>PGQ %1</translation>
    </message>
    <message>
        <source>pain %1 of 10</source>
        <translation>smerte %1 af 10</translation>
    </message>
    <message>
        <source>Next visit %1</source>
        <translation>Næste besøg %1</translation>
    </message>
    <message>
        <source>Cannot open client</source>
        <translation>Patienten kan ikke åbnes</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>client data</source>
        <translation>patientdata</translation>
    </message>
    <message>
        <source>Export client data</source>
        <translation>Eksportér patientdata</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <source>Saved %1 and a readable summary %2.</source>
        <translation>Gemte %1 og et læsevenligt resumé %2.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Slet patient</translation>
    </message>
    <message>
        <source>This removes all personal data and clinical records of %1 for good. The audit trail is kept without personal data. Check first that the duty to keep patient records does not apply.

Type the client&apos;s full name to confirm:</source>
        <translation>Dette sletter alle personoplysninger og al journalføring om %1 for altid. Loggen over handlinger bevares uden personoplysninger. Kontrollér først, at pligten til at opbevare patientjournaler ikke gælder.

Skriv patientens fulde navn for at bekræfte:</translation>
    </message>
    <message>
        <source>Erase before the retention period ends</source>
        <translation>Slet før opbevaringsperioden er udløbet</translation>
    </message>
    <message>
        <source>%1.

Write the legal basis for erasing now; the audit trail keeps it (for example: GDPR art. 17(1)(d), recorded by mistake):</source>
        <translation>%1.

Skriv retsgrundlaget for at slette nu; det gemmes i adgangsloggen (for eksempel: GDPR art. 17, stk. 1, litra d, oprettet ved en fejl):</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>These backups in PGP Desk&apos;s backups folder still hold the client&apos;s data:

%1

Delete them now? Copies kept elsewhere (a USB disk, the clinic server&apos;s backups) must be deleted there.</source>
        <translation>Disse sikkerhedskopier i PGP Desks mappe til sikkerhedskopier indeholder stadig patientens data:

%1

Skal de slettes nu? Kopier, der ligger andre steder (en USB-disk, klinikserverens sikkerhedskopier), skal slettes dér.</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Udskriv hjemmeprogram</translation>
    </message>
    <message>
        <source>There is no home programme yet: build one in the Programme tab first.</source>
        <translation>Der er endnu intet hjemmeprogram: sammensæt først et under fanen Program.</translation>
    </message>
</context>
<context>
    <name>ClinicExercisesDialog</name>
    <message>
        <source>Clinic exercises</source>
        <translation>Klinikkens øvelser</translation>
    </message>
    <message>
        <source>Search …</source>
        <translation>Søg …</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Vis udfasede</translation>
    </message>
    <message>
        <source>New exercise …</source>
        <translation>Ny øvelse …</translation>
    </message>
    <message>
        <source>Copy and adapt …</source>
        <translation>Kopiér og tilpas …</translation>
    </message>
    <message>
        <source>Edit …</source>
        <translation>Redigér …</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Udfas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Built-in exercises cannot be changed: copy one to make the clinic&apos;s own version. Retired exercises leave the library; programmes that use them keep them.</source>
        <translation>Indbyggede øvelser kan ikke ændres: kopiér en for at lave klinikkens egen version. Udfasede øvelser forsvinder fra biblioteket; programmer, der bruger dem, beholder dem.</translation>
    </message>
    <message>
        <source>Clinic&apos;s own</source>
        <translation>Klinikkens egen</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Indbygget</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Udfaset</translation>
    </message>
    <message>
        <source>Choose an exercise.</source>
        <translation>Vælg en øvelse.</translation>
    </message>
    <message>
        <source>Adapted from %1</source>
        <translation>Tilpasset efter %1</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Tag i brug igen</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Klinikindstillinger</translation>
    </message>
    <message>
        <source>e.g. 38 68 35 00</source>
        <translation>fx 38 68 35 00</translation>
    </message>
    <message>
        <source>e.g. 1813 or 116 117</source>
        <translation>fx 1813 eller 116 117</translation>
    </message>
    <message>
        <source>e.g. 112 or 113</source>
        <translation>fx 112 eller 113</translation>
    </message>
    <message>
        <source> years after the last entry</source>
        <translation> år efter seneste notat</translation>
    </message>
    <message>
        <source>How long a client&apos;s records are kept before they may be erased (the Danish duty to keep records: at least 10 years). Erasing earlier needs an administrator to record the legal basis.</source>
        <translation>Hvor længe en patients journal opbevares, før den må slettes (journalføringspligten: mindst 10 år). Sletning før kræver, at en administrator angiver retsgrundlaget.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Intet logo</translation>
    </message>
    <message>
        <source>Choose logo …</source>
        <translation>Vælg logo …</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Fjern logo</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Klinikkens navn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Default handout language</source>
        <translation>Standardsprog i hjemmeprogrammer</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papirstørrelse</translation>
    </message>
    <message>
        <source>Maternity ward (for the stop signs)</source>
        <translation>Fødeafdeling (til stoptegnene)</translation>
    </message>
    <message>
        <source>Out-of-hours doctor</source>
        <translation>Lægevagt</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Alarmnummer</translation>
    </message>
    <message>
        <source>Keep records</source>
        <translation>Opbevar journaler</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Lås efter inaktivitet</translation>
    </message>
    <message>
        <source>These details head every handout and report.</source>
        <translation>Oplysningerne står øverst på alle hjemmeprogrammer og rapporter.</translation>
    </message>
    <message>
        <source>Only an administrator can change the clinic&apos;s details.</source>
        <translation>Kun en administrator kan ændre klinikkens oplysninger.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Vælg logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Billeder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG image.</source>
        <translation>Filen er ikke et PNG- eller JPEG-billede.</translation>
    </message>
    <message>
        <source>Someone saved the clinic&apos;s details on another workstation after you opened them. These fields differ. Choose which version to keep; nothing is saved until you do.</source>
        <translation>Nogen har gemt klinikkens oplysninger på en anden computer, efter du åbnede dem. Disse felter er forskellige. Vælg, hvilken version der skal beholdes; intet gemmes, før du har valgt.</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>No earlier assessment to compare with.</source>
        <translation>Ingen tidligere undersøgelse at sammenligne med.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>✓ important improvement</source>
        <translation>✓ betydende forbedring</translation>
    </message>
    <message>
        <source>⚠ important worsening</source>
        <translation>⚠ betydende forværring</translation>
    </message>
    <message>
        <source>not an important change</source>
        <translation>ingen betydende ændring</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on another workstation</source>
        <translation>Ændret på en anden computer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Saved by the other workstation</source>
        <translation>Gemt på den anden computer</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Din version</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>(image)</source>
        <translation>(billede)</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Gem min version over deres</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Brug deres</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsæt redigeringen</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection to the clinic server</source>
        <translation>Forbindelse til klinikkens server</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Krypteret, serverens certifikat kontrolleres</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation>Krypteret, certifikatet kontrolleres ikke</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Ikke krypteret</translation>
    </message>
    <message>
        <source>The clinic&apos;s CA file (optional)</source>
        <translation>Klinikkens CA-fil (valgfri)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS-tilstand</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-fil</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test forbindelsen</translation>
    </message>
    <message>
        <source>Connected: %1 signed in to %2.</source>
        <translation>Forbundet: %1 er logget ind på %2.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2). Check the server&apos;s name and port, and that this computer is on the clinic network.</source>
        <translation>Serveren %1 kan ikke nås (%2). Kontrollér serverens navn og port, og at computeren er på klinikkens netværk.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 was refused (%2). Check the TLS mode and the CA file, or ask IT for the clinic&apos;s CA file.</source>
        <translation>Den krypterede forbindelse til %1 blev afvist (%2). Kontrollér TLS-tilstanden og CA-filen, eller bed IT om klinikkens CA-fil.</translation>
    </message>
    <message>
        <source>The clinic database (schema %1) was upgraded by a newer PGP Desk: install the PGP Desk version the clinic uses.</source>
        <translation>Klinikkens database (skema %1) er opgraderet af en nyere PGP Desk: installér den version af PGP Desk, klinikken bruger.</translation>
    </message>
    <message>
        <source>The clinic database has schema %1 and this PGP Desk needs %2: IT must run &apos;pgp-desk db upgrade&apos; on it first.</source>
        <translation>Klinikkens database har skema %1, og denne PGP Desk kræver %2: IT skal først køre &apos;pgp-desk db upgrade&apos; på den.</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>DosageEditor</name>
    <message>
        <source> s</source>
        <translation> sek.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>e.g. 3-1-3</source>
        <translation>fx 3-1-3</translation>
    </message>
    <message>
        <source>Your own wording for this client</source>
        <translation>Din egen formulering</translation>
    </message>
    <message>
        <source>A note for this client, printed with the exercise (e.g. “keep a pillow between your knees”)</source>
        <translation>En note til denne patient, som udskrives med øvelsen (fx »hav en pude mellem knæene«)</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sæt</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Gentagelser</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Holdetid</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation>Gange om dagen</translation>
    </message>
    <message>
        <source>Days a week</source>
        <translation>Dage om ugen</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Minutes each time</source>
        <translation>Minutter ad gangen</translation>
    </message>
    <message>
        <source>Pain rule</source>
        <translation>Smerteregel</translation>
    </message>
    <message>
        <source>Note for the client</source>
        <translation>Note til patienten</translation>
    </message>
    <message>
        <source>As the client reads it:</source>
        <translation>Sådan læser patienten det:</translation>
    </message>
    <message>
        <source>No pain rule</source>
        <translation>Ingen smerteregel</translation>
    </message>
    <message>
        <source>Own wording …</source>
        <translation>Egen formulering …</translation>
    </message>
    <message>
        <source>No dosage: the exercise is printed without numbers.</source>
        <translation>Ingen dosering: øvelsen udskrives uden tal.</translation>
    </message>
    <message>
        <source>Write the tempo as seconds, e.g. 3-1-3</source>
        <translation>Skriv tempoet i sekunder, fx 3-1-3</translation>
    </message>
</context>
<context>
    <name>DosagePane</name>
    <message>
        <source>Dosage: choose an exercise in the programme</source>
        <translation>Dosering: vælg en øvelse i programmet</translation>
    </message>
    <message>
        <source>Dosage for %1</source>
        <translation>Dosering for %1</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>Restore the unsaved changes</source>
        <translation>Gendan ændringerne</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Kassér dem</translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <source>Unsaved work</source>
        <translation>Ikke-gemt arbejde</translation>
    </message>
    <message>
        <source>PGP Desk closed before these assessments and programmes were saved. Open one to restore the unsaved changes, or leave them for later.</source>
        <translation>PGP Desk blev lukket, før disse undersøgelser og programmer blev gemt. Åbn en af dem for at gendanne ændringerne, eller lad dem vente til senere.</translation>
    </message>
    <message>
        <source>new programme</source>
        <translation>nyt program</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <source>new assessment</source>
        <translation>ny undersøgelse</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>undersøgelse</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
</context>
<context>
    <name>EpisodeEditorDialog</name>
    <message>
        <source>Pregnancy</source>
        <translation>Graviditet</translation>
    </message>
    <message>
        <source>New pregnancy</source>
        <translation>Ny graviditet</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>dd.mm.yyyy, when the baby is born</source>
        <translation>dd.mm.åååå, når barnet er født</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Course finished</source>
        <translation>Forløb afsluttet</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Birth date of the baby</source>
        <translation>Barnets fødselsdato</translation>
    </message>
    <message>
        <source>How the baby was born</source>
        <translation>Fødselsmåde</translation>
    </message>
    <message>
        <source>Stage today</source>
        <translation>Stadie i dag</translation>
    </message>
    <message>
        <source>Earlier births (parity)</source>
        <translation>Tidligere fødsler (paritet)</translation>
    </message>
    <message>
        <source>PGP in an earlier pregnancy</source>
        <translation>Bækkensmerter i en tidligere graviditet</translation>
    </message>
    <message>
        <source>Pain began in week</source>
        <translation>Smerterne begyndte i uge</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Henvist af</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Someone saved this pregnancy on another workstation after you opened it. These fields differ. Choose which version to keep; nothing is saved until you do.</source>
        <translation>Nogen har gemt dette graviditetsforløb på en anden computer, efter du åbnede det. Disse felter er forskellige. Vælg, hvilken version der skal beholdes; intet gemmes, før du har valgt.</translation>
    </message>
    <message>
        <source>Shown once a due date or the baby&apos;s birth date is written.</source>
        <translation>Vises, når terminen eller barnets fødselsdato er skrevet.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Someone saved this on another workstation after you opened it. Open it again to see their version; nothing was overwritten.</source>
        <translation>En anden har gemt dette på en anden computer, efter du åbnede det. Åbn det igen for at se deres version; intet er overskrevet.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been erased or deleted.</source>
        <translation>Denne post findes ikke længere; den kan være slettet.</translation>
    </message>
</context>
<context>
    <name>ExerciseEditorDialog</name>
    <message>
        <source>Edit clinic exercise %1</source>
        <translation>Redigér klinikøvelse %1</translation>
    </message>
    <message>
        <source>New clinic exercise</source>
        <translation>Ny klinikøvelse</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Suits these phases</source>
        <translation>Egnet til disse faser</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Udstyr</translation>
    </message>
    <message>
        <source>Suits pain at</source>
        <translation>Egnet til smerter i</translation>
    </message>
    <message>
        <source>Trains these daily activities</source>
        <translation>Træner disse hverdagsaktiviteter</translation>
    </message>
    <message>
        <source>Cautions (the builder warns)</source>
        <translation>Forsigtighed (programmet advarer)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Udgangsstilling</translation>
    </message>
    <message>
        <source>Level (1 easiest – 5)</source>
        <translation>Niveau (1 lettest – 5)</translation>
    </message>
    <message>
        <source>Harder version</source>
        <translation>Sværere version</translation>
    </message>
    <message>
        <source>Easier version</source>
        <translation>Lettere version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>No photo: the handout shows the line drawing.</source>
        <translation>Intet foto: hjemmeprogrammet viser stregtegningen.</translation>
    </message>
    <message>
        <source>Choose photo …</source>
        <translation>Vælg foto …</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Fjern foto</translation>
    </message>
    <message>
        <source>PNG or JPEG. Stored at most 1200 pixels wide, without the camera&apos;s hidden data.</source>
        <translation>PNG eller JPEG. Gemmes højst 1200 pixels bredt, uden kameraets skjulte data.</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Tekster</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <source>Default dosage</source>
        <translation>Standarddosering</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Choose photo</source>
        <translation>Vælg foto</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>Fotos (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>FormDrafts</name>
    <message>
        <source>Draft kept on this computer %1</source>
        <translation>Kladde gemt på denne computer kl. %1</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were found on this computer: PGP Desk closed before they were saved.</source>
        <translation>Der er fundet ændringer fra %1 på denne computer, som ikke blev gemt: PGP Desk blev lukket, før de blev gemt.</translation>
    </message>
    <message>
        <source>The assessment has been saved since; restoring replaces those changes when you save.</source>
        <translation>Undersøgelsen er gemt siden; gendanner du, erstatter det de ændringer, når du gemmer.</translation>
    </message>
</context>
<context>
    <name>FormHeader</name>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save the assessment (Ctrl+S)</source>
        <translation>Gem undersøgelsen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Signér…</translation>
    </message>
    <message>
        <source>Sign and lock the assessment; later corrections are added as addenda</source>
        <translation>Signér og lås undersøgelsen; senere rettelser gemmes som tilføjelser</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Ny tilføjelse…</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>Rapport (PDF)…</translation>
    </message>
    <message>
        <source>The report for the GP or midwife</source>
        <translation>Rapporten til egen læge eller jordemoder</translation>
    </message>
    <message>
        <source>stage unknown on this date</source>
        <translation>stadie ukendt på denne dato</translation>
    </message>
    <message>
        <source>✓ Signed</source>
        <translation>✓ Signeret</translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation>Ny, ikke gemt endnu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Rødt flag</translation>
    </message>
</context>
<context>
    <name>FormReport</name>
    <message>
        <source>assessment</source>
        <translation>undersøgelse</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Gem rapporten</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Skriver rapporten…</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Rapporten er gemt: %1</translation>
    </message>
</context>
<context>
    <name>FormSaving</name>
    <message>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt kl. %1</translation>
    </message>
    <message>
        <source>Not saved. Please check: %1</source>
        <translation>Ikke gemt. Kontrollér: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Anamnese</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Røde flag</translation>
    </message>
    <message>
        <source>Pain map</source>
        <translation>Smertetegning</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Spørgeskemaer</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Næste besøg</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signeret</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>Nogen</translation>
    </message>
    <message>
        <source>%1 saved this assessment on another workstation after you opened it.</source>
        <translation>%1 har gemt denne undersøgelse på en anden computer, efter du åbnede den.</translation>
    </message>
    <message>
        <source>They changed: %1.</source>
        <translation>Ændret: %1.</translation>
    </message>
    <message>
        <source>It is now signed, so your changes can only be added as an addendum.</source>
        <translation>Den er nu signeret, så dine ændringer kan kun gemmes som en tilføjelse.</translation>
    </message>
    <message>
        <source>Keep your version (it replaces theirs in every section), or use theirs (your unsaved changes are dropped).</source>
        <translation>Behold din version (den erstatter deres i alle afsnit), eller brug deres (dine ændringer, som ikke er gemt, kasseres).</translation>
    </message>
    <message>
        <source>Sign the assessment</source>
        <translation>Signér undersøgelsen</translation>
    </message>
    <message>
        <source>After signing, the assessment cannot be changed. Corrections are added as addenda with your name and the time. Sign now?</source>
        <translation>Når undersøgelsen er signeret, kan den ikke ændres. Rettelser gemmes som tilføjelser med dit navn og tidspunktet. Vil du signere nu?</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signerer…</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Ny tilføjelse</translation>
    </message>
    <message>
        <source>The correction or addition, saved with your name and the time:</source>
        <translation>Rettelsen eller tilføjelsen, som gemmes med dit navn og tidspunktet:</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Print handout</source>
        <translation>Udskriv hjemmeprogram</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Hjemmeprogram</translation>
    </message>
    <message>
        <source>Save as PDF …</source>
        <translation>Gem som PDF …</translation>
    </message>
    <message>
        <source>Print …</source>
        <translation>Udskriv …</translation>
    </message>
    <message>
        <source>Issue to client</source>
        <translation>Udlevér til patienten</translation>
    </message>
    <message>
        <source>Keeps an exact copy of this PDF in the client&apos;s record and marks the programme as issued.</source>
        <translation>Gemmer en nøjagtig kopi af denne PDF i patientens journal og markerer programmet som udleveret.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Home programme</source>
        <translation>Hjemmeprogram</translation>
    </message>
    <message>
        <source>Handout for %1</source>
        <translation>Hjemmeprogram til %1</translation>
    </message>
    <message>
        <source>Open red flag: %1. Issuing needs your confirmation.</source>
        <translation>Åbent rødt flag: %1. Udlevering kræver din bekræftelse.</translation>
    </message>
    <message>
        <source>This programme has no exercises yet.</source>
        <translation>Programmet har endnu ingen øvelser.</translation>
    </message>
    <message>
        <source>Preparing the preview …</source>
        <translation>Forbereder forhåndsvisningen …</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). The programme is issued; no copy of its handout is kept yet.</source>
        <translation>
            <numerusform>%n side. Programmet er udleveret; der er endnu ikke gemt en kopi af udleveringen.</numerusform>
            <numerusform>%n sider. Programmet er udleveret; der er endnu ikke gemt en kopi af udleveringen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), not issued yet.</source>
        <translation>
            <numerusform>%n side, endnu ikke udleveret.</numerusform>
            <numerusform>%n sider, endnu ikke udleveret.</numerusform>
        </translation>
    </message>
    <message>
        <source>the client&apos;s name</source>
        <translation>patientens navn</translation>
    </message>
    <message>
        <source>the clinic&apos;s details</source>
        <translation>klinikkens oplysninger</translation>
    </message>
    <message>
        <source>the therapist&apos;s name</source>
        <translation>terapeutens navn</translation>
    </message>
    <message>
        <source>your note</source>
        <translation>din note</translation>
    </message>
    <message>
        <source>the advice</source>
        <translation>rådene</translation>
    </message>
    <message>
        <source>exercise %1</source>
        <translation>øvelse %1</translation>
    </message>
    <message>
        <source>Some characters cannot be printed and will show as □ — %1. Write them differently if they matter.</source>
        <translation>Nogle tegn kan ikke udskrives og vises som □ — %1. Skriv dem på en anden måde, hvis de betyder noget.</translation>
    </message>
    <message>
        <source>training programme</source>
        <translation>træningsprogram</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Gem hjemmeprogram som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gemt i %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Issuing …</source>
        <translation>Udleverer …</translation>
    </message>
    <message>
        <source>Not issued yet.</source>
        <translation>Endnu ikke udleveret.</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>Ikke udleveret</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Issued&lt;/b&gt; %1 by %2: an exact copy is kept in the client&apos;s record (%n page(s)).</source>
        <translation>
            <numerusform>&lt;b&gt;Udleveret&lt;/b&gt; %1 af %2: en nøjagtig kopi er gemt i patientens journal (%n side).</numerusform>
            <numerusform>&lt;b&gt;Udleveret&lt;/b&gt; %1 af %2: en nøjagtig kopi er gemt i patientens journal (%n sider).</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Udleveret</translation>
    </message>
    <message>
        <source>Issue the handout before printing? The client&apos;s record then keeps an exact copy of what she takes home.</source>
        <translation>Vil du udlevere hjemmeprogrammet, før det udskrives? Så gemmer patientens journal en nøjagtig kopi af det, hun får med hjem.</translation>
    </message>
    <message>
        <source>Issue and print</source>
        <translation>Udlevér og udskriv</translation>
    </message>
    <message>
        <source>Print without issuing</source>
        <translation>Udskriv uden at udlevere</translation>
    </message>
    <message>
        <source>Printing %1 …</source>
        <translation>Udskriver %1 …</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n side sendt til printeren.</numerusform>
            <numerusform>%n sider sendt til printeren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not issued.</source>
        <translation>Ikke udleveret.</translation>
    </message>
</context>
<context>
    <name>HandoutOptions</name>
    <message>
        <source>None</source>
        <translation>Intet</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Stor skrift</translation>
    </message>
    <message>
        <source>Bigger type and pictures, for clients who see poorly.</source>
        <translation>Større skrift og billeder til patienter, der ser dårligt.</translation>
    </message>
    <message>
        <source>Compact (fewest pages)</source>
        <translation>Kompakt (færrest sider)</translation>
    </message>
    <message>
        <source>Pain drawing and scores</source>
        <translation>Smertetegning og scorer</translation>
    </message>
    <message>
        <source>Adds the latest pain drawing and the PGQ and pain scores over time.</source>
        <translation>Tilføjer den seneste smertetegning samt PGQ- og smertescorer over tid.</translation>
    </message>
    <message>
        <source>Side by side, for a client who reads neither language well.</source>
        <translation>Side om side til en patient, der ikke læser nogen af sprogene godt.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Andet sprog</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Options&lt;/b&gt;</source>
        <translation>&lt;b&gt;Indstillinger&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No assessment has been recorded yet.</source>
        <translation>Der er endnu ikke registreret en undersøgelse.</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>When, how long, what helped</source>
        <translation>Hvornår, hvor længe, hvad hjalp</translation>
    </message>
    <message>
        <source>Job, hours, physical demands</source>
        <translation>Arbejde, timer, fysiske krav</translation>
    </message>
    <message>
        <source>Measured lying on her back with the knees bent; printed in the report for the midwife</source>
        <translation>Måles rygliggende med bøjede knæ; står i rapporten til jordemoderen</translation>
    </message>
    <message>
        <source>e.g. wakes when turning over</source>
        <translation>fx vågner, når hun vender sig</translation>
    </message>
    <message>
        <source>In her own words: what she wants to be able to do</source>
        <translation>Med hendes egne ord: hvad hun gerne vil kunne</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Debut</translation>
    </message>
    <message>
        <source>Worse with</source>
        <translation>Forværres ved</translation>
    </message>
    <message>
        <source>Earlier pelvic or low back pain</source>
        <translation>Tidligere bækken- eller lændesmerter</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbejde</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sygemelding</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Søvn</translation>
    </message>
    <message>
        <source>Pain-free knee distance</source>
        <translation>Smertefri knæafstand</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Risikofaktorer</translation>
    </message>
    <message>
        <source>Work and sleep</source>
        <translation>Arbejde og søvn</translation>
    </message>
    <message>
        <source>The client&apos;s own goals</source>
        <translation>Patientens egne mål</translation>
    </message>
    <message>
        <source> weeks after</source>
        <translation> uger efter</translation>
    </message>
    <message>
        <source>week </source>
        <translation>uge </translation>
    </message>
</context>
<context>
    <name>ImportClientsDialog</name>
    <message>
        <source>Import clients</source>
        <translation>Importér patienter</translation>
    </message>
    <message>
        <source>Choose a CSV file exported from another system (UTF-8 or Windows-1252, separated by ; or ,). The whole file is checked first; clients are imported only when no row has a problem, and then all at once.</source>
        <translation>Vælg en CSV-fil, der er eksporteret fra et andet system (UTF-8 eller Windows-1252, adskilt med ; eller ,). Hele filen kontrolleres først; patienterne importeres kun, hvis ingen rækker har problemer, og så alle på én gang.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <source>Choose file …</source>
        <translation>Vælg fil …</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Genkend automatisk</translation>
    </message>
    <message>
        <source>Leave out clients who are already registered</source>
        <translation>Spring patienter over, der allerede er oprettet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Character set</source>
        <translation>Tegnsæt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Checking the file …</source>
        <translation>Kontrollerer filen …</translation>
    </message>
    <message>
        <source>%1 client rows read (%2).</source>
        <translation>%1 patientrækker læst (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems: correct the file and choose it again. Nothing can be imported until every row is right.</source>
        <translation>
            <numerusform>%n række har problemer: ret filen, og vælg den igen. Intet kan importeres, før alle rækker er i orden.</numerusform>
            <numerusform>%n rækker har problemer: ret filen, og vælg den igen. Intet kan importeres, før alle rækker er i orden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) ready to import.</source>
        <translation>
            <numerusform>%n patient er klar til import.</numerusform>
            <numerusform>%n patienter er klar til import.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nobody to import.</source>
        <translation>Der er ingen at importere.</translation>
    </message>
    <message numerus="yes">
        <source>%n already registered and left out.</source>
        <translation>
            <numerusform>%n er allerede oprettet og springes over.</numerusform>
            <numerusform>%n er allerede oprettet og springes over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns used: %1</source>
        <translation>Anvendte kolonner: %1</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>Ignoreret: %1</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Filen kan ikke importeres: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Importerer …</translation>
    </message>
    <message>
        <source>Every row is read; the clients are now added in one step …</source>
        <translation>Alle rækker er læst; patienterne tilføjes nu i ét trin …</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n client(s) imported.</source>
        <translation>
            <numerusform>Færdig: %n patient importeret.</numerusform>
            <numerusform>Færdig: %n patienter importeret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation>Importen blev stoppet. Intet blev importeret.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Intet blev importeret: %1</translation>
    </message>
    <message>
        <source>Stopping …</source>
        <translation>Stopper …</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>The same CPR / fødselsnummer as line %1.</source>
        <translation>Samme CPR / fødselsnummer som linje %1.</translation>
    </message>
    <message>
        <source>The same name and birth date as line %1.</source>
        <translation>Samme navn og fødselsdato som linje %1.</translation>
    </message>
    <message>
        <source>Already registered as client %1 (same CPR / fødselsnummer).</source>
        <translation>Allerede oprettet som patient %1 (samme CPR / fødselsnummer).</translation>
    </message>
    <message>
        <source>Already registered as client %1 (same name and birth date).</source>
        <translation>Allerede oprettet som patient %1 (samme navn og fødselsdato).</translation>
    </message>
    <message>
        <source>It will be left out.</source>
        <translation>Patienten springes over.</translation>
    </message>
    <message>
        <source>More values than columns: a separator inside a value must be in quotes.</source>
        <translation>Flere værdier end kolonner: et skilletegn inde i en værdi skal stå i anførselstegn.</translation>
    </message>
    <message>
        <source>Too long for this field.</source>
        <translation>For langt til dette felt.</translation>
    </message>
    <message>
        <source>One digit short: a spreadsheet may have dropped the leading 0.</source>
        <translation>Mangler ét ciffer: et regneark kan have fjernet det foranstillede 0.</translation>
    </message>
    <message>
        <source>Write da, nb or en (Danish, Norwegian, English).</source>
        <translation>Skriv da, nb eller en (dansk, norsk, engelsk).</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <comment>import problem: field, value, what is wrong</comment>
        <translation>%1 »%2«: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>import problem: field, what is wrong</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>InstrumentsDialog</name>
    <message>
        <source>Questionnaires</source>
        <translation>Spørgeskemaer</translation>
    </message>
    <message>
        <source>PGP Desk ships PGQ, NRS, PSFS and RMDQ. A clinic holding a licence for another questionnaire (for example the Oswestry Disability Index) can add its definition file here; it is then offered in every assessment.</source>
        <translation>PGP Desk leveres med PGQ, NRS, PSFS og RMDQ. Har klinikken licens til et andet skema (fx Oswestry Disability Index), kan definitionsfilen tilføjes her; skemaet tilbydes derefter i alle undersøgelser.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add the clinic&apos;s own …</source>
        <translation>Tilføj klinikkens eget …</translation>
    </message>
    <message>
        <source>Stop offering</source>
        <translation>Tilbyd ikke længere</translation>
    </message>
    <message>
        <source>Only an administrator can add questionnaires.</source>
        <translation>Kun en administrator kan tilføje skemaer.</translation>
    </message>
    <message>
        <source>shipped with PGP Desk</source>
        <translation>leveres med PGP Desk</translation>
    </message>
    <message>
        <source>clinic&apos;s own · offered</source>
        <translation>klinikkens eget · tilbydes</translation>
    </message>
    <message>
        <source>clinic&apos;s own · not offered</source>
        <translation>klinikkens eget · tilbydes ikke</translation>
    </message>
    <message>
        <source>Offer again</source>
        <translation>Tilbyd igen</translation>
    </message>
    <message>
        <source>Questionnaire definition</source>
        <translation>Skemadefinition</translation>
    </message>
    <message>
        <source>Definition files (*.yaml *.yml)</source>
        <translation>Definitionsfiler (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Under which licence does the clinic use this questionnaire&apos;s wording?</source>
        <translation>Under hvilken licens bruger klinikken skemaets ordlyd?</translation>
    </message>
</context>
<context>
    <name>IssuedHandoutDialog</name>
    <message>
        <source>Issued handout</source>
        <translation>Udleveret hjemmeprogram</translation>
    </message>
    <message>
        <source>Opening the stored copy …</source>
        <translation>Åbner den gemte kopi …</translation>
    </message>
    <message>
        <source>Save as PDF …</source>
        <translation>Gem som PDF …</translation>
    </message>
    <message>
        <source>Reprint …</source>
        <translation>Udskriv igen …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>large print</source>
        <translation>stor skrift</translation>
    </message>
    <message>
        <source>compact</source>
        <translation>kompakt</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>med %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Handout for %1&lt;/b&gt;, issued %2 by %3</source>
        <translation>&lt;b&gt;Hjemmeprogram til %1&lt;/b&gt;, udleveret %2 af %3</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>Identical to the copy given to the client (SHA-256 %1…).</source>
        <translation>Identisk med den kopi, patienten fik (SHA-256 %1…).</translation>
    </message>
    <message>
        <source>Issued despite an open red flag: %1</source>
        <translation>Udleveret trods et åbent rødt flag: %1</translation>
    </message>
    <message>
        <source>training programme</source>
        <translation>træningsprogram</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>%1: in the client&apos;s own words</source>
        <translation>%1: med patientens egne ord</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>clinic</source>
        <translation>klinik</translation>
    </message>
    <message>
        <source>in the programme</source>
        <translation>i programmet</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search exercises …</source>
        <translation>Søg i øvelser …</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>Alle stillinger</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Alt udstyr</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Øvelsesbibliotek</translation>
    </message>
    <message>
        <source>%1 of %2 exercises · double-click or drag to add</source>
        <translation>%1 af %2 øvelser · dobbeltklik eller træk for at tilføje</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>PGP Desk is locked</source>
        <translation>PGP Desk er låst</translation>
    </message>
    <message>
        <source>Only %1 can unlock it with her password.</source>
        <translation>Kun %1 kan låse op med sin adgangskode.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO CLINIC (fictional data)</source>
        <translation>DEMOKLINIK (fiktive data)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>Find client</source>
        <translation>Find patient</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Ny patient</translation>
    </message>
    <message>
        <source>Import clients …</source>
        <translation>Importér patienter …</translation>
    </message>
    <message>
        <source>Clinic settings …</source>
        <translation>Klinikindstillinger …</translation>
    </message>
    <message>
        <source>People …</source>
        <translation>Personer …</translation>
    </message>
    <message>
        <source>Questionnaires …</source>
        <translation>Spørgeskemaer …</translation>
    </message>
    <message>
        <source>Daily backups …</source>
        <translation>Daglige sikkerhedskopier …</translation>
    </message>
    <message>
        <source>Audit log …</source>
        <translation>Revisionslog …</translation>
    </message>
    <message>
        <source>Switch user …</source>
        <translation>Skift bruger …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Copy support information</source>
        <translation>Kopiér supportoplysninger</translation>
    </message>
    <message>
        <source>Version, database and the last log lines, for your IT contact; no client data and no password</source>
        <translation>Version, database og de seneste linjer i logfilen til jeres IT-kontakt; ingen patientdata og ingen adgangskode</translation>
    </message>
    <message>
        <source>About PGP Desk</source>
        <translation>Om PGP Desk</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demodatabase</translation>
    </message>
    <message>
        <source>Records on this computer</source>
        <translation>Journaler på denne computer</translation>
    </message>
    <message>
        <source>Clinic server %1</source>
        <translation>Klinikkens server %1</translation>
    </message>
    <message>
        <source>connection not verified (sslmode in the URL)</source>
        <translation>forbindelsen er ikke verificeret (sslmode i adressen)</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Logget ind som %1 · %2</translation>
    </message>
    <message>
        <source>⚠ Backup failed: %1</source>
        <translation>⚠ Sikkerhedskopien mislykkedes: %1</translation>
    </message>
    <message>
        <source>⚠ No daily backup yet: File → Daily backups …</source>
        <translation>⚠ Ingen daglig sikkerhedskopi endnu: Filer → Daglige sikkerhedskopier …</translation>
    </message>
    <message>
        <source>⚠ Last backup %1: check the backup disk</source>
        <translation>⚠ Seneste sikkerhedskopi %1: kontrollér backupdisken</translation>
    </message>
    <message>
        <source>Folder for daily backups</source>
        <translation>Mappe til daglige sikkerhedskopier</translation>
    </message>
    <message>
        <source>Backup written to %1; a new copy is made every day.</source>
        <translation>Sikkerhedskopi gemt i %1; der laves en ny kopi hver dag.</translation>
    </message>
    <message>
        <source>Daily backups</source>
        <translation>Daglige sikkerhedskopier</translation>
    </message>
    <message>
        <source>Support information copied: paste it into an email to your IT contact.</source>
        <translation>Supportoplysningerne er kopieret: indsæt dem i en e-mail til jeres IT-kontakt.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required.</source>
        <translation>Feltet skal udfyldes.</translation>
    </message>
    <message>
        <source>Too long: at most 300 characters.</source>
        <translation>For langt: højst 300 tegn.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Datoen kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>The next visit cannot be before the assessment date.</source>
        <translation>Næste besøg kan ikke ligge før undersøgelsens dato.</translation>
    </message>
    <message>
        <source>The date is before 1900.</source>
        <translation>Datoen ligger før 1900.</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy, e.g. 24.03.1990.</source>
        <translation>Skriv datoen som dd.mm.åååå, fx 24.03.1990.</translation>
    </message>
    <message>
        <source>There is no such date.</source>
        <translation>Den dato findes ikke.</translation>
    </message>
    <message>
        <source>Write only digits, spaces, + and -, e.g. 1813 or +45 35 45 35 45.</source>
        <translation>Skriv kun cifre, mellemrum, + og -, fx 1813 eller +45 35 45 35 45.</translation>
    </message>
    <message>
        <source>Not an email address (name@example.dk).</source>
        <translation>Ikke en e-mailadresse (navn@eksempel.dk).</translation>
    </message>
    <message>
        <source>The CPR number / fødselsnummer does not match the birth date.</source>
        <translation>CPR-nummeret / fødselsnummeret passer ikke med fødselsdatoen.</translation>
    </message>
    <message>
        <source>A CPR number has 10 digits, a fødselsnummer 11.</source>
        <translation>Et CPR-nummer har 10 cifre, et fødselsnummer 11.</translation>
    </message>
    <message>
        <source>The first six digits are not a valid birth date.</source>
        <translation>De første seks cifre er ikke en gyldig fødselsdato.</translation>
    </message>
    <message>
        <source>The control digits do not match: check for a typing error.</source>
        <translation>Kontrolcifrene passer ikke: se efter en tastefejl.</translation>
    </message>
    <message>
        <source>Only digits, and an optional hyphen, please.</source>
        <translation>Kun cifre og eventuelt en bindestreg.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Vælg en af værdierne på listen.</translation>
    </message>
    <message>
        <source>The due date must be within 42 weeks from today, or record the birth.</source>
        <translation>Terminen skal ligge inden for 42 uger fra i dag, ellers registrér fødslen.</translation>
    </message>
    <message>
        <source>The birth date is too far from the due date.</source>
        <translation>Fødselsdatoen ligger for langt fra terminen.</translation>
    </message>
    <message>
        <source>Record the birth date as well.</source>
        <translation>Skriv også fødselsdatoen.</translation>
    </message>
    <message>
        <source>Holds an invisible control character; delete the text and type it again.</source>
        <translation>Indeholder et usynligt kontroltegn; slet teksten, og skriv den igen.</translation>
    </message>
    <message>
        <source>2 to 40 small letters, digits, dots or dashes, e.g. anne.holm.</source>
        <translation>2 til 40 små bogstaver, cifre, punktummer eller bindestreger, fx anne.holm.</translation>
    </message>
    <message>
        <source>Someone already has this user name.</source>
        <translation>En anden har allerede dette brugernavn.</translation>
    </message>
    <message>
        <source>Write the first and the last name.</source>
        <translation>Skriv både fornavn og efternavn.</translation>
    </message>
    <message>
        <source>A Danish authorisation ID has 5 characters (e.g. 0C25Q), an HPR number 6 to 9 digits.</source>
        <translation>Et dansk autorisations-ID har 5 tegn (fx 0C25Q), et HPR-nummer 6 til 9 cifre.</translation>
    </message>
    <message>
        <source>A therapist signs records: give a physiotherapist profession and the authorisation ID.</source>
        <translation>En terapeut underskriver journaler: angiv faggruppen fysioterapeut og autorisations-ID.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>En adgangskode skal have mindst %1 tegn.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De to adgangskoder er ikke ens.</translation>
    </message>
    <message>
        <source>The value is out of range.</source>
        <translation>Værdien er uden for det tilladte område.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Værdien er ikke gyldig.</translation>
    </message>
</context>
<context>
    <name>PainMap</name>
    <message>
        <source>Earlier</source>
        <translation>Tidligere</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Pain intensity 0 to 10</source>
        <translation>Smerteintensitet 0 til 10</translation>
    </message>
    <message>
        <source>(not described)</source>
        <translation>(ikke beskrevet)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <source>Remove the mark from this region</source>
        <translation>Fjern markeringen fra dette område</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>&amp;Pain (0 = none, 10 = worst imaginable)</source>
        <translation>&amp;Smerte (0 = ingen, 10 = værst tænkelige)</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>Smertens &amp;karakter</translation>
    </message>
    <message>
        <source>Not marked yet: choose the pain, then Enter</source>
        <translation>Ikke markeret endnu: vælg smerten, og tryk Enter</translation>
    </message>
    <message>
        <source>Marked: asked, no pain here</source>
        <translation>Markeret: spurgt, ingen smerte her</translation>
    </message>
    <message>
        <source>Marked: pain %1 of 10</source>
        <translation>Markeret: smerte %1 af 10</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Smerte</translation>
    </message>
    <message>
        <source>Shaded</source>
        <translation>Skraveret</translation>
    </message>
    <message>
        <source>Colour of a region by its pain score (0 = no pain, 10 = worst imaginable); blue shading is drawn by hand</source>
        <translation>Områdets farve viser smertescoren (0 = ingen smerte, 10 = værst tænkelige); blå skravering er tegnet i hånden</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Ikke markeret</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Smerte %1 af 10</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>ingen smerte</translation>
    </message>
    <message>
        <source>Nothing marked yet. Click a region to give it a pain score, or choose the brush to shade where it hurts.</source>
        <translation>Intet markeret endnu. Klik på et område for at give det en smertescore, eller vælg penslen og skravér, hvor det gør ondt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Marked regions</source>
        <translation>Markerede områder</translation>
    </message>
    <message>
        <source>Shading covers</source>
        <translation>Skraveringen dækker</translation>
    </message>
    <message>
        <source>Shaded share of the body</source>
        <translation>Skraveret andel af kroppen</translation>
    </message>
    <message>
        <source>New pain</source>
        <translation>Ny smerte</translation>
    </message>
    <message>
        <source>No longer painful</source>
        <translation>Ikke længere smerte</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensitet</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Karakter</translation>
    </message>
    <message>
        <source>No change in the pain map since the earlier assessment.</source>
        <translation>Ingen ændring i smertetegningen siden den tidligere undersøgelse.</translation>
    </message>
    <message>
        <source>Bold: a change of 2 or more points (clinically important).</source>
        <translation>Fed skrift: en ændring på 2 point eller mere (klinisk betydende).</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Forfra</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bagfra</translation>
    </message>
    <message>
        <source>Client&apos;s left</source>
        <translation>Patientens venstre</translation>
    </message>
    <message>
        <source>Client&apos;s right</source>
        <translation>Patientens højre</translation>
    </message>
    <message>
        <source>Pain map: front and back of the body</source>
        <translation>Smertetegning: kroppen forfra og bagfra</translation>
    </message>
    <message>
        <source>Mark regions</source>
        <translation>Markér områder</translation>
    </message>
    <message>
        <source>Click a region to give it a pain score and a quality (M)</source>
        <translation>Klik på et område for at give det en smertescore og en karakter (M)</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pensel</translation>
    </message>
    <message>
        <source>Shade where it hurts, freehand (B)</source>
        <translation>Skravér i frihånd, hvor det gør ondt (B)</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Viskelæder</translation>
    </message>
    <message>
        <source>Rub out shading (E)</source>
        <translation>Visk skravering ud (E)</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>&amp;Bredde</translation>
    </message>
    <message>
        <source>Width of the brush and the eraser</source>
        <translation>Bredde på pensel og viskelæder</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Take back the last change (Ctrl+Z)</source>
        <translation>Fortryd den seneste ændring (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>PainMapPage</name>
    <message>
        <source>Draw</source>
        <translation>Tegn</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Sammenlign med %1</translation>
    </message>
    <message>
        <source>No earlier pain map in this pregnancy to compare with.</source>
        <translation>Ingen tidligere smertetegning i denne graviditet at sammenligne med.</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>Denne undersøgelse</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preparing the preview …</source>
        <translation>Forbereder forhåndsvisningen …</translation>
    </message>
    <message>
        <source>The PDF could not be shown.</source>
        <translation>PDF-filen kunne ikke vises.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Physiotherapist</source>
        <translation>Fysioterapeut</translation>
    </message>
    <message>
        <source>Physiotherapist (specialist)</source>
        <translation>Fysioterapeut (specialist)</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekretær</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeut</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Name and authorisation ID</source>
        <translation>Navn og autorisations-ID</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add person …</source>
        <translation>Tilføj person …</translation>
    </message>
    <message>
        <source>Edit profile …</source>
        <translation>Ret profil …</translation>
    </message>
    <message>
        <source>Set password …</source>
        <translation>Angiv adgangskode …</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivér</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <source>Profile or password to complete</source>
        <translation>Profil eller adgangskode mangler</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivér</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
</context>
<context>
    <name>PlanNotesPage</name>
    <message>
        <source>One step per line, e.g.
Explain the pain and everyday advice
Stabilising exercises
Review in 3 weeks</source>
        <translation>Ét punkt pr. linje, fx
Forklaring af smerterne og råd til hverdagen
Stabiliserende øvelser
Opfølgning om 3 uger</translation>
    </message>
    <message>
        <source>Anything else worth recording</source>
        <translation>Andet, der er værd at notere</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Tilføjelser</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Næste besøg</translation>
    </message>
    <message>
        <source>Date of the next visit</source>
        <translation>Dato for næste besøg</translation>
    </message>
    <message>
        <source>Each line becomes a point in the report.</source>
        <translation>Hver linje bliver et punkt i rapporten.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>the PDF could not be read</source>
        <translation>PDF-filen kunne ikke læses</translation>
    </message>
    <message>
        <source>the printer could not be started; check that it is on and ready</source>
        <translation>printeren kunne ikke startes; kontrollér, at den er tændt og klar</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Udskriv hjemmeprogram</translation>
    </message>
    <message>
        <source>Sending pages to the printer …</source>
        <translation>Sender sider til printeren …</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Udskriver</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Ikke udskrevet</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>e.g. 0C25Q or HPR number 9144889</source>
        <translation>fx 0C25Q eller HPR-nummer 9144889</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fulde navn</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <source>Authorisation ID / HPR number</source>
        <translation>Autorisations-ID / HPR-nummer</translation>
    </message>
    <message>
        <source>She also treats clients (therapist)</source>
        <translation>Hun behandler også patienter (terapeut)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Adgangskode igen</translation>
    </message>
</context>
<context>
    <name>ProgrammeBuilder</name>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>This programme has been issued and is part of the record. To change it, start a new programme from it.</source>
        <translation>Programmet er udleveret og er en del af journalen. Vil du ændre det, så start et nyt program ud fra det.</translation>
    </message>
    <message>
        <source>Start from %1</source>
        <translation>Start ud fra %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeCommands</name>
    <message>
        <source>Add exercise</source>
        <translation>Tilføj øvelse</translation>
    </message>
    <message>
        <source>Add exercises</source>
        <translation>Tilføj øvelser</translation>
    </message>
    <message>
        <source>Remove exercise</source>
        <translation>Fjern øvelse</translation>
    </message>
    <message>
        <source>Move exercise</source>
        <translation>Flyt øvelse</translation>
    </message>
    <message>
        <source>Change dosage</source>
        <translation>Ændr dosering</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemsModel</name>
    <message>
        <source>No dosage</source>
        <translation>Ingen dosering</translation>
    </message>
    <message>
        <source>Not in the library any more</source>
        <translation>Ikke længere i biblioteket</translation>
    </message>
</context>
<context>
    <name>ProgrammeList</name>
    <message>
        <source>Double-click an exercise in the library, drag it here, or take one of the suggestions.</source>
        <translation>Dobbeltklik på en øvelse i biblioteket, træk den herhen, eller tag et af forslagene.</translation>
    </message>
    <message>
        <source>← Easier</source>
        <translation>← Lettere</translation>
    </message>
    <message>
        <source>Harder →</source>
        <translation>Sværere →</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Programme · 1 exercise</source>
        <translation>Program · 1 øvelse</translation>
    </message>
    <message>
        <source>Programme · %1 exercises</source>
        <translation>Program · %1 øvelser</translation>
    </message>
    <message>
        <source>Easier: %1</source>
        <translation>Lettere: %1</translation>
    </message>
    <message>
        <source>Harder: %1</source>
        <translation>Sværere: %1</translation>
    </message>
    <message>
        <source>Progress to %1</source>
        <translation>Progression til %1</translation>
    </message>
    <message>
        <source>Regress to %1</source>
        <translation>Regression til %1</translation>
    </message>
    <message>
        <source>Keep the note?</source>
        <translation>Behold noten?</translation>
    </message>
    <message>
        <source>Your note for the client was written for the previous exercise:

“%1”

Keep it for %2?</source>
        <translation>Din note til patienten blev skrevet til den forrige øvelse:

“%1”

Skal den stå ved %2?</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>Behold noten</translation>
    </message>
    <message>
        <source>Remove the note</source>
        <translation>Fjern noten</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <source>Record a pregnancy first: a programme belongs to a pregnancy and the months after it.</source>
        <translation>Registrér først en graviditet: et program hører til en graviditet og månederne efter.</translation>
    </message>
    <message>
        <source>Opening the programme …</source>
        <translation>Åbner programmet …</translation>
    </message>
</context>
<context>
    <name>ProgressEstimate</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>ca. %n s tilbage</numerusform>
            <numerusform>ca. %n s tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>ca. %n min tilbage</numerusform>
            <numerusform>ca. %n min tilbage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>PGQ (0-100, lower is better)</source>
        <translation>PGQ (0-100, lavere er bedre)</translation>
    </message>
    <message>
        <source>Pain, NRS 0-10</source>
        <translation>Smerte, NRS 0-10</translation>
    </message>
    <message>
        <source>ASLR sum (0-10)</source>
        <translation>ASLR-sum (0-10)</translation>
    </message>
    <message>
        <source>Positive provocation tests (0-6)</source>
        <translation>Positive provokationstests (0-6)</translation>
    </message>
    <message>
        <source>Important change: PGQ total and activity 25 points, PGQ symptoms 20 points (Stuge 2017); NRS 2 points or 30% (Farrar 2001); ASLR sum 2 points (PGP Desk&apos;s choice; no published threshold). Positive tests are shown without a verdict.</source>
        <translation>Betydende ændring: PGQ total og aktivitet 25 point, PGQ symptomer 20 point (Stuge 2017); NRS 2 point eller 30 % (Farrar 2001); ASLR-sum 2 point (PGP Desks valg; ingen publiceret grænseværdi). Positive tests vises uden vurdering.</translation>
    </message>
    <message>
        <source>Compared with the previous assessment</source>
        <translation>Sammenlignet med forrige undersøgelse</translation>
    </message>
    <message>
        <source>Over the pregnancy and after</source>
        <translation>Gennem graviditeten og efter</translation>
    </message>
    <message>
        <source>ASLR sum</source>
        <translation>ASLR-sum</translation>
    </message>
    <message>
        <source>Positive provocation tests</source>
        <translation>Positive provokationstests</translation>
    </message>
    <message>
        <source>Save this assessment to compare it with the previous one. The charts show the assessments saved so far.</source>
        <translation>Gem undersøgelsen for at sammenligne den med den forrige. Graferne viser de undersøgelser, der er gemt indtil nu.</translation>
    </message>
    <message>
        <source>This is the first assessment in this pregnancy; the next one will be compared with it.</source>
        <translation>Dette er den første undersøgelse i denne graviditet; den næste sammenlignes med den.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Søg i:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Søg i:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Filnavn:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Vælg</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Gem som</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find mappe</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Frem</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Opret ny mappe</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljevisning</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Omdøb</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Seneste steder</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidepanel</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Denne computer</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 findes allerede.
Vil du erstatte den?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Indsæt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Gem alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Afbryd</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorér</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Gem ikke</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Luk uden at gemme</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gendan standard</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Indsæt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiér &amp;linkadresse</translation>
    </message>
</context>
<context>
    <name>QuestionnaireWidget</name>
    <message>
        <source>Not applicable</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <source>Client fills in on screen…</source>
        <translation>Patienten udfylder på skærmen…</translation>
    </message>
    <message>
        <source>Off: these short labels lack the questions and time frame a client must read. Give her the official form, or import the licensed wording.</source>
        <translation>Slået fra: de korte etiketter mangler spørgsmålene og tidsrammen, som patienten skal læse. Giv hende det officielle skema, eller importér den licenserede ordlyd.</translation>
    </message>
    <message>
        <source>The client will read the texts shown here, not the official questionnaire. Import the official wording for client use if your clinic has it.</source>
        <translation>Patienten læser de tekster, der vises her, ikke det officielle spørgeskema. Importér den officielle ordlyd til patientbrug, hvis klinikken har den.</translation>
    </message>
    <message>
        <source>Record the rest as “no”</source>
        <translation>Registrér resten som »nej«</translation>
    </message>
    <message>
        <source>Every statement not ticked is recorded as no</source>
        <translation>Alle udsagn uden kryds registreres som nej</translation>
    </message>
    <message>
        <source>Short labels for entering the answers from the official form; they are not the questionnaire&apos;s wording, so the client answers on the official form, not on screen.</source>
        <translation>Korte etiketter til at indtaste svarene fra det officielle skema; de er ikke spørgeskemaets ordlyd, så patienten svarer på det officielle skema, ikke på skærmen.</translation>
    </message>
    <message>
        <source>PGP Desk&apos;s own paraphrase, not the validated wording: compare scores with published values only with care.</source>
        <translation>PGP Desks egen omskrivning, ikke den validerede ordlyd: sammenlign kun scorer med publicerede værdier med forsigtighed.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 af %2 besvaret</translation>
    </message>
    <message>
        <source>%1 not applicable</source>
        <translation>%1 ikke relevante</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Gendannelseskode</translation>
    </message>
    <message>
        <source>Write this code on paper and keep it locked away. If the administrator forgets her password, this code lets her choose a new one: ask whoever looks after the clinic&apos;s computers (IT) to help her use it. It is shown only now.</source>
        <translation>Skriv koden på papir og opbevar den aflåst. Hvis administratoren glemmer sin adgangskode, kan hun vælge en ny med denne kode: bed den, der passer klinikkens computere (IT), om hjælp til at bruge den. Koden vises kun nu.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Jeg har skrevet den ned</translation>
    </message>
</context>
<context>
    <name>RedFlagConfirmDialog</name>
    <message>
        <source>Open red flag</source>
        <translation>Åbent rødt flag</translation>
    </message>
    <message>
        <source>&lt;b&gt;This client has an open red flag:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Patienten har et åbent rødt flag:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Exercise is normally not started until a doctor or midwife has assessed this. Issue the handout only if that has happened or it is safe for another reason, and write why below. Your words are kept with the handout in her record.</source>
        <translation>Træning startes normalt ikke, før en læge eller jordemoder har vurderet dette. Udlevér kun hjemmeprogrammet, hvis det er sket, eller hvis det af en anden grund er sikkert, og skriv hvorfor herunder. Din begrundelse gemmes sammen med hjemmeprogrammet i hendes journal.</translation>
    </message>
    <message>
        <source>e.g. Assessed by her midwife on 12 March; cleared for gentle exercise.</source>
        <translation>fx Vurderet af jordemoder 12. marts; må gerne lave let træning.</translation>
    </message>
    <message>
        <source>Issue handout</source>
        <translation>Udlevér hjemmeprogram</translation>
    </message>
</context>
<context>
    <name>RedFlagSection</name>
    <message>
        <source>What to do if the answer is yes</source>
        <translation>Hvad du skal gøre, hvis svaret er ja</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Ikke spurgt</translation>
    </message>
    <message>
        <source>Answer the rest “No”</source>
        <translation>Svar »Nej« til resten</translation>
    </message>
    <message>
        <source>Sets every question not asked yet to No</source>
        <translation>Sætter alle spørgsmål, der ikke er stillet endnu, til Nej</translation>
    </message>
    <message>
        <source>Open since the last assessment: ask again first</source>
        <translation>Åbent siden sidste undersøgelse: spørg igen først</translation>
    </message>
    <message>
        <source>Red flags: refer, do not treat</source>
        <translation>Røde flag: henvis, behandl ikke</translation>
    </message>
    <message>
        <source>Contraindications to exercise</source>
        <translation>Kontraindikationer for træning</translation>
    </message>
    <message>
        <source>Exercise must not start until this is cleared.</source>
        <translation>Træningen må ikke begynde, før dette er afklaret.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked yet.</source>
        <translation>
            <numerusform>%n spørgsmål er ikke stillet endnu.</numerusform>
            <numerusform>%n spørgsmål er ikke stillet endnu.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ All answered no: nothing stands in the way of exercise.</source>
        <translation>✓ Alle besvaret med nej: intet er til hinder for træning.</translation>
    </message>
    <message>
        <source>⚠ Refer: do not start exercise</source>
        <translation>⚠ Henvis: start ikke træning</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for the GP or midwife</source>
        <translation>Rapport til læge eller jordemoder</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Modtager</translation>
    </message>
    <message>
        <source>The GP or midwife, e.g. from her record</source>
        <translation>Egen læge eller jordemoder, fx fra journalen</translation>
    </message>
    <message>
        <source>What do you ask of the recipient? E.g. to see her today about a red flag.</source>
        <translation>Hvad beder du modtageren om? Fx at se hende i dag på grund af et rødt flag.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Request to the recipient</source>
        <translation>Anmodning til modtageren</translation>
    </message>
    <message>
        <source>Save PDF …</source>
        <translation>Gem PDF …</translation>
    </message>
    <message>
        <source>Copy summary as text</source>
        <translation>Kopiér sammenfatning som tekst</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>The report opens with a three-line summary: subgroup, scores, red flags and your request.</source>
        <translation>Rapporten begynder med en sammenfatning på tre linjer: undergruppe, målinger, røde flag og din anmodning.</translation>
    </message>
    <message>
        <source>The summary is on the clipboard: paste it into the journal.</source>
        <translation>Sammenfatningen er kopieret: sæt den ind i journalen.</translation>
    </message>
</context>
<context>
    <name>SaveController</name>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>still saving: the database is busy with another task, PGP Desk keeps trying …</source>
        <translation>gemmer stadig: databasen er optaget af en anden opgave, PGP Desk bliver ved med at prøve …</translation>
    </message>
</context>
<context>
    <name>ScoreCard</name>
    <message>
        <source>higher is worse</source>
        <translation>højere er værre</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>højere er bedre</translation>
    </message>
    <message>
        <source>Range %1-%2, %3.</source>
        <translation>Skala %1-%2, %3.</translation>
    </message>
</context>
<context>
    <name>SectionNav</name>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>addenda are for signed assessments; edit the draft instead</source>
        <translation>tilføjelser er til signerede undersøgelser; ret i kladden i stedet</translation>
    </message>
    <message>
        <source>a signed assessment cannot be deleted</source>
        <translation>en signeret undersøgelse kan ikke slettes</translation>
    </message>
    <message>
        <source>this assessment is already signed</source>
        <translation>undersøgelsen er allerede signeret</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos;: choose auto, utf-8 or cp1252</source>
        <translation>ukendt tegnsæt &apos;%1&apos;: vælg auto, utf-8 eller cp1252</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 marker: choose UTF-8 (or auto), not Windows-1252</source>
        <translation>filen begynder med en UTF-8-markør: vælg UTF-8 (eller automatisk), ikke Windows-1252</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>the file needs columns for first and last name (e.g. Fornavn and Efternavn/Etternavn) or one Navn/Name column; found: %1</source>
        <translation>filen skal have kolonner til fornavn og efternavn (fx Fornavn og Efternavn) eller én Navn-kolonne; fundet: %1</translation>
    </message>
    <message>
        <source>line %1 holds a byte that is neither UTF-8 nor Windows-1252; save the file as UTF-8 and try again</source>
        <translation>linje %1 indeholder et tegn, der hverken er UTF-8 eller Windows-1252; gem filen som UTF-8, og prøv igen</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it</source>
        <translation>%1 er større end %2 MB; del den op</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>filen %1 findes ikke</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file</source>
        <translation>%1 er en mappe, ikke en CSV-fil</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan ikke læse %1: %2</translation>
    </message>
    <message>
        <source>since the check, clients on line(s) %1 were registered by someone else; check the file again; nothing was imported</source>
        <translation>siden kontrollen er patienterne på linje %1 oprettet af en anden; kontrollér filen igen; intet blev importeret</translation>
    </message>
    <message>
        <source>the file starts like UTF-16 but is not valid UTF-16</source>
        <translation>filen begynder som UTF-16, men er ikke gyldig UTF-16</translation>
    </message>
    <message>
        <source>line %1 cannot be read as CSV (%2)</source>
        <translation>linje %1 kan ikke læses som CSV (%2)</translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8; if the file comes from an older Windows program, choose Windows-1252 (cp1252)</source>
        <translation>linje %1 er ikke gyldig UTF-8; kommer filen fra et ældre Windows-program, så vælg Windows-1252 (cp1252)</translation>
    </message>
    <message>
        <source>the file mixes UTF-8 and Windows-1252 text (first at line %1); save it again as UTF-8 and import that</source>
        <translation>filen blander UTF-8- og Windows-1252-tekst (første gang på linje %1); gem den igen som UTF-8, og importér den</translation>
    </message>
    <message>
        <source>only an administrator can change the clinic&apos;s details</source>
        <translation>kun en administrator kan ændre klinikkens oplysninger</translation>
    </message>
    <message>
        <source>only an administrator can read the audit log</source>
        <translation>kun en administrator kan læse revisionsloggen</translation>
    </message>
    <message>
        <source>the audit log is exported as a .csv file; choose a name ending in .csv</source>
        <translation>revisionsloggen eksporteres som en .csv-fil; vælg et navn, der ender på .csv</translation>
    </message>
    <message>
        <source>the clinic record is missing from the database</source>
        <translation>klinikkens oplysninger mangler i databasen</translation>
    </message>
    <message>
        <source>only an administrator can add questionnaires for the clinic</source>
        <translation>kun en administrator kan tilføje skemaer for klinikken</translation>
    </message>
    <message>
        <source>write down the licence under which the clinic uses this questionnaire</source>
        <translation>skriv, under hvilken licens klinikken bruger skemaet</translation>
    </message>
    <message>
        <source>%1 is a questionnaire PGP Desk ships; give the clinic&apos;s own a different code</source>
        <translation>%1 er et skema, PGP Desk leverer; giv klinikkens eget en anden kode</translation>
    </message>
    <message>
        <source>%1 is too large for a questionnaire definition</source>
        <translation>%1 er for stor til en skemadefinition</translation>
    </message>
    <message>
        <source>the questionnaire definition is not valid: %1</source>
        <translation>skemadefinitionen er ikke gyldig: %1</translation>
    </message>
    <message>
        <source>the database at %1 cannot be reached (%2)</source>
        <translation>databasen på %1 kan ikke nås (%2)</translation>
    </message>
    <message>
        <source>the database server at %1 refused the user name or password</source>
        <translation>databaseserveren på %1 afviste brugernavnet eller adgangskoden</translation>
    </message>
    <message>
        <source>the database at %1 does not exist; ask your IT contact to create it</source>
        <translation>databasen på %1 findes ikke; bed jeres IT-kontakt om at oprette den</translation>
    </message>
    <message>
        <source>the database file %1 cannot be opened; check the folder and its permissions</source>
        <translation>databasefilen %1 kan ikke åbnes; kontrollér mappen og dens rettigheder</translation>
    </message>
    <message>
        <source>the database at %1 is empty; IT creates its tables with &apos;pgp-desk db upgrade&apos;</source>
        <translation>databasen på %1 er tom; IT opretter dens tabeller med &apos;pgp-desk db upgrade&apos;</translation>
    </message>
    <message>
        <source>the clinic database&apos;s name %1 is not one PGP Desk set up; ask IT</source>
        <translation>klinikdatabasens navn %1 er ikke sat op af PGP Desk; spørg IT</translation>
    </message>
    <message>
        <source>the clinic database&apos;s name &apos;%1&apos; cannot lead PostgreSQL role names; name it with 1 to 22 small letters, digits or _ (starting with a letter)</source>
        <translation>klinikdatabasens navn »%1« kan ikke indlede PostgreSQL-rollenavne; giv den et navn med 1 til 22 små bogstaver, cifre eller _ (der begynder med et bogstav)</translation>
    </message>
    <message>
        <source>the schema owner may not create the clinic&apos;s roles; run &apos;pgp-desk db upgrade&apos; as the role that owns the database, with CREATEROLE (see the README, &apos;Setting up the clinic server&apos;)</source>
        <translation>skemaets ejer må ikke oprette klinikkens roller; kør »pgp-desk db upgrade« som den rolle, der ejer databasen, med CREATEROLE (se README, »Setting up the clinic server«)</translation>
    </message>
    <message>
        <source>there is nobody with the user name %1</source>
        <translation>der er ingen med brugernavnet %1</translation>
    </message>
    <message>
        <source>the clinic needs at least one active administrator</source>
        <translation>klinikken skal have mindst én aktiv administrator</translation>
    </message>
    <message>
        <source>client %1 does not exist</source>
        <translation>patient %1 findes ikke</translation>
    </message>
    <message>
        <source>pregnancy %1 does not exist</source>
        <translation>graviditetsforløb %1 findes ikke</translation>
    </message>
    <message>
        <source>assessment %1 does not exist</source>
        <translation>undersøgelse %1 findes ikke</translation>
    </message>
    <message>
        <source>programme %1 does not exist</source>
        <translation>program %1 findes ikke</translation>
    </message>
    <message>
        <source>handout %1 does not exist</source>
        <translation>udlevering %1 findes ikke</translation>
    </message>
    <message>
        <source>only a therapist can open clinical records</source>
        <translation>kun en terapeut kan åbne kliniske journaler</translation>
    </message>
    <message>
        <source>only an administrator can erase a client&apos;s data</source>
        <translation>kun en administrator kan slette en patients data</translation>
    </message>
    <message>
        <source>only the clinic&apos;s staff can open the client list</source>
        <translation>kun klinikkens personale kan åbne patientlisten</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>forkert brugernavn eller adgangskode</translation>
    </message>
    <message>
        <source>too many wrong passwords: wait %1 seconds and try again</source>
        <translation>for mange forkerte adgangskoder: vent %1 sekunder, og prøv igen</translation>
    </message>
    <message>
        <source>this person is disabled; an administrator can enable her again</source>
        <translation>denne person er deaktiveret; en administrator kan aktivere hende igen</translation>
    </message>
    <message>
        <source>your profile is not complete; ask an administrator to complete it</source>
        <translation>din profil er ikke udfyldt; bed en administrator om at udfylde den</translation>
    </message>
    <message>
        <source>this database already has people; sign in instead</source>
        <translation>databasen har allerede personer; log ind i stedet</translation>
    </message>
    <message>
        <source>this user name is already in use</source>
        <translation>brugernavnet er allerede i brug</translation>
    </message>
    <message>
        <source>the recovery code or the administrator&apos;s user name is wrong</source>
        <translation>gendannelseskoden eller administratorens brugernavn er forkert</translation>
    </message>
    <message>
        <source>only an administrator can manage the clinic&apos;s people</source>
        <translation>kun en administrator kan administrere klinikkens personer</translation>
    </message>
    <message>
        <source>%1 has a line longer than 1 MB; it is not a list of clients</source>
        <translation>%1 har en linje, der er længere end 1 MB; det er ikke en liste over patienter</translation>
    </message>
    <message>
        <source>the file %1 changed while it was read; check it again</source>
        <translation>filen %1 blev ændret, mens den blev læst; kontrollér den igen</translation>
    </message>
    <message>
        <source>the file %1 changed after it was checked; check it again; nothing was imported</source>
        <translation>filen %1 er ændret, efter at den blev kontrolleret; kontrollér den igen; intet blev importeret</translation>
    </message>
    <message>
        <source>since the check, clients in the file were registered or erased by someone else; check the file again; nothing was imported</source>
        <translation>siden kontrollen er patienter i filen oprettet eller slettet af en anden; kontrollér filen igen; intet blev importeret</translation>
    </message>
    <message>
        <source>the database has schema version %1 and this PGP Desk needs %2; ask IT to run &apos;pgp-desk db upgrade&apos; on it</source>
        <translation>databasen har skemaversion %1, og denne PGP Desk kræver %2; bed IT om at køre &apos;pgp-desk db upgrade&apos; på den</translation>
    </message>
    <message>
        <source>could not choose a new exercise code; please try again</source>
        <translation>kunne ikke finde en ny øvelseskode; prøv igen</translation>
    </message>
    <message>
        <source>choose a .json file name; the PDF summary is written beside it</source>
        <translation>vælg et filnavn, der ender på .json; PDF-oversigten gemmes ved siden af</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>mappen %1 findes ikke</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>the client has an open red flag, so issuing exercises needs your explicit confirmation</source>
        <translation>patienten har et åbent rødt flag, så udlevering af øvelser kræver din udtrykkelige bekræftelse</translation>
    </message>
    <message>
        <source>the stored copy of handout %1 does not match its checksum, so it cannot be reprinted</source>
        <translation>den gemte kopi af hjemmeprogram %1 passer ikke med sin kontrolsum og kan derfor ikke genudskrives</translation>
    </message>
    <message>
        <source>the name typed does not match the client&apos;s name; nothing erased</source>
        <translation>det indtastede navn passer ikke med patientens navn; intet er slettet</translation>
    </message>
    <message>
        <source>only an administrator or the therapist who saved it can delete a clinic template</source>
        <translation>kun en administrator eller den terapeut, der gemte den, kan slette en klinikskabelon</translation>
    </message>
    <message>
        <source>an issued programme is part of the record and cannot be deleted</source>
        <translation>et udleveret program er en del af journalen og kan ikke slettes</translation>
    </message>
    <message>
        <source>this programme has been issued and cannot be changed; start a new programme from it</source>
        <translation>programmet er udleveret og kan ikke ændres; start et nyt program ud fra det</translation>
    </message>
    <message>
        <source>&apos;%1&apos; databases are not supported; use SQLite or PostgreSQL</source>
        <translation>&apos;%1&apos;-databaser understøttes ikke; brug SQLite eller PostgreSQL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database URL; use sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host/database</source>
        <translation>&apos;%1&apos; er ikke en database-URL; brug sqlite:///sti/til/fil.sqlite3 eller postgresql+psycopg://bruger@server/database</translation>
    </message>
    <message>
        <source>the database schema (%1) is newer than this PGP Desk; install the newer version that upgraded it</source>
        <translation>databasens skema (%1) er nyere end denne PGP Desk; installér den nyere version, der opgraderede det</translation>
    </message>
    <message>
        <source>this assessment is signed and cannot be changed; add an addendum instead</source>
        <translation>undersøgelsen er signeret og kan ikke ændres; skriv en tilføjelse i stedet</translation>
    </message>
    <message>
        <source>the file holds no clients to import; nothing was imported</source>
        <translation>filen indeholder ingen patienter; intet blev importeret</translation>
    </message>
    <message>
        <source>1 row has problems (line %1); nothing was imported: correct the file and try again</source>
        <translation>1 række har fejl (linje %1); intet blev importeret: ret filen, og prøv igen</translation>
    </message>
    <message>
        <source>%1 rows have problems (lines %2); nothing was imported: correct the file and try again</source>
        <translation>%1 rækker har fejl (linje %2); intet blev importeret: ret filen, og prøv igen</translation>
    </message>
    <message>
        <source>the import was stopped; nothing was imported</source>
        <translation>importen blev stoppet; intet blev importeret</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 findes allerede; vælg et andet navn</translation>
    </message>
    <message>
        <source>%1 does not exist (or its folder does not); check the path</source>
        <translation>%1 findes ikke (eller mappen findes ikke); kontrollér stien</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 er en mappe, ikke en databasefil</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 er en mappe; angiv et filnavn</translation>
    </message>
    <message>
        <source>%1 is not a file; choose a CSV file</source>
        <translation>%1 er ikke en fil; vælg en CSV-fil</translation>
    </message>
    <message>
        <source>%1 is on a disk that cannot be written to; choose another place</source>
        <translation>%1 ligger på et drev, der ikke kan skrives til; vælg et andet sted</translation>
    </message>
    <message>
        <source>PGP Desk cannot create its data folder %1 (%2); set %3 to a folder you may write to</source>
        <translation>PGP Desk kan ikke oprette sin datamappe %1 (%2); sæt %3 til en mappe, du må skrive i</translation>
    </message>
    <message>
        <source>PGP Desk may not use %1; choose another place or ask your IT contact about its permissions</source>
        <translation>PGP Desk har ikke adgang til %1; vælg et andet sted, eller spørg jeres IT-kontakt om rettighederne</translation>
    </message>
    <message>
        <source>a file could not be read or written (%1); check the disk and try again</source>
        <translation>en fil kunne ikke læses eller skrives (%1); kontrollér drevet, og prøv igen</translation>
    </message>
    <message>
        <source>cannot use %1 (%2); check the file and try again</source>
        <translation>%1 kan ikke bruges (%2); kontrollér filen, og prøv igen</translation>
    </message>
    <message>
        <source>part of the path %1 is not a folder; check the path</source>
        <translation>en del af stien %1 er ikke en mappe; kontrollér stien</translation>
    </message>
    <message>
        <source>something unexpected went wrong; the details are in the log file %1 (Help → Copy support information)</source>
        <translation>der skete en uventet fejl; detaljerne står i logfilen %1 (Hjælp → Kopiér supportoplysninger)</translation>
    </message>
    <message>
        <source>the computer ran out of memory; close other programs and try again</source>
        <translation>computeren løb tør for hukommelse; luk andre programmer, og prøv igen</translation>
    </message>
    <message>
        <source>the connection to the database at %1 was lost; nothing was saved and your typing is kept; check the network and save again</source>
        <translation>forbindelsen til databasen på %1 blev afbrudt; intet blev gemt, og det, du har skrevet, er bevaret; kontrollér netværket, og gem igen</translation>
    </message>
    <message>
        <source>the database did not answer as expected; nothing was saved; try again, and if it keeps happening ask your IT contact (Help → Copy support information)</source>
        <translation>databasen svarede ikke som forventet; intet blev gemt; prøv igen, og spørg jeres IT-kontakt, hvis det bliver ved (Hjælp → Kopiér supportoplysninger)</translation>
    </message>
    <message>
        <source>the database file %1 cannot be read or written; check the disk and the file&apos;s permissions</source>
        <translation>databasefilen %1 kan ikke læses eller skrives; kontrollér drevet og filens rettigheder</translation>
    </message>
    <message>
        <source>the database file %1 is damaged and cannot be used; close PGP Desk and restore the newest backup (PGP Desk keeps copies in %2) as the README describes under &apos;When something goes wrong&apos;</source>
        <translation>databasefilen %1 er beskadiget og kan ikke bruges; luk PGP Desk, og gendan den nyeste sikkerhedskopi (PGP Desk gemmer kopier i %2) som beskrevet i README under &apos;When something goes wrong&apos;</translation>
    </message>
    <message>
        <source>the database is busy with a long task (for example an import); nothing was saved; wait a moment and try again</source>
        <translation>databasen er optaget af en lang opgave (for eksempel en import); intet blev gemt; vent et øjeblik, og prøv igen</translation>
    </message>
    <message>
        <source>the disk holding %1 is full; free some space and try again</source>
        <translation>drevet med %1 er fuldt; frigør plads, og prøv igen</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>drevet er fuldt; frigør plads, og prøv igen</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; create it first or check the path</source>
        <translation>mappen %1 findes ikke; opret den først, eller kontrollér stien</translation>
    </message>
    <message>
        <source>the name %1 is too long; choose a shorter one</source>
        <translation>navnet %1 er for langt; vælg et kortere</translation>
    </message>
    <message>
        <source>the upgrade of the database schema failed; the copy made before it is kept at %1; restore it as the README describes under &apos;When something goes wrong&apos;, or ask your IT contact</source>
        <translation>opgraderingen af databasens skema mislykkedes; kopien fra før opgraderingen ligger i %1; gendan den som beskrevet i README under &apos;When something goes wrong&apos;, eller spørg jeres IT-kontakt</translation>
    </message>
    <message>
        <source>there is no database at %1; check the path, or create one with &apos;pgp-desk db upgrade&apos;</source>
        <translation>der er ingen database i %1; kontrollér stien, eller opret en med &apos;pgp-desk db upgrade&apos;</translation>
    </message>
    <message>
        <source>an earlier demo fill of %1 was interrupted, so the demo clinic is incomplete; delete its file and run &apos;pgp-desk demo&apos; again</source>
        <translation>en tidligere udfyldning af demoklinikken i %1 blev afbrudt, så demoklinikken er ufuldstændig; slet filen, og kør &apos;pgp-desk demo&apos; igen</translation>
    </message>
    <message>
        <source>the database %1 already holds the demo clinic; to start afresh, delete its file and run &apos;pgp-desk demo&apos; again</source>
        <translation>databasen %1 indeholder allerede demoklinikken; slet filen, og kør &apos;pgp-desk demo&apos; igen for at starte forfra</translation>
    </message>
    <message>
        <source>the upgrade of the database schema failed and nothing was changed; ask your IT contact (Help → Copy support information)</source>
        <translation>opgraderingen af databasens skema mislykkedes, og intet blev ændret; spørg jeres IT-kontakt (Hjælp → Kopiér supportoplysninger)</translation>
    </message>
    <message>
        <source>%1 is not in PGP Desk&apos;s backups folder; delete it yourself</source>
        <translation>%1 ligger ikke i PGP Desks mappe til sikkerhedskopier; slet den selv</translation>
    </message>
    <message>
        <source>only an administrator can erase records before the end of the retention period</source>
        <translation>kun en administrator kan slette journaler, før opbevaringsperioden er udløbet</translation>
    </message>
    <message>
        <source>the records must be kept until %1 (%2 years after the last entry); an administrator can erase earlier by recording the legal basis</source>
        <translation>journalerne skal opbevares til %1 (%2 år efter seneste notat); en administrator kan slette dem før ved at angive retsgrundlaget</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup copy</source>
        <translation>%1 er selve databasen; vælg en sikkerhedskopi</translation>
    </message>
    <message>
        <source>keep between 1 and 365 copies</source>
        <translation>behold mellem 1 og 365 kopier</translation>
    </message>
    <message>
        <source>the backup copy %1 failed SQLite&apos;s integrity check and was removed; run &apos;pgp-desk db check&apos; on the database</source>
        <translation>sikkerhedskopien %1 bestod ikke SQLites integritetskontrol og er fjernet; kør &apos;pgp-desk db check&apos; på databasen</translation>
    </message>
    <message>
        <source>copy onto the clinic&apos;s PostgreSQL server: --to postgresql+psycopg://OWNER@SERVER/DATABASE</source>
        <translation>kopiér til klinikkens PostgreSQL-server: --to postgresql+psycopg://EJER@SERVER/DATABASE</translation>
    </message>
    <message>
        <source>only an administrator can move the practice onto the clinic server</source>
        <translation>kun en administrator kan flytte praksissen over på klinikkens server</translation>
    </message>
    <message>
        <source>only the role that owns the clinic database may copy into it; run &apos;pgp-desk db copy&apos; with the owner&apos;s role in the URL (the one that ran &apos;pgp-desk db upgrade&apos;); nothing was copied</source>
        <translation>kun den rolle, der ejer klinikkens database, må kopiere ind i den; kør &apos;pgp-desk db copy&apos; med ejerens rolle i URL&apos;en (den, der kørte &apos;pgp-desk db upgrade&apos;); intet blev kopieret</translation>
    </message>
    <message>
        <source>the audit trail&apos;s chain does not verify on the clinic server (link %1); nothing was copied</source>
        <translation>revisionssporets kæde holder ikke på klinikkens server (led %1); intet blev kopieret</translation>
    </message>
    <message>
        <source>the clinic database at %1 already holds records (%2 in the table %3); &apos;pgp-desk db copy&apos; only fills an empty database: ask IT for a new one, made with &apos;pgp-desk db upgrade&apos;</source>
        <translation>klinikkens database på %1 indeholder allerede data (%2 i tabellen %3); &apos;pgp-desk db copy&apos; fylder kun en tom database: bed IT om en ny, lavet med &apos;pgp-desk db upgrade&apos;</translation>
    </message>
    <message>
        <source>the clinic server refused a row of the table %1: %2; nothing was copied and the clinic database is still empty</source>
        <translation>klinikkens server afviste en række i tabellen %1: %2; intet blev kopieret, og klinikkens database er stadig tom</translation>
    </message>
    <message>
        <source>the clinic server refused the copy at the table %1 (PostgreSQL error %2); nothing was copied and the clinic database is still empty</source>
        <translation>klinikkens server afviste kopien ved tabellen %1 (PostgreSQL-fejl %2); intet blev kopieret, og klinikkens database er stadig tom</translation>
    </message>
    <message>
        <source>the copy of the table %1 differs from the practice&apos;s; nothing was copied and the clinic database is still empty</source>
        <translation>kopien af tabellen %1 afviger fra praksissens; intet blev kopieret, og klinikkens database er stadig tom</translation>
    </message>
    <message>
        <source>this database is on a PostgreSQL server already; &apos;pgp-desk db copy&apos; moves a solo practice&apos;s SQLite database onto the clinic server</source>
        <translation>denne database ligger allerede på en PostgreSQL-server; &apos;pgp-desk db copy&apos; flytter en solopraksis&apos; SQLite-database over på klinikkens server</translation>
    </message>
    <message>
        <source>the connection to the clinic server at %1 was lost during the copy; the server undoes an unfinished copy: check the network and run &apos;pgp-desk db copy&apos; again (it says so if the copy was kept after all)</source>
        <translation>forbindelsen til klinikkens server på %1 blev afbrudt under kopieringen; serveren fortryder en ufærdig kopi: tjek netværket, og kør &apos;pgp-desk db copy&apos; igen (den siger til, hvis kopien alligevel blev gemt)</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Suggestions</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <source>Advice and note</source>
        <translation>Råd og besked</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Demo clinic (fictional people): sign in as mette (administrator), jonas or ingrid (therapists) or sofie (secretary). The password of all four is %1.</source>
        <translation>Demoklinik (opdigtede personer): log ind som mette (administrator), jonas eller ingrid (terapeuter) eller sofie (sekretær). Alle fire har adgangskoden %1.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to PGP Desk</source>
        <translation>Log ind i PGP Desk</translation>
    </message>
    <message>
        <source>Opening the database …</source>
        <translation>Åbner databasen …</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Connection …</source>
        <translation>Forbindelse …</translation>
    </message>
    <message>
        <source>The connection is saved: PGP Desk uses it from its next start.</source>
        <translation>Forbindelsen er gemt: PGP Desk bruger den fra næste start.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>PGP Desk cannot start: %1</source>
        <translation>PGP Desk kan ikke starte: %1</translation>
    </message>
    <message>
        <source>PGP Desk is already open on this database but does not answer. Close it, or end it in the task manager, and start PGP Desk again.</source>
        <translation>PGP Desk er allerede åbent på denne database, men svarer ikke. Luk det, eller afslut det i Jobliste, og start PGP Desk igen.</translation>
    </message>
</context>
<context>
    <name>StartupDialog</name>
    <message>
        <source>Opening the database …</source>
        <translation>Åbner databasen …</translation>
    </message>
    <message>
        <source>Creating the demo clinic: %1 of %2 clients</source>
        <translation>Opretter demoklinikken: %1 af %2 patienter</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Add to programme</source>
        <translation>Føj til programmet</translation>
    </message>
    <message>
        <source>From the assessment of %1: classification, positive tests and what hurts.</source>
        <translation>Ud fra undersøgelsen den %1: klassifikation, positive tests og hvor det gør ondt.</translation>
    </message>
    <message>
        <source>No assessment yet: suggestions from the phase only.</source>
        <translation>Ingen undersøgelse endnu: forslag kun ud fra fasen.</translation>
    </message>
    <message>
        <source>Refer before exercise: an open red flag or contraindication. No exercises are suggested.</source>
        <translation>Henvis før træning: et åbent rødt flag eller en kontraindikation. Der foreslås ingen øvelser.</translation>
    </message>
</context>
<context>
    <name>TemplateMenu</name>
    <message>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>Mine skabeloner</translation>
    </message>
    <message>
        <source>Clinic templates</source>
        <translation>Klinikkens skabeloner</translation>
    </message>
    <message>
        <source>Shipped with PGP Desk</source>
        <translation>Følger med PGP Desk</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ingen endnu)</translation>
    </message>
    <message>
        <source>Start from “%1” (%2 exercises)</source>
        <translation>Start ud fra »%1« (%2 øvelser)</translation>
    </message>
    <message>
        <source>Save as my template …</source>
        <translation>Gem som min skabelon …</translation>
    </message>
    <message>
        <source>Save as clinic template …</source>
        <translation>Gem som klinikskabelon …</translation>
    </message>
    <message>
        <source>Delete a template</source>
        <translation>Slet en skabelon</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Slet skabelon</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Programmes made from it are not changed.</source>
        <translation>Slet skabelonen »%1«? Programmer lavet ud fra den ændres ikke.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Gem som skabelon</translation>
    </message>
    <message>
        <source>Name of the template (e.g. “Early pregnancy – light”):</source>
        <translation>Skabelonens navn (fx »Tidlig graviditet – let«):</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Skabelonen blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>TestsModel</name>
    <message>
        <source>  … repeated with pelvic compression</source>
        <translation>  … gentaget med bækkenkompression</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Venstre</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Højre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The client&apos;s own left and right side</source>
        <translation>Patientens egen venstre og højre side</translation>
    </message>
</context>
<context>
    <name>TestsSection</name>
    <message>
        <source>Repeat the ASLR with pelvic compression</source>
        <translation>Gentag ASLR med bækkenkompression</translation>
    </message>
    <message>
        <source>Pelvic tests</source>
        <translation>Bækkentests</translation>
    </message>
    <message>
        <source>“%1” is not a value for this test.</source>
        <translation>»%1« er ikke en gyldig værdi for denne test.</translation>
    </message>
    <message>
        <source>After birth: LDL graded 0-3</source>
        <translation>Efter fødslen: LDL graderes 0-3</translation>
    </message>
    <message>
        <source>Pregnant: LDL and symphysis by the 5-second rule</source>
        <translation>Gravid: LDL og symfyse efter 5-sekunders-reglen</translation>
    </message>
    <message>
        <source>Keys: + positive · − or 0 negative · 0-3 LDL grade · 0-5 ASLR · Delete = not tested · Space opens the list · Tab and arrows move</source>
        <translation>Taster: + positiv · − eller 0 negativ · 0-3 LDL-grad · 0-5 ASLR · Delete = ikke testet · Mellemrum åbner listen · Tab og piletaster flytter</translation>
    </message>
    <message>
        <source>Keys: + positive · − or 0 negative · t tenderness (under 5 s) · 0-5 ASLR · Delete = not tested · Space opens the list · Tab and arrows move</source>
        <translation>Taster: + positiv · − eller 0 negativ · ø ømhed (under 5 s) · 0-5 ASLR · Delete = ikke testet · Mellemrum åbner listen · Tab og piletaster flytter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Positive provocation tests: %1 of 6&lt;/b&gt; (%2 sides; %3 tests done)</source>
        <translation>&lt;b&gt;Positive provokationstests: %1 af 6&lt;/b&gt; (%2 sider; %3 tests udført)</translation>
    </message>
    <message>
        <source>ASLR sum: %1</source>
        <translation>ASLR-sum: %1</translation>
    </message>
    <message>
        <source>, with compression %1</source>
        <translation>, med kompression %1</translation>
    </message>
    <message>
        <source>LDL sum: %1</source>
        <translation>LDL-sum: %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pregnancy registered</source>
        <translation>Graviditet registreret</translation>
    </message>
    <message>
        <source>Follow-up assessment</source>
        <translation>Opfølgende undersøgelse</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>Førstegangsundersøgelse</translation>
    </message>
    <message>
        <source>Home programme</source>
        <translation>Hjemmeprogram</translation>
    </message>
    <message>
        <source>Handout issued</source>
        <translation>Hjemmeprogram udleveret</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>i gang</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>kladde</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signeret</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>udleveret</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Intet registreret endnu</translation>
    </message>
    <message>
        <source>Double-click to see or reprint the exact copy she was given</source>
        <translation>Dobbeltklik for at se eller genudskrive den nøjagtige kopi, hun fik</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>Nothing speaks against this programme.</source>
        <translation>Intet taler imod dette program.</translation>
    </message>
</context>
<context>
    <name>_TextTab</name>
    <message>
        <source>One step per line, 2-6 steps</source>
        <translation>Ét trin pr. linje, 2-6 trin</translation>
    </message>
    <message>
        <source>What to feel or focus on, one per line</source>
        <translation>Hvad man skal mærke eller fokusere på, ét pr. linje</translation>
    </message>
    <message>
        <source>When to stop or make it easier, one per line</source>
        <translation>Hvornår man skal stoppe eller gøre det lettere, ét pr. linje</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Purpose (one line: why)</source>
        <translation>Formål (én linje: hvorfor)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Fokuspunkter</translation>
    </message>
    <message>
        <source>Stop or ease off</source>
        <translation>Stop eller skru ned</translation>
    </message>
</context>
<context>
    <name>_ValueDelegate</name>
    <message>
        <source>Not tested</source>
        <translation>Ikke testet</translation>
    </message>
</context>
</TS>
