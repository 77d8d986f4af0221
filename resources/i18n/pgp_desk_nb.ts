<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>About</name>
    <message>
        <source>not created yet</source>
        <translation>ikke opprettet ennå</translation>
    </message>
    <message>
        <source>Assessment, home programmes and handouts for pregnancy-related pelvic girdle pain.</source>
        <translation>Undersøkelse, hjemmeprogram og utdelingsark ved svangerskapsrelatert bekkenløsning.</translation>
    </message>
    <message>
        <source>Database schema: %1</source>
        <translation>Databasens skjema: %1</translation>
    </message>
    <message>
        <source>This version of PGP Desk uses schema %1.</source>
        <translation>Denne versjonen av PGP Desk bruker skjema %1.</translation>
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
        <translation>Velkommen til PGP Desk. Databasen er ny: opprett administratoren, som deretter legger inn klinikkens øvrige personer.</translation>
    </message>
    <message>
        <source>PGP Desk now signs every person in. Complete the administrator&apos;s profile and choose her password; she then completes her colleagues&apos; profiles.</source>
        <translation>PGP Desk logger nå inn hver person. Fyll ut administratorens profil og velg passordet hennes; deretter fyller hun ut kollegenes profiler.</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Opprett og logg inn</translation>
    </message>
    <message>
        <source>Save and sign in</source>
        <translation>Lagre og logg inn</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <source>Advice printed after the exercises, in the programme&apos;s language:</source>
        <translation>Råd som skrives ut etter øvelsene, på programmets språk:</translation>
    </message>
    <message>
        <source>Personal note to the client (printed at the top):</source>
        <translation>Personlig melding til pasienten (skrives ut øverst):</translation>
    </message>
    <message>
        <source>e.g. “Good work this week! Keep the walks short and often.”</source>
        <translation>f.eks. «Godt jobbet denne uken! Gå heller korte turer ofte enn lange.»</translation>
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
        <translation>Røde flagg</translation>
    </message>
    <message>
        <source>Pain map</source>
        <translation>Smertetegning</translation>
    </message>
    <message>
        <source>Pelvic tests</source>
        <translation>Bekkentester</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Spørreskjemaer</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifisering</translation>
    </message>
    <message>
        <source>Plan and notes</source>
        <translation>Plan og notater</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Utvikling</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>Førstegangsundersøkelse</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Assessment – %1 – %2</source>
        <translation>Undersøkelse – %1 – %2</translation>
    </message>
    <message>
        <source>  · %1 positive</source>
        <translation>  · %1 positive</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>Save the changes to this assessment before closing?</source>
        <translation>Vil du lagre endringene i undersøkelsen før du lukker?</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <source>New initial assessment</source>
        <translation>Ny førstegangsundersøkelse</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Ny oppfølging</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Svangerskap</translation>
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
        <translation>Stadium</translation>
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
        <translation>Klassifisering</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opening the assessment …</source>
        <translation>Åpner undersøkelsen …</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <source>Cannot list assessments</source>
        <translation>Undersøkelsene kan ikke vises</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>red flag</source>
        <translation>rødt flagg</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Førstegang</translation>
    </message>
    <message>
        <source>No assessment in this pregnancy yet: start with “New initial assessment”.</source>
        <translation>Ingen undersøkelse i dette svangerskapet ennå: start med «Ny førstegangsundersøkelse».</translation>
    </message>
    <message>
        <source>Record a pregnancy first (“New pregnancy”).</source>
        <translation>Registrer først et svangerskap («Nytt svangerskap»).</translation>
    </message>
    <message>
        <source>Cannot open assessment</source>
        <translation>Undersøkelsen kan ikke åpnes</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>opened</source>
        <translation>åpnet</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>listet opp</translation>
    </message>
    <message>
        <source>created</source>
        <translation>opprettet</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>slettet</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signert</translation>
    </message>
    <message>
        <source>addendum added</source>
        <translation>tillegg skrevet</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkivert</translation>
    </message>
    <message>
        <source>brought back</source>
        <translation>hentet fram igjen</translation>
    </message>
    <message>
        <source>given out</source>
        <translation>utlevert</translation>
    </message>
    <message>
        <source>report made</source>
        <translation>rapport laget</translation>
    </message>
    <message>
        <source>previewed</source>
        <translation>vist som utkast</translation>
    </message>
    <message>
        <source>reprinted</source>
        <translation>skrevet ut på nytt</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>hentet ut</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importert</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>slettet etter anmodning</translation>
    </message>
    <message>
        <source>audit log read</source>
        <translation>revisjonslogg lest</translation>
    </message>
    <message>
        <source>refused: not allowed for this role</source>
        <translation>avvist: ikke tillatt for denne rollen</translation>
    </message>
    <message>
        <source>audit log exported</source>
        <translation>revisjonslogg eksportert</translation>
    </message>
    <message>
        <source>saved in the database</source>
        <translation>lagret i databasen</translation>
    </message>
    <message>
        <source>changed in the database</source>
        <translation>endret i databasen</translation>
    </message>
    <message>
        <source>removed from the database</source>
        <translation>fjernet fra databasen</translation>
    </message>
    <message>
        <source>table emptied in the database</source>
        <translation>tabell tømt i databasen</translation>
    </message>
    <message>
        <source>searched</source>
        <translation>søkt</translation>
    </message>
    <message>
        <source>import checked</source>
        <translation>import kontrollert</translation>
    </message>
    <message>
        <source>demo data made</source>
        <translation>demodata laget</translation>
    </message>
    <message>
        <source>demo fill started</source>
        <translation>demoutfylling startet</translation>
    </message>
    <message>
        <source>demo fill finished</source>
        <translation>demoutfylling ferdig</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>logget inn</translation>
    </message>
    <message>
        <source>sign-in refused</source>
        <translation>innlogging avvist</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>passord satt</translation>
    </message>
    <message>
        <source>recovery code used</source>
        <translation>gjenopprettingskode brukt</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>aktivert</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktivert</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>slått på</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>slått av</translation>
    </message>
    <message>
        <source>photo added</source>
        <translation>bilde lagt til</translation>
    </message>
    <message>
        <source>photo removed</source>
        <translation>bilde fjernet</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>utfaset</translation>
    </message>
    <message>
        <source>taken back into use</source>
        <translation>tatt i bruk igjen</translation>
    </message>
</context>
<context>
    <name>AuditEntities</name>
    <message>
        <source>client</source>
        <translation>pasient</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>svangerskap</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>undersøkelse</translation>
    </message>
    <message>
        <source>addendum</source>
        <translation>tillegg</translation>
    </message>
    <message>
        <source>red flags</source>
        <translation>røde flagg</translation>
    </message>
    <message>
        <source>pain maps</source>
        <translation>smertetegninger</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>forløp</translation>
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
        <translation>programmal</translation>
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
        <translation>utfaset øvelse</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>spørreskjema</translation>
    </message>
    <message>
        <source>clinic settings</source>
        <translation>klinikkinnstillinger</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>revisjonslogg</translation>
    </message>
    <message>
        <source>audit log seal</source>
        <translation>forsegling av revisjonsloggen</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>søkeindeks</translation>
    </message>
    <message>
        <source>demo clinic</source>
        <translation>demoklinikk</translation>
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
        <translation>Arbeidsstasjon</translation>
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
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Columns changed</source>
        <translation>Endrede felt</translation>
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
        <translation>arkivert</translation>
    </message>
    <message>
        <source>assessment date</source>
        <translation>undersøkelsesdato</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>undersøkelse</translation>
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
        <translation>autorisasjons-ID</translation>
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
        <translation>fødselsmåte</translation>
    </message>
    <message>
        <source>subgroup chosen</source>
        <translation>valgt undergruppe</translation>
    </message>
    <message>
        <source>subgroup suggested</source>
        <translation>foreslått undergruppe</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>pasient</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>klinikk</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avsluttet</translation>
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
        <translation>opprettet</translation>
    </message>
    <message>
        <source>default language</source>
        <translation>standardspråk</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definisjon</translation>
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
        <translation>termindato</translation>
    </message>
    <message>
        <source>earlier pelvic girdle pain</source>
        <translation>tidligere bekkensmerter</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-post</translation>
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
        <translation>svangerskap</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>slettet</translation>
    </message>
    <message>
        <source>audit event</source>
        <translation>loggpost</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>øvelse</translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <translation>mislykkede pålogginger</translation>
    </message>
    <message>
        <source>search field</source>
        <translation>søkefelt</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>fornavn</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>fullt navn</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>fastlege</translation>
    </message>
    <message>
        <source>checksum</source>
        <translation>kontrollsum</translation>
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
        <translation>tid før låsing</translation>
    </message>
    <message>
        <source>given out</source>
        <translation>utlevert</translation>
    </message>
    <message>
        <source>given out by</source>
        <translation>utlevert av</translation>
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
        <translation>språk</translation>
    </message>
    <message>
        <source>last failed sign-in</source>
        <translation>siste mislykkede pålogging</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>etternavn</translation>
    </message>
    <message>
        <source>licence note</source>
        <translation>lisensnotat</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>maternity ward phone</source>
        <translation>telefon til fødeavdeling</translation>
    </message>
    <message>
        <source>midwife</source>
        <translation>jordmor</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>fødselsnummer</translation>
    </message>
    <message>
        <source>next visit</source>
        <translation>neste besøk</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notat</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notater</translation>
    </message>
    <message>
        <source>week of onset</source>
        <translation>debutuke</translation>
    </message>
    <message>
        <source>print choices</source>
        <translation>utskriftsvalg</translation>
    </message>
    <message>
        <source>out-of-hours phone</source>
        <translation>legevakttelefon</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eier</translation>
    </message>
    <message>
        <source>pain map</source>
        <translation>smertekart</translation>
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
        <translation>passord</translation>
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
        <translation>plass i programmet</translation>
    </message>
    <message>
        <source>profession</source>
        <translation>yrkesgruppe</translation>
    </message>
    <message>
        <source>profile complete</source>
        <translation>profil utfylt</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <source>questionnaires</source>
        <translation>spørreskjemaer</translation>
    </message>
    <message>
        <source>recovery code</source>
        <translation>gjenopprettingskode</translation>
    </message>
    <message>
        <source>red flag confirmation</source>
        <translation>bekreftelse av røde flagg</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>henvist av</translation>
    </message>
    <message>
        <source>retention period</source>
        <translation>oppbevaringstid</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>utgått</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roller</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>skårer</translation>
    </message>
    <message>
        <source>red flag screening</source>
        <translation>screening for røde flagg</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>forseglet</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>søkeindeks</translation>
    </message>
    <message>
        <source>sequence number</source>
        <translation>løpenummer</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signert</translation>
    </message>
    <message>
        <source>signed by</source>
        <translation>signert av</translation>
    </message>
    <message>
        <source>sort order</source>
        <translation>sorteringsrekkefølge</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stadium</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>tests</source>
        <translation>tester</translation>
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
        <translation>tittel</translation>
    </message>
    <message>
        <source>search word</source>
        <translation>søkeord</translation>
    </message>
    <message>
        <source>last changed</source>
        <translation>sist endret</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>brukernavn</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versjon</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>arbeidsstasjon</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Revisjonslogg</translation>
    </message>
    <message>
        <source>client number</source>
        <translation>pasientnummer</translation>
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
        <translation>Søk</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Nullstill filter</translation>
    </message>
    <message>
        <source>Export CSV …</source>
        <translation>Eksporter CSV …</translation>
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
        <translation>Pasient</translation>
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
        <translation>De nyeste %1 hendelsene; snevre inn filteret for å se eldre.</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 hendelser</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Eksporter revisjonsloggen</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 events written to %2 (readable by you only).</source>
        <translation>%1 hendelser skrevet til %2 (bare du kan lese filen).</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Ikke eksportert</translation>
    </message>
</context>
<context>
    <name>BuilderDrafts</name>
    <message>
        <source>Unsaved changes to this programme from %1 were found on this computer: PGP Desk closed before they were saved.</source>
        <translation>Det ble funnet endringer i programmet fra %1 på denne datamaskinen som ikke ble lagret, fordi PGP Desk lukket.</translation>
    </message>
    <message>
        <source>The programme has been saved since; restoring replaces those changes when you save.</source>
        <translation>Programmet er lagret siden; gjenoppretter du, erstattes de endringene når du lagrer.</translation>
    </message>
</context>
<context>
    <name>BuilderSaving</name>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tittel</translation>
    </message>
    <message>
        <source>personal note</source>
        <translation>personlig notat</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
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
        <translation>Noen</translation>
    </message>
    <message>
        <source>%1 saved this programme on another workstation after you opened it.</source>
        <translation>%1 har lagret dette programmet på en annen datamaskin etter at du åpnet det.</translation>
    </message>
    <message>
        <source>They changed: %1.</source>
        <translation>Endret: %1.</translation>
    </message>
    <message>
        <source>It has been issued to the client, so it can no longer be changed: use theirs, or start a new programme from it.</source>
        <translation>Det er utlevert til pasienten og kan ikke lenger endres: bruk deres versjon, eller start et nytt program fra det.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>Save the changes to this programme before closing?</source>
        <translation>Vil du lagre endringene i programmet før du lukker?</translation>
    </message>
    <message>
        <source>This programme has unsaved changes. Discard them?</source>
        <translation>Programmet har endringer som ikke er lagret. Vil du forkaste dem?</translation>
    </message>
</context>
<context>
    <name>BuilderToolbar</name>
    <message>
        <source>Title, e.g. “Week 24: calm start”</source>
        <translation>Tittel, f.eks. «Uke 24: rolig start»</translation>
    </message>
    <message>
        <source>The language of the handout</source>
        <translation>Språket i hjemmeprogrammet</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Clinic exercises …</source>
        <translation>Klinikkens øvelser …</translation>
    </message>
    <message>
        <source>New programme from this</source>
        <translation>Nytt program basert på dette</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Print and issue …</source>
        <translation>Skriv ut og lever ut …</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Angre: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Gjør om: %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Utlevert %1</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Utkast %1</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nytt program</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
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
        <translation>Ingen funn ennå</translation>
    </message>
    <message>
        <source>Agree with the suggestion</source>
        <translation>Enig i forslaget</translation>
    </message>
    <message>
        <source>✎ Your choice differs from the suggestion</source>
        <translation>✎ Ditt valg avviker fra forslaget</translation>
    </message>
    <message>
        <source>Your classification</source>
        <translation>Din klassifisering</translation>
    </message>
    <message>
        <source>How the suggestion is made</source>
        <translation>Slik lages forslaget</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifisering</translation>
    </message>
    <message>
        <source>A joint counts as confirmed when the client reports pain there on the pain map and at least one of its tests is positive:</source>
        <translation>Et ledd regnes som bekreftet når pasienten angir smerte der på smertetegningen, og minst én av leddets tester er positiv:</translation>
    </message>
</context>
<context>
    <name>ClientEditorDialog</name>
    <message>
        <source>Edit client</source>
        <translation>Rediger pasient</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Ny pasient</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>optional: CPR or fødselsnummer</source>
        <translation>valgfritt: CPR eller fødselsnummer</translation>
    </message>
    <message>
        <source>Consent to store data given on</source>
        <translation>Samtykke til lagring av data gitt</translation>
    </message>
    <message>
        <source>Someone saved this client on another workstation after you opened it. These fields differ. Choose which version to keep; nothing is saved until you do.</source>
        <translation>Noen har lagret denne pasienten på en annen datamaskin etter at du åpnet den. Disse feltene er forskjellige. Velg hvilken versjon som skal beholdes; ingenting lagres før du har valgt.</translation>
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
        <translation>Etternavn</translation>
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
        <translation>E-post</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Språk i hjemmeprogram</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Fastlege</translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation>Jordmor</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
</context>
<context>
    <name>ClientHeader</name>
    <message>
        <source> (archived)</source>
        <translation> (arkivert)</translation>
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
        <translation>ingen svangerskap registrert</translation>
    </message>
    <message>
        <source>Red flag: %1.</source>
        <translation>Rødt flagg: %1.</translation>
    </message>
    <message>
        <source>Refer to the midwife or doctor before exercise.</source>
        <translation>Henvis til jordmor eller lege før trening.</translation>
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
        <translation>Stadium</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (arkivert)</translation>
    </message>
</context>
<context>
    <name>ClientSearchPage</name>
    <message>
        <source>Show archived</source>
        <translation>Vis arkiverte</translation>
    </message>
    <message>
        <source>Search name, birth date, phone or CPR number …</source>
        <translation>Søk på navn, fødselsdato, telefon eller fødselsnummer …</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Ny pasient</translation>
    </message>
    <message>
        <source>Searching …</source>
        <translation>Søker …</translation>
    </message>
    <message>
        <source>No clients match the search.</source>
        <translation>Ingen pasienter passer til søket.</translation>
    </message>
    <message>
        <source>No clients yet. Press “New client” to register the first.</source>
        <translation>Ingen pasienter ennå. Trykk på «Ny pasient» for å registrere den første.</translation>
    </message>
    <message numerus="yes">
        <source>%n clients shown; scroll for more</source>
        <translation>
            <numerusform>%n pasient vises; rull for å se flere</numerusform>
            <numerusform>%n pasienter vises; rull for å se flere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clients</source>
        <translation>
            <numerusform>%n pasient</numerusform>
            <numerusform>%n pasienter</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Søket mislyktes: %1</translation>
    </message>
</context>
<context>
    <name>ClientWorkspace</name>
    <message>
        <source>← Clients</source>
        <translation>← Pasienter</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Rediger opplysninger</translation>
    </message>
    <message>
        <source>New pregnancy</source>
        <translation>Nytt svangerskap</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkiver</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Eksporter data</translation>
    </message>
    <message>
        <source>Erase …</source>
        <translation>Slett …</translation>
    </message>
    <message>
        <source>Print handout …</source>
        <translation>Skriv ut hjemmeprogram …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pregnancies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Svangerskap&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tidslinje&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Undersøkelser</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Opening the client …</source>
        <translation>Åpner pasienten …</translation>
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
        <translation>Svangerskap</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>født %1</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <source>No pregnancy recorded: press “New pregnancy”.</source>
        <translation>Ingen svangerskap registrert: trykk på «Nytt svangerskap».</translation>
    </message>
    <message>
        <source>Assessments and home programmes are seen by the clinic&apos;s therapists.</source>
        <translation>Undersøkelser og hjemmeprogrammer ses av klinikkens terapeuter.</translation>
    </message>
    <message>
        <source>No assessment in this pregnancy yet.</source>
        <translation>Ingen undersøkelse i dette svangerskapet ennå.</translation>
    </message>
    <message>
        <source>Latest assessment %1</source>
        <translation>Siste undersøkelse %1</translation>
    </message>
    <message>
        <source>PGQ %1</source>
        <translation>PGQ %1</translation>
    </message>
    <message>
        <source>pain %1 of 10</source>
        <translation>smerte %1 av 10</translation>
    </message>
    <message>
        <source>Next visit %1</source>
        <translation>Neste besøk %1</translation>
    </message>
    <message>
        <source>Cannot open client</source>
        <translation>Pasienten kan ikke åpnes</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>client data</source>
        <translation>pasientdata</translation>
    </message>
    <message>
        <source>Export client data</source>
        <translation>Eksporter pasientdata</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksportert</translation>
    </message>
    <message>
        <source>Saved %1 and a readable summary %2.</source>
        <translation>Lagret %1 og et lesbart sammendrag %2.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>Erase client</source>
        <translation>Slett pasient</translation>
    </message>
    <message>
        <source>This removes all personal data and clinical records of %1 for good. The audit trail is kept without personal data. Check first that the duty to keep patient records does not apply.

Type the client&apos;s full name to confirm:</source>
        <translation>Dette sletter alle personopplysninger og all journalføring om %1 for godt. Loggen over handlinger beholdes uten personopplysninger. Kontroller først at plikten til å oppbevare pasientjournaler ikke gjelder.

Skriv pasientens fulle navn for å bekrefte:</translation>
    </message>
    <message>
        <source>Erase before the retention period ends</source>
        <translation>Slett før oppbevaringstiden er ute</translation>
    </message>
    <message>
        <source>%1.

Write the legal basis for erasing now; the audit trail keeps it (for example: GDPR art. 17(1)(d), recorded by mistake):</source>
        <translation>%1.

Skriv rettsgrunnlaget for å slette nå; det lagres i tilgangsloggen (for eksempel: GDPR art. 17 nr. 1 bokstav d, registrert ved en feil):</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>These backups in PGP Desk&apos;s backups folder still hold the client&apos;s data:

%1

Delete them now? Copies kept elsewhere (a USB disk, the clinic server&apos;s backups) must be deleted there.</source>
        <translation>Disse sikkerhetskopiene i PGP Desks mappe for sikkerhetskopier inneholder fortsatt pasientens data:

%1

Skal de slettes nå? Kopier som ligger andre steder (en USB-disk, klinikkserverens sikkerhetskopier), må slettes der.</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Skriv ut hjemmeprogram</translation>
    </message>
    <message>
        <source>There is no home programme yet: build one in the Programme tab first.</source>
        <translation>Det finnes ikke noe hjemmeprogram ennå: sett først sammen et i fanen Program.</translation>
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
        <translation>Søk …</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Vis utfasede</translation>
    </message>
    <message>
        <source>New exercise …</source>
        <translation>Ny øvelse …</translation>
    </message>
    <message>
        <source>Copy and adapt …</source>
        <translation>Kopier og tilpass …</translation>
    </message>
    <message>
        <source>Edit …</source>
        <translation>Rediger …</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Fas ut</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Built-in exercises cannot be changed: copy one to make the clinic&apos;s own version. Retired exercises leave the library; programmes that use them keep them.</source>
        <translation>Innebygde øvelser kan ikke endres: kopier en for å lage klinikkens egen versjon. Utfasede øvelser forsvinner fra biblioteket; programmer som bruker dem, beholder dem.</translation>
    </message>
    <message>
        <source>Clinic&apos;s own</source>
        <translation>Klinikkens egen</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Innebygd</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Utfaset</translation>
    </message>
    <message>
        <source>Choose an exercise.</source>
        <translation>Velg en øvelse.</translation>
    </message>
    <message>
        <source>Adapted from %1</source>
        <translation>Tilpasset fra %1</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Ta i bruk igjen</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Clinic settings</source>
        <translation>Klinikkinnstillinger</translation>
    </message>
    <message>
        <source>e.g. 38 68 35 00</source>
        <translation>f.eks. 22 11 80 80</translation>
    </message>
    <message>
        <source>e.g. 1813 or 116 117</source>
        <translation>f.eks. 116 117 eller 1813</translation>
    </message>
    <message>
        <source>e.g. 112 or 113</source>
        <translation>f.eks. 113 eller 112</translation>
    </message>
    <message>
        <source> years after the last entry</source>
        <translation> år etter siste notat</translation>
    </message>
    <message>
        <source>How long a client&apos;s records are kept before they may be erased (the Danish duty to keep records: at least 10 years). Erasing earlier needs an administrator to record the legal basis.</source>
        <translation>Hvor lenge en pasients journal oppbevares før den kan slettes (i Danmark minst 10 år etter journalføringsplikten). Sletting før krever at en administrator oppgir rettsgrunnlaget.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logo</translation>
    </message>
    <message>
        <source>Choose logo …</source>
        <translation>Velg logo …</translation>
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
        <translation>E-post</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Default handout language</source>
        <translation>Standardspråk i hjemmeprogrammer</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papirstørrelse</translation>
    </message>
    <message>
        <source>Maternity ward (for the stop signs)</source>
        <translation>Fødeavdeling (til stopptegnene)</translation>
    </message>
    <message>
        <source>Out-of-hours doctor</source>
        <translation>Legevakt</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Nødnummer</translation>
    </message>
    <message>
        <source>Keep records</source>
        <translation>Oppbevar journaler</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Lås etter inaktivitet</translation>
    </message>
    <message>
        <source>These details head every handout and report.</source>
        <translation>Opplysningene står øverst på alle hjemmeprogrammer og rapporter.</translation>
    </message>
    <message>
        <source>Only an administrator can change the clinic&apos;s details.</source>
        <translation>Bare en administrator kan endre klinikkens opplysninger.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Velg logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG image.</source>
        <translation>Filen er ikke et PNG- eller JPEG-bilde.</translation>
    </message>
    <message>
        <source>Someone saved the clinic&apos;s details on another workstation after you opened them. These fields differ. Choose which version to keep; nothing is saved until you do.</source>
        <translation>Noen har lagret klinikkens opplysninger på en annen datamaskin etter at du åpnet dem. Disse feltene er forskjellige. Velg hvilken versjon som skal beholdes; ingenting lagres før du har valgt.</translation>
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
        <translation>Nå</translation>
    </message>
    <message>
        <source>No earlier assessment to compare with.</source>
        <translation>Ingen tidligere undersøkelse å sammenligne med.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>✓ important improvement</source>
        <translation>✓ viktig forbedring</translation>
    </message>
    <message>
        <source>⚠ important worsening</source>
        <translation>⚠ viktig forverring</translation>
    </message>
    <message>
        <source>not an important change</source>
        <translation>ingen viktig endring</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on another workstation</source>
        <translation>Endret på en annen datamaskin</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Saved by the other workstation</source>
        <translation>Lagret på den andre datamaskinen</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Din versjon</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>(image)</source>
        <translation>(bilde)</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Lagre min versjon over deres</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Bruk deres</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsett redigeringen</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection to the clinic server</source>
        <translation>Tilkobling til klinikkens server</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Kryptert, serverens sertifikat kontrolleres</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked</source>
        <translation>Kryptert, sertifikatet kontrolleres ikke</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Ikke kryptert</translation>
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
        <translation>TLS-modus</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-fil</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test tilkoblingen</translation>
    </message>
    <message>
        <source>Connected: %1 signed in to %2.</source>
        <translation>Tilkoblet: %1 er logget inn på %2.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2). Check the server&apos;s name and port, and that this computer is on the clinic network.</source>
        <translation>Serveren %1 kan ikke nås (%2). Kontroller serverens navn og port, og at datamaskinen er på klinikkens nettverk.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 was refused (%2). Check the TLS mode and the CA file, or ask IT for the clinic&apos;s CA file.</source>
        <translation>Den krypterte tilkoblingen til %1 ble avvist (%2). Kontroller TLS-modus og CA-filen, eller be IT om klinikkens CA-fil.</translation>
    </message>
    <message>
        <source>The clinic database (schema %1) was upgraded by a newer PGP Desk: install the PGP Desk version the clinic uses.</source>
        <translation>Klinikkens database (skjema %1) er oppgradert av en nyere PGP Desk: installer den versjonen av PGP Desk som klinikken bruker.</translation>
    </message>
    <message>
        <source>The clinic database has schema %1 and this PGP Desk needs %2: IT must run &apos;pgp-desk db upgrade&apos; on it first.</source>
        <translation>Klinikkens database har skjema %1, og denne PGP Desk krever %2: IT må først kjøre &apos;pgp-desk db upgrade&apos; på den.</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
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
        <translation> min</translation>
    </message>
    <message>
        <source>e.g. 3-1-3</source>
        <translation>f.eks. 3-1-3</translation>
    </message>
    <message>
        <source>Your own wording for this client</source>
        <translation>Din egen formulering</translation>
    </message>
    <message>
        <source>A note for this client, printed with the exercise (e.g. “keep a pillow between your knees”)</source>
        <translation>En merknad til denne pasienten, skrives ut sammen med øvelsen (f.eks. «ha en pute mellom knærne»)</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sett</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repetisjoner</translation>
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
        <translation>Ganger om dagen</translation>
    </message>
    <message>
        <source>Days a week</source>
        <translation>Dager i uken</translation>
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
        <translation>Minutter hver gang</translation>
    </message>
    <message>
        <source>Pain rule</source>
        <translation>Smerteregel</translation>
    </message>
    <message>
        <source>Note for the client</source>
        <translation>Merknad til pasienten</translation>
    </message>
    <message>
        <source>As the client reads it:</source>
        <translation>Slik pasienten leser det:</translation>
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
        <translation>Ingen dosering: øvelsen skrives ut uten tall.</translation>
    </message>
    <message>
        <source>Write the tempo as seconds, e.g. 3-1-3</source>
        <translation>Skriv tempoet i sekunder, f.eks. 3-1-3</translation>
    </message>
</context>
<context>
    <name>DosagePane</name>
    <message>
        <source>Dosage: choose an exercise in the programme</source>
        <translation>Dosering: velg en øvelse i programmet</translation>
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
        <translation>Gjenopprett endringene</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Forkast dem</translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <source>Unsaved work</source>
        <translation>Ulagret arbeid</translation>
    </message>
    <message>
        <source>PGP Desk closed before these assessments and programmes were saved. Open one to restore the unsaved changes, or leave them for later.</source>
        <translation>PGP Desk ble lukket før disse undersøkelsene og programmene ble lagret. Åpne en av dem for å gjenopprette endringene, eller la dem vente til senere.</translation>
    </message>
    <message>
        <source>new programme</source>
        <translation>nytt program</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <source>new assessment</source>
        <translation>ny undersøkelse</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>undersøkelse</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
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
        <translation>Svangerskap</translation>
    </message>
    <message>
        <source>New pregnancy</source>
        <translation>Nytt svangerskap</translation>
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
        <translation>ikke registrert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Course finished</source>
        <translation>Forløp avsluttet</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termindato</translation>
    </message>
    <message>
        <source>Birth date of the baby</source>
        <translation>Barnets fødselsdato</translation>
    </message>
    <message>
        <source>How the baby was born</source>
        <translation>Fødselsmåte</translation>
    </message>
    <message>
        <source>Stage today</source>
        <translation>Stadium i dag</translation>
    </message>
    <message>
        <source>Earlier births (parity)</source>
        <translation>Tidligere fødsler (paritet)</translation>
    </message>
    <message>
        <source>PGP in an earlier pregnancy</source>
        <translation>Bekkenleddsmerter i et tidligere svangerskap</translation>
    </message>
    <message>
        <source>Pain began in week</source>
        <translation>Smertene begynte i uke</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Henvist av</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Someone saved this pregnancy on another workstation after you opened it. These fields differ. Choose which version to keep; nothing is saved until you do.</source>
        <translation>Noen har lagret dette svangerskapet på en annen datamaskin etter at du åpnet det. Disse feltene er forskjellige. Velg hvilken versjon som skal beholdes; ingenting lagres før du har valgt.</translation>
    </message>
    <message>
        <source>Shown once a due date or the baby&apos;s birth date is written.</source>
        <translation>Vises når termin eller barnets fødselsdato er fylt ut.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Someone saved this on another workstation after you opened it. Open it again to see their version; nothing was overwritten.</source>
        <translation>Noen andre har lagret dette på en annen datamaskin etter at du åpnet det. Åpne det igjen for å se deres versjon; ingenting er overskrevet.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been erased or deleted.</source>
        <translation>Denne posten finnes ikke lenger; den kan være slettet.</translation>
    </message>
</context>
<context>
    <name>ExerciseEditorDialog</name>
    <message>
        <source>Edit clinic exercise %1</source>
        <translation>Rediger klinikkøvelse %1</translation>
    </message>
    <message>
        <source>New clinic exercise</source>
        <translation>Ny klinikkøvelse</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Suits these phases</source>
        <translation>Egnet for disse fasene</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Utstyr</translation>
    </message>
    <message>
        <source>Suits pain at</source>
        <translation>Egnet for smerter i</translation>
    </message>
    <message>
        <source>Trains these daily activities</source>
        <translation>Trener disse hverdagsaktivitetene</translation>
    </message>
    <message>
        <source>Cautions (the builder warns)</source>
        <translation>Forsiktighet (programmet varsler)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Starting position</source>
        <translation>Utgangsstilling</translation>
    </message>
    <message>
        <source>Level (1 easiest – 5)</source>
        <translation>Nivå (1 lettest – 5)</translation>
    </message>
    <message>
        <source>Harder version</source>
        <translation>Tyngre variant</translation>
    </message>
    <message>
        <source>Easier version</source>
        <translation>Lettere variant</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <source>No photo: the handout shows the line drawing.</source>
        <translation>Ikke noe bilde: hjemmeprogrammet viser strektegningen.</translation>
    </message>
    <message>
        <source>Choose photo …</source>
        <translation>Velg bilde …</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Fjern bilde</translation>
    </message>
    <message>
        <source>PNG or JPEG. Stored at most 1200 pixels wide, without the camera&apos;s hidden data.</source>
        <translation>PNG eller JPEG. Lagres høyst 1200 piksler bredt, uten kameraets skjulte data.</translation>
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
        <translation>Bilde</translation>
    </message>
    <message>
        <source>Choose photo</source>
        <translation>Velg bilde</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
</context>
<context>
    <name>FormDrafts</name>
    <message>
        <source>Draft kept on this computer %1</source>
        <translation>Utkast lagret på denne datamaskinen kl. %1</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were found on this computer: PGP Desk closed before they were saved.</source>
        <translation>Det ble funnet endringer fra %1 på denne datamaskinen som ikke ble lagret: PGP Desk ble lukket før de ble lagret.</translation>
    </message>
    <message>
        <source>The assessment has been saved since; restoring replaces those changes when you save.</source>
        <translation>Undersøkelsen er lagret siden; gjenoppretter du, erstattes de endringene når du lagrer.</translation>
    </message>
</context>
<context>
    <name>FormHeader</name>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save the assessment (Ctrl+S)</source>
        <translation>Lagre undersøkelsen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Signer…</translation>
    </message>
    <message>
        <source>Sign and lock the assessment; later corrections are added as addenda</source>
        <translation>Signer og lås undersøkelsen; senere rettelser lagres som tillegg</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Nytt tillegg…</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>Rapport (PDF)…</translation>
    </message>
    <message>
        <source>The report for the GP or midwife</source>
        <translation>Rapporten til fastlege eller jordmor</translation>
    </message>
    <message>
        <source>stage unknown on this date</source>
        <translation>stadium ukjent på denne datoen</translation>
    </message>
    <message>
        <source>✓ Signed</source>
        <translation>✓ Signert</translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation>Ny, ikke lagret ennå</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Rødt flagg</translation>
    </message>
</context>
<context>
    <name>FormReport</name>
    <message>
        <source>assessment</source>
        <translation>undersøkelse</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lagre rapporten</translation>
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
        <translation>Rapporten er lagret: %1</translation>
    </message>
</context>
<context>
    <name>FormSaving</name>
    <message>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagret kl. %1</translation>
    </message>
    <message>
        <source>Not saved. Please check: %1</source>
        <translation>Ikke lagret. Kontroller: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
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
        <translation>Røde flagg</translation>
    </message>
    <message>
        <source>Pain map</source>
        <translation>Smertetegning</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Spørreskjemaer</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifisering</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Neste besøk</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>Noen</translation>
    </message>
    <message>
        <source>%1 saved this assessment on another workstation after you opened it.</source>
        <translation>%1 har lagret denne undersøkelsen på en annen datamaskin etter at du åpnet den.</translation>
    </message>
    <message>
        <source>They changed: %1.</source>
        <translation>Endret: %1.</translation>
    </message>
    <message>
        <source>It is now signed, so your changes can only be added as an addendum.</source>
        <translation>Den er nå signert, så endringene dine kan bare lagres som et tillegg.</translation>
    </message>
    <message>
        <source>Keep your version (it replaces theirs in every section), or use theirs (your unsaved changes are dropped).</source>
        <translation>Behold din versjon (den erstatter deres i alle deler), eller bruk deres (endringene dine som ikke er lagret, forkastes).</translation>
    </message>
    <message>
        <source>Sign the assessment</source>
        <translation>Signer undersøkelsen</translation>
    </message>
    <message>
        <source>After signing, the assessment cannot be changed. Corrections are added as addenda with your name and the time. Sign now?</source>
        <translation>Når undersøkelsen er signert, kan den ikke endres. Rettelser lagres som tillegg med ditt navn og tidspunktet. Vil du signere nå?</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signerer…</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Nytt tillegg</translation>
    </message>
    <message>
        <source>The correction or addition, saved with your name and the time:</source>
        <translation>Rettelsen eller tillegget, som lagres med ditt navn og tidspunktet:</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Print handout</source>
        <translation>Skriv ut hjemmeprogram</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Hjemmeprogram</translation>
    </message>
    <message>
        <source>Save as PDF …</source>
        <translation>Lagre som PDF …</translation>
    </message>
    <message>
        <source>Print …</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <source>Issue to client</source>
        <translation>Lever ut til pasienten</translation>
    </message>
    <message>
        <source>Keeps an exact copy of this PDF in the client&apos;s record and marks the programme as issued.</source>
        <translation>Lagrer en nøyaktig kopi av denne PDF-en i pasientens journal og markerer programmet som utlevert.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Home programme</source>
        <translation>Hjemmeprogram</translation>
    </message>
    <message>
        <source>Handout for %1</source>
        <translation>Hjemmeprogram for %1</translation>
    </message>
    <message>
        <source>Open red flag: %1. Issuing needs your confirmation.</source>
        <translation>Åpent rødt flagg: %1. Utlevering krever din bekreftelse.</translation>
    </message>
    <message>
        <source>This programme has no exercises yet.</source>
        <translation>Programmet har ingen øvelser ennå.</translation>
    </message>
    <message>
        <source>Preparing the preview …</source>
        <translation>Klargjør forhåndsvisningen …</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). The programme is issued; no copy of its handout is kept yet.</source>
        <translation>
            <numerusform>%n side. Programmet er utlevert; det er ennå ikke lagret en kopi av utleveringen.</numerusform>
            <numerusform>%n sider. Programmet er utlevert; det er ennå ikke lagret en kopi av utleveringen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), not issued yet.</source>
        <translation>
            <numerusform>%n side, ikke utlevert ennå.</numerusform>
            <numerusform>%n sider, ikke utlevert ennå.</numerusform>
        </translation>
    </message>
    <message>
        <source>the client&apos;s name</source>
        <translation>pasientens navn</translation>
    </message>
    <message>
        <source>the clinic&apos;s details</source>
        <translation>klinikkens opplysninger</translation>
    </message>
    <message>
        <source>the therapist&apos;s name</source>
        <translation>terapeutens navn</translation>
    </message>
    <message>
        <source>your note</source>
        <translation>notatet ditt</translation>
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
        <translation>Noen tegn kan ikke skrives ut og vises som □ — %1. Skriv dem på en annen måte hvis de betyr noe.</translation>
    </message>
    <message>
        <source>training programme</source>
        <translation>treningsprogram</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Lagre hjemmeprogram som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Lagret i %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Issuing …</source>
        <translation>Leverer ut …</translation>
    </message>
    <message>
        <source>Not issued yet.</source>
        <translation>Ikke utlevert ennå.</translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation>Ikke utlevert</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Issued&lt;/b&gt; %1 by %2: an exact copy is kept in the client&apos;s record (%n page(s)).</source>
        <translation>
            <numerusform>&lt;b&gt;Utlevert&lt;/b&gt; %1 av %2: en nøyaktig kopi er lagret i pasientens journal (%n side).</numerusform>
            <numerusform>&lt;b&gt;Utlevert&lt;/b&gt; %1 av %2: en nøyaktig kopi er lagret i pasientens journal (%n sider).</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utlevert</translation>
    </message>
    <message>
        <source>Issue the handout before printing? The client&apos;s record then keeps an exact copy of what she takes home.</source>
        <translation>Vil du levere ut hjemmeprogrammet før det skrives ut? Da lagrer pasientens journal en nøyaktig kopi av det hun får med hjem.</translation>
    </message>
    <message>
        <source>Issue and print</source>
        <translation>Lever ut og skriv ut</translation>
    </message>
    <message>
        <source>Print without issuing</source>
        <translation>Skriv ut uten å levere ut</translation>
    </message>
    <message>
        <source>Printing %1 …</source>
        <translation>Skriver ut %1 …</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n side sendt til skriveren.</numerusform>
            <numerusform>%n sider sendt til skriveren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not issued.</source>
        <translation>Ikke utlevert.</translation>
    </message>
</context>
<context>
    <name>HandoutOptions</name>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Stor skrift</translation>
    </message>
    <message>
        <source>Bigger type and pictures, for clients who see poorly.</source>
        <translation>Større skrift og bilder for pasienter som ser dårlig.</translation>
    </message>
    <message>
        <source>Compact (fewest pages)</source>
        <translation>Kompakt (færrest sider)</translation>
    </message>
    <message>
        <source>Pain drawing and scores</source>
        <translation>Smertetegning og skårer</translation>
    </message>
    <message>
        <source>Adds the latest pain drawing and the PGQ and pain scores over time.</source>
        <translation>Legger til den siste smertetegningen og PGQ- og smerteskårer over tid.</translation>
    </message>
    <message>
        <source>Side by side, for a client who reads neither language well.</source>
        <translation>Side ved side for en pasient som ikke leser noen av språkene godt.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Andre språk</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Options&lt;/b&gt;</source>
        <translation>&lt;b&gt;Innstillinger&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No assessment has been recorded yet.</source>
        <translation>Ingen undersøkelse er registrert ennå.</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>not recorded</source>
        <translation>ikke registrert</translation>
    </message>
    <message>
        <source>When, how long, what helped</source>
        <translation>Når, hvor lenge, hva hjalp</translation>
    </message>
    <message>
        <source>Job, hours, physical demands</source>
        <translation>Jobb, timer, fysiske krav</translation>
    </message>
    <message>
        <source>Measured lying on her back with the knees bent; printed in the report for the midwife</source>
        <translation>Måles ryggliggende med bøyde knær; står i rapporten til jordmoren</translation>
    </message>
    <message>
        <source>e.g. wakes when turning over</source>
        <translation>f.eks. våkner når hun snur seg</translation>
    </message>
    <message>
        <source>In her own words: what she wants to be able to do</source>
        <translation>Med hennes egne ord: hva hun ønsker å klare</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Debut</translation>
    </message>
    <message>
        <source>Worse with</source>
        <translation>Forverres ved</translation>
    </message>
    <message>
        <source>Earlier pelvic or low back pain</source>
        <translation>Tidligere bekken- eller korsryggsmerter</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeid</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Sykmelding</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Søvn</translation>
    </message>
    <message>
        <source>Pain-free knee distance</source>
        <translation>Smertefri kneavstand</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Risikofaktorer</translation>
    </message>
    <message>
        <source>Work and sleep</source>
        <translation>Arbeid og søvn</translation>
    </message>
    <message>
        <source>The client&apos;s own goals</source>
        <translation>Pasientens egne mål</translation>
    </message>
    <message>
        <source> weeks after</source>
        <translation> uker etter</translation>
    </message>
    <message>
        <source>week </source>
        <translation>uke </translation>
    </message>
</context>
<context>
    <name>ImportClientsDialog</name>
    <message>
        <source>Import clients</source>
        <translation>Importer pasienter</translation>
    </message>
    <message>
        <source>Choose a CSV file exported from another system (UTF-8 or Windows-1252, separated by ; or ,). The whole file is checked first; clients are imported only when no row has a problem, and then all at once.</source>
        <translation>Velg en CSV-fil eksportert fra et annet system (UTF-8 eller Windows-1252, skilt med ; eller ,). Hele filen kontrolleres først; pasientene importeres bare hvis ingen rader har problemer, og da alle på én gang.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <source>Choose file …</source>
        <translation>Velg fil …</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Gjenkjenn automatisk</translation>
    </message>
    <message>
        <source>Leave out clients who are already registered</source>
        <translation>Hopp over pasienter som allerede er registrert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Character set</source>
        <translation>Tegnsett</translation>
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
        <translation>Importer</translation>
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
        <translation>%1 pasientrader lest (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems: correct the file and choose it again. Nothing can be imported until every row is right.</source>
        <translation>
            <numerusform>%n rad har problemer: rett filen og velg den på nytt. Ingenting kan importeres før alle radene er i orden.</numerusform>
            <numerusform>%n rader har problemer: rett filen og velg den på nytt. Ingenting kan importeres før alle radene er i orden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) ready to import.</source>
        <translation>
            <numerusform>%n pasient er klar til import.</numerusform>
            <numerusform>%n pasienter er klare til import.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nobody to import.</source>
        <translation>Det er ingen å importere.</translation>
    </message>
    <message numerus="yes">
        <source>%n already registered and left out.</source>
        <translation>
            <numerusform>%n er allerede registrert og hoppes over.</numerusform>
            <numerusform>%n er allerede registrert og hoppes over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns used: %1</source>
        <translation>Kolonner som brukes: %1</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>Ignorert: %1</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Filen kan ikke importeres: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Importerer …</translation>
    </message>
    <message>
        <source>Every row is read; the clients are now added in one step …</source>
        <translation>Alle radene er lest; pasientene legges nå til i ett trinn …</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n client(s) imported.</source>
        <translation>
            <numerusform>Ferdig: %n pasient importert.</numerusform>
            <numerusform>Ferdig: %n pasienter importert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation>Importen ble stoppet. Ingenting ble importert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ingenting ble importert: %1</translation>
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
        <translation>Rad</translation>
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
        <translation>Allerede registrert som pasient %1 (samme CPR / fødselsnummer).</translation>
    </message>
    <message>
        <source>Already registered as client %1 (same name and birth date).</source>
        <translation>Allerede registrert som pasient %1 (samme navn og fødselsdato).</translation>
    </message>
    <message>
        <source>It will be left out.</source>
        <translation>Pasienten hoppes over.</translation>
    </message>
    <message>
        <source>More values than columns: a separator inside a value must be in quotes.</source>
        <translation>Flere verdier enn kolonner: et skilletegn inne i en verdi må stå i anførselstegn.</translation>
    </message>
    <message>
        <source>Too long for this field.</source>
        <translation>For langt for dette feltet.</translation>
    </message>
    <message>
        <source>One digit short: a spreadsheet may have dropped the leading 0.</source>
        <translation>Mangler ett siffer: et regneark kan ha fjernet 0-en foran.</translation>
    </message>
    <message>
        <source>Write da, nb or en (Danish, Norwegian, English).</source>
        <translation>Skriv da, nb eller en (dansk, norsk, engelsk).</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <comment>import problem: field, value, what is wrong</comment>
        <translation>%1 «%2»: %3</translation>
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
        <translation>Spørreskjemaer</translation>
    </message>
    <message>
        <source>PGP Desk ships PGQ, NRS, PSFS and RMDQ. A clinic holding a licence for another questionnaire (for example the Oswestry Disability Index) can add its definition file here; it is then offered in every assessment.</source>
        <translation>PGP Desk leveres med PGQ, NRS, PSFS og RMDQ. Har klinikken lisens på et annet skjema (f.eks. Oswestry Disability Index), kan definisjonsfilen legges til her; skjemaet tilbys deretter i alle undersøkelser.</translation>
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
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add the clinic&apos;s own …</source>
        <translation>Legg til klinikkens eget …</translation>
    </message>
    <message>
        <source>Stop offering</source>
        <translation>Slutt å tilby</translation>
    </message>
    <message>
        <source>Only an administrator can add questionnaires.</source>
        <translation>Bare en administrator kan legge til skjemaer.</translation>
    </message>
    <message>
        <source>shipped with PGP Desk</source>
        <translation>leveres med PGP Desk</translation>
    </message>
    <message>
        <source>clinic&apos;s own · offered</source>
        <translation>klinikkens eget · tilbys</translation>
    </message>
    <message>
        <source>clinic&apos;s own · not offered</source>
        <translation>klinikkens eget · tilbys ikke</translation>
    </message>
    <message>
        <source>Offer again</source>
        <translation>Tilby igjen</translation>
    </message>
    <message>
        <source>Questionnaire definition</source>
        <translation>Skjemadefinisjon</translation>
    </message>
    <message>
        <source>Definition files (*.yaml *.yml)</source>
        <translation>Definisjonsfiler (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <source>Under which licence does the clinic use this questionnaire&apos;s wording?</source>
        <translation>Under hvilken lisens bruker klinikken skjemaets ordlyd?</translation>
    </message>
</context>
<context>
    <name>IssuedHandoutDialog</name>
    <message>
        <source>Issued handout</source>
        <translation>Utlevert hjemmeprogram</translation>
    </message>
    <message>
        <source>Opening the stored copy …</source>
        <translation>Åpner den lagrede kopien …</translation>
    </message>
    <message>
        <source>Save as PDF …</source>
        <translation>Lagre som PDF …</translation>
    </message>
    <message>
        <source>Reprint …</source>
        <translation>Skriv ut på nytt …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
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
        <translation>&lt;b&gt;Hjemmeprogram for %1&lt;/b&gt;, utlevert %2 av %3</translation>
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
        <translation>Identisk med kopien pasienten fikk (SHA-256 %1…).</translation>
    </message>
    <message>
        <source>Issued despite an open red flag: %1</source>
        <translation>Utlevert til tross for et åpent rødt flagg: %1</translation>
    </message>
    <message>
        <source>training programme</source>
        <translation>treningsprogram</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>%1: in the client&apos;s own words</source>
        <translation>%1: med pasientens egne ord</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>clinic</source>
        <translation>klinikk</translation>
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
        <translation>Søk i øvelser …</translation>
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
        <translation>Alt utstyr</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Øvelsesbibliotek</translation>
    </message>
    <message>
        <source>%1 of %2 exercises · double-click or drag to add</source>
        <translation>%1 av %2 øvelser · dobbeltklikk eller dra for å legge til</translation>
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
        <translation>Bare %1 kan låse opp med passordet sitt.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO CLINIC (fictional data)</source>
        <translation>DEMOKLINIKK (fiktive data)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Find client</source>
        <translation>Finn pasient</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Ny pasient</translation>
    </message>
    <message>
        <source>Import clients …</source>
        <translation>Importer pasienter …</translation>
    </message>
    <message>
        <source>Clinic settings …</source>
        <translation>Klinikkinnstillinger …</translation>
    </message>
    <message>
        <source>People …</source>
        <translation>Personer …</translation>
    </message>
    <message>
        <source>Questionnaires …</source>
        <translation>Spørreskjemaer …</translation>
    </message>
    <message>
        <source>Daily backups …</source>
        <translation>Daglige sikkerhetskopier …</translation>
    </message>
    <message>
        <source>Audit log …</source>
        <translation>Revisjonslogg …</translation>
    </message>
    <message>
        <source>Switch user …</source>
        <translation>Bytt bruker …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Copy support information</source>
        <translation>Kopier supportinformasjon</translation>
    </message>
    <message>
        <source>Version, database and the last log lines, for your IT contact; no client data and no password</source>
        <translation>Versjon, database og de siste linjene i loggfilen til IT-kontakten deres; ingen pasientdata og ikke noe passord</translation>
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
        <translation>Journaler på denne datamaskinen</translation>
    </message>
    <message>
        <source>Clinic server %1</source>
        <translation>Klinikkens server %1</translation>
    </message>
    <message>
        <source>connection not verified (sslmode in the URL)</source>
        <translation>forbindelsen er ikke verifisert (sslmode i adressen)</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Logget inn som %1 · %2</translation>
    </message>
    <message>
        <source>⚠ Backup failed: %1</source>
        <translation>⚠ Sikkerhetskopien mislyktes: %1</translation>
    </message>
    <message>
        <source>⚠ No daily backup yet: File → Daily backups …</source>
        <translation>⚠ Ingen daglig sikkerhetskopi ennå: Fil → Daglige sikkerhetskopier …</translation>
    </message>
    <message>
        <source>⚠ Last backup %1: check the backup disk</source>
        <translation>⚠ Siste sikkerhetskopi %1: kontroller backupdisken</translation>
    </message>
    <message>
        <source>Folder for daily backups</source>
        <translation>Mappe for daglige sikkerhetskopier</translation>
    </message>
    <message>
        <source>Backup written to %1; a new copy is made every day.</source>
        <translation>Sikkerhetskopi lagret i %1; det lages en ny kopi hver dag.</translation>
    </message>
    <message>
        <source>Daily backups</source>
        <translation>Daglige sikkerhetskopier</translation>
    </message>
    <message>
        <source>Support information copied: paste it into an email to your IT contact.</source>
        <translation>Supportinformasjonen er kopiert: lim den inn i en e-post til IT-kontakten deres.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required.</source>
        <translation>Feltet må fylles ut.</translation>
    </message>
    <message>
        <source>Too long: at most 300 characters.</source>
        <translation>For langt: høyst 300 tegn.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Datoen kan ikke være i fremtiden.</translation>
    </message>
    <message>
        <source>The next visit cannot be before the assessment date.</source>
        <translation>Neste besøk kan ikke være før undersøkelsens dato.</translation>
    </message>
    <message>
        <source>The date is before 1900.</source>
        <translation>Datoen er før 1900.</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy, e.g. 24.03.1990.</source>
        <translation>Skriv datoen som dd.mm.åååå, f.eks. 24.03.1990.</translation>
    </message>
    <message>
        <source>There is no such date.</source>
        <translation>Den datoen finnes ikke.</translation>
    </message>
    <message>
        <source>Write only digits, spaces, + and -, e.g. 1813 or +45 35 45 35 45.</source>
        <translation>Skriv bare sifre, mellomrom, + og -, f.eks. 116 117 eller +47 22 11 80 80.</translation>
    </message>
    <message>
        <source>Not an email address (name@example.dk).</source>
        <translation>Ikke en e-postadresse (navn@eksempel.no).</translation>
    </message>
    <message>
        <source>The CPR number / fødselsnummer does not match the birth date.</source>
        <translation>CPR-nummeret / fødselsnummeret stemmer ikke med fødselsdatoen.</translation>
    </message>
    <message>
        <source>A CPR number has 10 digits, a fødselsnummer 11.</source>
        <translation>Et CPR-nummer har 10 sifre, et fødselsnummer 11.</translation>
    </message>
    <message>
        <source>The first six digits are not a valid birth date.</source>
        <translation>De første seks sifrene er ikke en gyldig fødselsdato.</translation>
    </message>
    <message>
        <source>The control digits do not match: check for a typing error.</source>
        <translation>Kontrollsifrene stemmer ikke: se etter en skrivefeil.</translation>
    </message>
    <message>
        <source>Only digits, and an optional hyphen, please.</source>
        <translation>Bare sifre og eventuelt en bindestrek.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Velg en av verdiene på listen.</translation>
    </message>
    <message>
        <source>The due date must be within 42 weeks from today, or record the birth.</source>
        <translation>Termindatoen må ligge innen 42 uker fra i dag, ellers registrer fødselen.</translation>
    </message>
    <message>
        <source>The birth date is too far from the due date.</source>
        <translation>Fødselsdatoen ligger for langt fra termindatoen.</translation>
    </message>
    <message>
        <source>Record the birth date as well.</source>
        <translation>Skriv også fødselsdatoen.</translation>
    </message>
    <message>
        <source>Holds an invisible control character; delete the text and type it again.</source>
        <translation>Inneholder et usynlig kontrolltegn; slett teksten og skriv den på nytt.</translation>
    </message>
    <message>
        <source>2 to 40 small letters, digits, dots or dashes, e.g. anne.holm.</source>
        <translation>2 til 40 små bokstaver, sifre, punktum eller bindestreker, f.eks. anne.holm.</translation>
    </message>
    <message>
        <source>Someone already has this user name.</source>
        <translation>Noen andre har allerede dette brukernavnet.</translation>
    </message>
    <message>
        <source>Write the first and the last name.</source>
        <translation>Skriv både fornavn og etternavn.</translation>
    </message>
    <message>
        <source>A Danish authorisation ID has 5 characters (e.g. 0C25Q), an HPR number 6 to 9 digits.</source>
        <translation>En dansk autorisasjons-ID har 5 tegn (f.eks. 0C25Q), et HPR-nummer 6 til 9 sifre.</translation>
    </message>
    <message>
        <source>A therapist signs records: give a physiotherapist profession and the authorisation ID.</source>
        <translation>En terapeut signerer journaler: oppgi yrket fysioterapeut og HPR-nummeret.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Et passord må ha minst %1 tegn.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De to passordene er ikke like.</translation>
    </message>
    <message>
        <source>The value is out of range.</source>
        <translation>Verdien er utenfor det tillatte området.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Verdien er ikke gyldig.</translation>
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
        <translation>Nå</translation>
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
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove the mark from this region</source>
        <translation>Fjern markeringen fra dette området</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>&amp;Pain (0 = none, 10 = worst imaginable)</source>
        <translation>&amp;Smerte (0 = ingen, 10 = verst tenkelige)</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>Smertens &amp;karakter</translation>
    </message>
    <message>
        <source>Not marked yet: choose the pain, then Enter</source>
        <translation>Ikke markert ennå: velg smerten, og trykk Enter</translation>
    </message>
    <message>
        <source>Marked: asked, no pain here</source>
        <translation>Markert: spurt, ingen smerte her</translation>
    </message>
    <message>
        <source>Marked: pain %1 of 10</source>
        <translation>Markert: smerte %1 av 10</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Smerte</translation>
    </message>
    <message>
        <source>Shaded</source>
        <translation>Skravert</translation>
    </message>
    <message>
        <source>Colour of a region by its pain score (0 = no pain, 10 = worst imaginable); blue shading is drawn by hand</source>
        <translation>Områdets farge viser smertescoren (0 = ingen smerte, 10 = verst tenkelige); blå skravering er tegnet for hånd</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Ikke markert</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Smerte %1 av 10</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>ingen smerte</translation>
    </message>
    <message>
        <source>Nothing marked yet. Click a region to give it a pain score, or choose the brush to shade where it hurts.</source>
        <translation>Ingenting markert ennå. Klikk på et område for å gi det en smertescore, eller velg penselen og skraver der det gjør vondt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Marked regions</source>
        <translation>Markerte områder</translation>
    </message>
    <message>
        <source>Shading covers</source>
        <translation>Skraveringen dekker</translation>
    </message>
    <message>
        <source>Shaded share of the body</source>
        <translation>Skravert andel av kroppen</translation>
    </message>
    <message>
        <source>New pain</source>
        <translation>Ny smerte</translation>
    </message>
    <message>
        <source>No longer painful</source>
        <translation>Ikke lenger smerte</translation>
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
        <translation>Ingen endring i smertetegningen siden forrige undersøkelse.</translation>
    </message>
    <message>
        <source>Bold: a change of 2 or more points (clinically important).</source>
        <translation>Fet skrift: en endring på 2 poeng eller mer (klinisk viktig).</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Forfra</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bakfra</translation>
    </message>
    <message>
        <source>Client&apos;s left</source>
        <translation>Pasientens venstre</translation>
    </message>
    <message>
        <source>Client&apos;s right</source>
        <translation>Pasientens høyre</translation>
    </message>
    <message>
        <source>Pain map: front and back of the body</source>
        <translation>Smertetegning: kroppen forfra og bakfra</translation>
    </message>
    <message>
        <source>Mark regions</source>
        <translation>Marker områder</translation>
    </message>
    <message>
        <source>Click a region to give it a pain score and a quality (M)</source>
        <translation>Klikk på et område for å gi det en smertescore og en karakter (M)</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pensel</translation>
    </message>
    <message>
        <source>Shade where it hurts, freehand (B)</source>
        <translation>Skraver på frihånd der det gjør vondt (B)</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Viskelær</translation>
    </message>
    <message>
        <source>Rub out shading (E)</source>
        <translation>Visk ut skravering (E)</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <translation>&amp;Bredde</translation>
    </message>
    <message>
        <source>Width of the brush and the eraser</source>
        <translation>Bredde på pensel og viskelær</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Take back the last change (Ctrl+Z)</source>
        <translation>Angre den siste endringen (Ctrl+Z)</translation>
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
        <translation>Ingen tidligere smertetegning i dette svangerskapet å sammenligne med.</translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation>Denne undersøkelsen</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preparing the preview …</source>
        <translation>Klargjør forhåndsvisningen …</translation>
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
        <translation>Fysioterapeut (spesialist)</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekretær</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
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
        <translation>Navn og autorisasjons-ID</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Yrke</translation>
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
        <translation>Legg til person …</translation>
    </message>
    <message>
        <source>Edit profile …</source>
        <translation>Endre profil …</translation>
    </message>
    <message>
        <source>Set password …</source>
        <translation>Angi passord …</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktiver</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <source>Profile or password to complete</source>
        <translation>Profil eller passord mangler</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktiver</translation>
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
        <translation>Ett punkt per linje, f.eks.
Forklaring av smertene og råd for hverdagen
Stabiliserende øvelser
Oppfølging om 3 uker</translation>
    </message>
    <message>
        <source>Anything else worth recording</source>
        <translation>Annet som er verdt å notere</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Tillegg</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Neste besøk</translation>
    </message>
    <message>
        <source>Date of the next visit</source>
        <translation>Dato for neste besøk</translation>
    </message>
    <message>
        <source>Each line becomes a point in the report.</source>
        <translation>Hver linje blir et punkt i rapporten.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>the PDF could not be read</source>
        <translation>PDF-filen kunne ikke leses</translation>
    </message>
    <message>
        <source>the printer could not be started; check that it is on and ready</source>
        <translation>skriveren kunne ikke startes; kontroller at den er slått på og klar</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Skriv ut hjemmeprogram</translation>
    </message>
    <message>
        <source>Sending pages to the printer …</source>
        <translation>Sender sider til skriveren …</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Skriver ut</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Ikke skrevet ut</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>e.g. 0C25Q or HPR number 9144889</source>
        <translation>f.eks. 0C25Q eller HPR-nummer 9144889</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>Authorisation ID / HPR number</source>
        <translation>Autorisasjons-ID / HPR-nummer</translation>
    </message>
    <message>
        <source>She also treats clients (therapist)</source>
        <translation>Hun behandler også pasienter (terapeut)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passord en gang til</translation>
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
        <translation>Programmet er utlevert og er en del av journalen. Vil du endre det, start et nytt program basert på det.</translation>
    </message>
    <message>
        <source>Start from %1</source>
        <translation>Start fra %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeCommands</name>
    <message>
        <source>Add exercise</source>
        <translation>Legg til øvelse</translation>
    </message>
    <message>
        <source>Add exercises</source>
        <translation>Legg til øvelser</translation>
    </message>
    <message>
        <source>Remove exercise</source>
        <translation>Fjern øvelse</translation>
    </message>
    <message>
        <source>Move exercise</source>
        <translation>Flytt øvelse</translation>
    </message>
    <message>
        <source>Change dosage</source>
        <translation>Endre dosering</translation>
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
        <translation>Ikke lenger i biblioteket</translation>
    </message>
</context>
<context>
    <name>ProgrammeList</name>
    <message>
        <source>Double-click an exercise in the library, drag it here, or take one of the suggestions.</source>
        <translation>Dobbeltklikk på en øvelse i biblioteket, dra den hit, eller ta et av forslagene.</translation>
    </message>
    <message>
        <source>← Easier</source>
        <translation>← Lettere</translation>
    </message>
    <message>
        <source>Harder →</source>
        <translation>Tyngre →</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
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
        <translation>Tyngre: %1</translation>
    </message>
    <message>
        <source>Progress to %1</source>
        <translation>Progresjon til %1</translation>
    </message>
    <message>
        <source>Regress to %1</source>
        <translation>Regresjon til %1</translation>
    </message>
    <message>
        <source>Keep the note?</source>
        <translation>Beholde notatet?</translation>
    </message>
    <message>
        <source>Your note for the client was written for the previous exercise:

“%1”

Keep it for %2?</source>
        <translation>Notatet ditt til pasienten ble skrevet for den forrige øvelsen:

“%1”

Skal det stå ved %2?</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>Behold notatet</translation>
    </message>
    <message>
        <source>Remove the note</source>
        <translation>Fjern notatet</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <source>Record a pregnancy first: a programme belongs to a pregnancy and the months after it.</source>
        <translation>Registrer først et svangerskap: et program hører til et svangerskap og månedene etter.</translation>
    </message>
    <message>
        <source>Opening the programme …</source>
        <translation>Åpner programmet …</translation>
    </message>
</context>
<context>
    <name>ProgressEstimate</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>ca. %n s igjen</numerusform>
            <numerusform>ca. %n s igjen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>ca. %n min igjen</numerusform>
            <numerusform>ca. %n min igjen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>PGQ (0-100, lower is better)</source>
        <translation>PGQ (0–100, lavere er bedre)</translation>
    </message>
    <message>
        <source>Pain, NRS 0-10</source>
        <translation>Smerte, NRS 0–10</translation>
    </message>
    <message>
        <source>ASLR sum (0-10)</source>
        <translation>ASLR-sum (0–10)</translation>
    </message>
    <message>
        <source>Positive provocation tests (0-6)</source>
        <translation>Positive provokasjonstester (0–6)</translation>
    </message>
    <message>
        <source>Important change: PGQ total and activity 25 points, PGQ symptoms 20 points (Stuge 2017); NRS 2 points or 30% (Farrar 2001); ASLR sum 2 points (PGP Desk&apos;s choice; no published threshold). Positive tests are shown without a verdict.</source>
        <translation>Viktig endring: PGQ total og aktivitet 25 poeng, PGQ symptomer 20 poeng (Stuge 2017); NRS 2 poeng eller 30 % (Farrar 2001); ASLR-sum 2 poeng (PGP Desks valg; ingen publisert grenseverdi). Positive tester vises uten vurdering.</translation>
    </message>
    <message>
        <source>Compared with the previous assessment</source>
        <translation>Sammenlignet med forrige undersøkelse</translation>
    </message>
    <message>
        <source>Over the pregnancy and after</source>
        <translation>Gjennom svangerskapet og etterpå</translation>
    </message>
    <message>
        <source>ASLR sum</source>
        <translation>ASLR-sum</translation>
    </message>
    <message>
        <source>Positive provocation tests</source>
        <translation>Positive provokasjonstester</translation>
    </message>
    <message>
        <source>Save this assessment to compare it with the previous one. The charts show the assessments saved so far.</source>
        <translation>Lagre undersøkelsen for å sammenligne den med den forrige. Grafene viser undersøkelsene som er lagret så langt.</translation>
    </message>
    <message>
        <source>This is the first assessment in this pregnancy; the next one will be compared with it.</source>
        <translation>Dette er den første undersøkelsen i dette svangerskapet; den neste sammenlignes med den.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Se i:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Se i:</translation>
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
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Finn mappe</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Opprett ny mappe</translation>
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
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nylige steder</translation>
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
        <translation>Denne datamaskinen</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
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
        <translation>Endret</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
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
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
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
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Ikke lagre</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standard</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkeadresse</translation>
    </message>
</context>
<context>
    <name>QuestionnaireWidget</name>
    <message>
        <source>Not applicable</source>
        <translation>Ikke aktuelt</translation>
    </message>
    <message>
        <source>Client fills in on screen…</source>
        <translation>Pasienten fyller ut på skjermen…</translation>
    </message>
    <message>
        <source>Off: these short labels lack the questions and time frame a client must read. Give her the official form, or import the licensed wording.</source>
        <translation>Slått av: de korte etikettene mangler spørsmålene og tidsrammen pasienten skal lese. Gi henne det offisielle skjemaet, eller importer den lisensierte ordlyden.</translation>
    </message>
    <message>
        <source>The client will read the texts shown here, not the official questionnaire. Import the official wording for client use if your clinic has it.</source>
        <translation>Pasienten leser tekstene som vises her, ikke det offisielle spørreskjemaet. Importer den offisielle ordlyden til bruk for pasienter hvis klinikken har den.</translation>
    </message>
    <message>
        <source>Record the rest as “no”</source>
        <translation>Registrer resten som «nei»</translation>
    </message>
    <message>
        <source>Every statement not ticked is recorded as no</source>
        <translation>Alle utsagn uten kryss registreres som nei</translation>
    </message>
    <message>
        <source>Short labels for entering the answers from the official form; they are not the questionnaire&apos;s wording, so the client answers on the official form, not on screen.</source>
        <translation>Korte etiketter for å registrere svarene fra det offisielle skjemaet; de er ikke spørreskjemaets ordlyd, så pasienten svarer på det offisielle skjemaet, ikke på skjermen.</translation>
    </message>
    <message>
        <source>PGP Desk&apos;s own paraphrase, not the validated wording: compare scores with published values only with care.</source>
        <translation>PGP Desks egen omskrivning, ikke den validerte ordlyden: sammenlign skårer med publiserte verdier bare med forsiktighet.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 av %2 besvart</translation>
    </message>
    <message>
        <source>%1 not applicable</source>
        <translation>%1 ikke aktuelle</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Gjenopprettingskode</translation>
    </message>
    <message>
        <source>Write this code on paper and keep it locked away. If the administrator forgets her password, this code lets her choose a new one: ask whoever looks after the clinic&apos;s computers (IT) to help her use it. It is shown only now.</source>
        <translation>Skriv koden på papir og oppbevar den innelåst. Hvis administratoren glemmer passordet sitt, kan hun velge et nytt med denne koden: be den som har ansvar for klinikkens datamaskiner (IT), om hjelp til å bruke den. Koden vises bare nå.</translation>
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
        <translation>Åpent rødt flagg</translation>
    </message>
    <message>
        <source>&lt;b&gt;This client has an open red flag:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pasienten har et åpent rødt flagg:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Exercise is normally not started until a doctor or midwife has assessed this. Issue the handout only if that has happened or it is safe for another reason, and write why below. Your words are kept with the handout in her record.</source>
        <translation>Trening startes vanligvis ikke før en lege eller jordmor har vurdert dette. Lever ut hjemmeprogrammet bare hvis det har skjedd, eller hvis det er trygt av en annen grunn, og skriv hvorfor nedenfor. Begrunnelsen din lagres sammen med hjemmeprogrammet i journalen hennes.</translation>
    </message>
    <message>
        <source>e.g. Assessed by her midwife on 12 March; cleared for gentle exercise.</source>
        <translation>f.eks. Vurdert av jordmor 12. mars; klarert for lett trening.</translation>
    </message>
    <message>
        <source>Issue handout</source>
        <translation>Lever ut hjemmeprogram</translation>
    </message>
</context>
<context>
    <name>RedFlagSection</name>
    <message>
        <source>What to do if the answer is yes</source>
        <translation>Hva du skal gjøre hvis svaret er ja</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Ikke spurt</translation>
    </message>
    <message>
        <source>Answer the rest “No”</source>
        <translation>Svar «Nei» på resten</translation>
    </message>
    <message>
        <source>Sets every question not asked yet to No</source>
        <translation>Setter alle spørsmål som ikke er stilt ennå, til Nei</translation>
    </message>
    <message>
        <source>Open since the last assessment: ask again first</source>
        <translation>Åpent siden forrige undersøkelse: spør igjen først</translation>
    </message>
    <message>
        <source>Red flags: refer, do not treat</source>
        <translation>Røde flagg: henvis, ikke behandle</translation>
    </message>
    <message>
        <source>Contraindications to exercise</source>
        <translation>Kontraindikasjoner mot trening</translation>
    </message>
    <message>
        <source>Exercise must not start until this is cleared.</source>
        <translation>Treningen må ikke starte før dette er avklart.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not asked yet.</source>
        <translation>
            <numerusform>%n spørsmål er ikke stilt ennå.</numerusform>
            <numerusform>%n spørsmål er ikke stilt ennå.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ All answered no: nothing stands in the way of exercise.</source>
        <translation>✓ Alle besvart med nei: ingenting er til hinder for trening.</translation>
    </message>
    <message>
        <source>⚠ Refer: do not start exercise</source>
        <translation>⚠ Henvis: ikke start trening</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for the GP or midwife</source>
        <translation>Rapport til lege eller jordmor</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottaker</translation>
    </message>
    <message>
        <source>The GP or midwife, e.g. from her record</source>
        <translation>Fastlege eller jordmor, f.eks. fra journalen</translation>
    </message>
    <message>
        <source>What do you ask of the recipient? E.g. to see her today about a red flag.</source>
        <translation>Hva ber du mottakeren om? F.eks. å se henne i dag på grunn av et rødt flagg.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Request to the recipient</source>
        <translation>Forespørsel til mottakeren</translation>
    </message>
    <message>
        <source>Save PDF …</source>
        <translation>Lagre PDF …</translation>
    </message>
    <message>
        <source>Copy summary as text</source>
        <translation>Kopier oppsummering som tekst</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The report opens with a three-line summary: subgroup, scores, red flags and your request.</source>
        <translation>Rapporten begynner med en oppsummering på tre linjer: undergruppe, målinger, røde flagg og forespørselen din.</translation>
    </message>
    <message>
        <source>The summary is on the clipboard: paste it into the journal.</source>
        <translation>Oppsummeringen er kopiert: lim den inn i journalen.</translation>
    </message>
</context>
<context>
    <name>SaveController</name>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>still saving: the database is busy with another task, PGP Desk keeps trying …</source>
        <translation>lagrer fortsatt: databasen er opptatt med en annen oppgave, PGP Desk fortsetter å prøve …</translation>
    </message>
</context>
<context>
    <name>ScoreCard</name>
    <message>
        <source>higher is worse</source>
        <translation>høyere er verre</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>høyere er bedre</translation>
    </message>
    <message>
        <source>Range %1-%2, %3.</source>
        <translation>Skala %1–%2, %3.</translation>
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
        <translation>tillegg er for signerte undersøkelser; rediger utkastet i stedet</translation>
    </message>
    <message>
        <source>a signed assessment cannot be deleted</source>
        <translation>en signert undersøkelse kan ikke slettes</translation>
    </message>
    <message>
        <source>this assessment is already signed</source>
        <translation>undersøkelsen er allerede signert</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos;: choose auto, utf-8 or cp1252</source>
        <translation>ukjent tegnsett &apos;%1&apos;: velg auto, utf-8 eller cp1252</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 marker: choose UTF-8 (or auto), not Windows-1252</source>
        <translation>filen begynner med en UTF-8-markør: velg UTF-8 (eller automatisk), ikke Windows-1252</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>the file needs columns for first and last name (e.g. Fornavn and Efternavn/Etternavn) or one Navn/Name column; found: %1</source>
        <translation>filen må ha kolonner for fornavn og etternavn (f.eks. Fornavn og Etternavn) eller én Navn-kolonne; funnet: %1</translation>
    </message>
    <message>
        <source>line %1 holds a byte that is neither UTF-8 nor Windows-1252; save the file as UTF-8 and try again</source>
        <translation>linje %1 inneholder et tegn som verken er UTF-8 eller Windows-1252; lagre filen som UTF-8, og prøv igjen</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it</source>
        <translation>%1 er større enn %2 MB; del den opp</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>filen %1 finnes ikke</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file</source>
        <translation>%1 er en mappe, ikke en CSV-fil</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>since the check, clients on line(s) %1 were registered by someone else; check the file again; nothing was imported</source>
        <translation>siden kontrollen er pasientene på linje %1 registrert av noen andre; kontroller filen igjen; ingenting ble importert</translation>
    </message>
    <message>
        <source>the file starts like UTF-16 but is not valid UTF-16</source>
        <translation>filen begynner som UTF-16, men er ikke gyldig UTF-16</translation>
    </message>
    <message>
        <source>line %1 cannot be read as CSV (%2)</source>
        <translation>linje %1 kan ikke leses som CSV (%2)</translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8; if the file comes from an older Windows program, choose Windows-1252 (cp1252)</source>
        <translation>linje %1 er ikke gyldig UTF-8; kommer filen fra et eldre Windows-program, velg Windows-1252 (cp1252)</translation>
    </message>
    <message>
        <source>the file mixes UTF-8 and Windows-1252 text (first at line %1); save it again as UTF-8 and import that</source>
        <translation>filen blander UTF-8- og Windows-1252-tekst (første gang på linje %1); lagre den på nytt som UTF-8, og importer den</translation>
    </message>
    <message>
        <source>only an administrator can change the clinic&apos;s details</source>
        <translation>bare en administrator kan endre klinikkens opplysninger</translation>
    </message>
    <message>
        <source>only an administrator can read the audit log</source>
        <translation>bare en administrator kan lese revisjonsloggen</translation>
    </message>
    <message>
        <source>the audit log is exported as a .csv file; choose a name ending in .csv</source>
        <translation>revisjonsloggen eksporteres som en .csv-fil; velg et navn som slutter på .csv</translation>
    </message>
    <message>
        <source>the clinic record is missing from the database</source>
        <translation>klinikkens opplysninger mangler i databasen</translation>
    </message>
    <message>
        <source>only an administrator can add questionnaires for the clinic</source>
        <translation>bare en administrator kan legge til skjemaer for klinikken</translation>
    </message>
    <message>
        <source>write down the licence under which the clinic uses this questionnaire</source>
        <translation>skriv under hvilken lisens klinikken bruker skjemaet</translation>
    </message>
    <message>
        <source>%1 is a questionnaire PGP Desk ships; give the clinic&apos;s own a different code</source>
        <translation>%1 er et skjema PGP Desk leverer; gi klinikkens eget en annen kode</translation>
    </message>
    <message>
        <source>%1 is too large for a questionnaire definition</source>
        <translation>%1 er for stor for en skjemadefinisjon</translation>
    </message>
    <message>
        <source>the questionnaire definition is not valid: %1</source>
        <translation>skjemadefinisjonen er ikke gyldig: %1</translation>
    </message>
    <message>
        <source>the database at %1 cannot be reached (%2)</source>
        <translation>databasen på %1 kan ikke nås (%2)</translation>
    </message>
    <message>
        <source>the database server at %1 refused the user name or password</source>
        <translation>databaseserveren på %1 avviste brukernavnet eller passordet</translation>
    </message>
    <message>
        <source>the database at %1 does not exist; ask your IT contact to create it</source>
        <translation>databasen på %1 finnes ikke; be IT-kontakten deres om å opprette den</translation>
    </message>
    <message>
        <source>the database file %1 cannot be opened; check the folder and its permissions</source>
        <translation>databasefilen %1 kan ikke åpnes; kontroller mappen og tilgangene til den</translation>
    </message>
    <message>
        <source>the database at %1 is empty; IT creates its tables with &apos;pgp-desk db upgrade&apos;</source>
        <translation>databasen på %1 er tom; IT oppretter tabellene med &apos;pgp-desk db upgrade&apos;</translation>
    </message>
    <message>
        <source>the clinic database&apos;s name %1 is not one PGP Desk set up; ask IT</source>
        <translation>klinikkdatabasens navn %1 er ikke satt opp av PGP Desk; spør IT</translation>
    </message>
    <message>
        <source>the clinic database&apos;s name &apos;%1&apos; cannot lead PostgreSQL role names; name it with 1 to 22 small letters, digits or _ (starting with a letter)</source>
        <translation>klinikkdatabasens navn «%1» kan ikke innlede PostgreSQL-rollenavn; gi den et navn med 1 til 22 små bokstaver, sifre eller _ (som begynner med en bokstav)</translation>
    </message>
    <message>
        <source>the schema owner may not create the clinic&apos;s roles; run &apos;pgp-desk db upgrade&apos; as the role that owns the database, with CREATEROLE (see the README, &apos;Setting up the clinic server&apos;)</source>
        <translation>skjemaets eier kan ikke opprette klinikkens roller; kjør «pgp-desk db upgrade» som rollen som eier databasen, med CREATEROLE (se README, «Setting up the clinic server»)</translation>
    </message>
    <message>
        <source>there is nobody with the user name %1</source>
        <translation>det finnes ingen med brukernavnet %1</translation>
    </message>
    <message>
        <source>the clinic needs at least one active administrator</source>
        <translation>klinikken må ha minst én aktiv administrator</translation>
    </message>
    <message>
        <source>client %1 does not exist</source>
        <translation>pasient %1 finnes ikke</translation>
    </message>
    <message>
        <source>pregnancy %1 does not exist</source>
        <translation>svangerskapsforløp %1 finnes ikke</translation>
    </message>
    <message>
        <source>assessment %1 does not exist</source>
        <translation>undersøkelse %1 finnes ikke</translation>
    </message>
    <message>
        <source>programme %1 does not exist</source>
        <translation>program %1 finnes ikke</translation>
    </message>
    <message>
        <source>handout %1 does not exist</source>
        <translation>utlevering %1 finnes ikke</translation>
    </message>
    <message>
        <source>only a therapist can open clinical records</source>
        <translation>bare en terapeut kan åpne kliniske journaler</translation>
    </message>
    <message>
        <source>only an administrator can erase a client&apos;s data</source>
        <translation>bare en administrator kan slette en pasients data</translation>
    </message>
    <message>
        <source>only the clinic&apos;s staff can open the client list</source>
        <translation>bare klinikkens personale kan åpne pasientlisten</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>feil brukernavn eller passord</translation>
    </message>
    <message>
        <source>too many wrong passwords: wait %1 seconds and try again</source>
        <translation>for mange feil passord: vent %1 sekunder og prøv igjen</translation>
    </message>
    <message>
        <source>this person is disabled; an administrator can enable her again</source>
        <translation>denne personen er deaktivert; en administrator kan aktivere henne igjen</translation>
    </message>
    <message>
        <source>your profile is not complete; ask an administrator to complete it</source>
        <translation>profilen din er ikke utfylt; be en administrator fylle den ut</translation>
    </message>
    <message>
        <source>this database already has people; sign in instead</source>
        <translation>databasen har allerede personer; logg inn i stedet</translation>
    </message>
    <message>
        <source>this user name is already in use</source>
        <translation>brukernavnet er allerede i bruk</translation>
    </message>
    <message>
        <source>the recovery code or the administrator&apos;s user name is wrong</source>
        <translation>gjenopprettingskoden eller administratorens brukernavn er feil</translation>
    </message>
    <message>
        <source>only an administrator can manage the clinic&apos;s people</source>
        <translation>bare en administrator kan administrere klinikkens personer</translation>
    </message>
    <message>
        <source>%1 has a line longer than 1 MB; it is not a list of clients</source>
        <translation>%1 har en linje som er lengre enn 1 MB; det er ikke en liste over pasienter</translation>
    </message>
    <message>
        <source>the file %1 changed while it was read; check it again</source>
        <translation>filen %1 ble endret mens den ble lest; kontroller den igjen</translation>
    </message>
    <message>
        <source>the file %1 changed after it was checked; check it again; nothing was imported</source>
        <translation>filen %1 er endret etter at den ble kontrollert; kontroller den igjen; ingenting ble importert</translation>
    </message>
    <message>
        <source>since the check, clients in the file were registered or erased by someone else; check the file again; nothing was imported</source>
        <translation>siden kontrollen er pasienter i filen registrert eller slettet av noen andre; kontroller filen igjen; ingenting ble importert</translation>
    </message>
    <message>
        <source>the database has schema version %1 and this PGP Desk needs %2; ask IT to run &apos;pgp-desk db upgrade&apos; on it</source>
        <translation>databasen har skjemaversjon %1, og denne PGP Desk krever %2; be IT kjøre &apos;pgp-desk db upgrade&apos; på den</translation>
    </message>
    <message>
        <source>could not choose a new exercise code; please try again</source>
        <translation>kunne ikke finne en ny øvelseskode; prøv igjen</translation>
    </message>
    <message>
        <source>choose a .json file name; the PDF summary is written beside it</source>
        <translation>velg et filnavn som slutter på .json; PDF-oversikten lagres ved siden av</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>mappen %1 finnes ikke</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>the client has an open red flag, so issuing exercises needs your explicit confirmation</source>
        <translation>pasienten har et åpent rødt flagg, så utlevering av øvelser krever din uttrykkelige bekreftelse</translation>
    </message>
    <message>
        <source>the stored copy of handout %1 does not match its checksum, so it cannot be reprinted</source>
        <translation>den lagrede kopien av hjemmeprogram %1 stemmer ikke med kontrollsummen og kan derfor ikke skrives ut på nytt</translation>
    </message>
    <message>
        <source>the name typed does not match the client&apos;s name; nothing erased</source>
        <translation>navnet som ble skrevet inn, stemmer ikke med pasientens navn; ingenting er slettet</translation>
    </message>
    <message>
        <source>only an administrator or the therapist who saved it can delete a clinic template</source>
        <translation>bare en administrator eller terapeuten som lagret den, kan slette en klinikkmal</translation>
    </message>
    <message>
        <source>an issued programme is part of the record and cannot be deleted</source>
        <translation>et utlevert program er en del av journalen og kan ikke slettes</translation>
    </message>
    <message>
        <source>this programme has been issued and cannot be changed; start a new programme from it</source>
        <translation>programmet er utlevert og kan ikke endres; start et nytt program ut fra det</translation>
    </message>
    <message>
        <source>&apos;%1&apos; databases are not supported; use SQLite or PostgreSQL</source>
        <translation>&apos;%1&apos;-databaser støttes ikke; bruk SQLite eller PostgreSQL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a database URL; use sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host/database</source>
        <translation>&apos;%1&apos; er ikke en database-URL; bruk sqlite:///sti/til/fil.sqlite3 eller postgresql+psycopg://bruker@server/database</translation>
    </message>
    <message>
        <source>the database schema (%1) is newer than this PGP Desk; install the newer version that upgraded it</source>
        <translation>databaseskjemaet (%1) er nyere enn denne PGP Desk; installer den nyere versjonen som oppgraderte det</translation>
    </message>
    <message>
        <source>this assessment is signed and cannot be changed; add an addendum instead</source>
        <translation>undersøkelsen er signert og kan ikke endres; skriv et tillegg i stedet</translation>
    </message>
    <message>
        <source>the file holds no clients to import; nothing was imported</source>
        <translation>filen inneholder ingen pasienter; ingenting ble importert</translation>
    </message>
    <message>
        <source>1 row has problems (line %1); nothing was imported: correct the file and try again</source>
        <translation>1 rad har feil (linje %1); ingenting ble importert: rett filen, og prøv igjen</translation>
    </message>
    <message>
        <source>%1 rows have problems (lines %2); nothing was imported: correct the file and try again</source>
        <translation>%1 rader har feil (linje %2); ingenting ble importert: rett filen, og prøv igjen</translation>
    </message>
    <message>
        <source>the import was stopped; nothing was imported</source>
        <translation>importen ble stoppet; ingenting ble importert</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 finnes allerede; velg et annet navn</translation>
    </message>
    <message>
        <source>%1 does not exist (or its folder does not); check the path</source>
        <translation>%1 finnes ikke (eller mappen finnes ikke); kontroller banen</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 er en mappe, ikke en databasefil</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 er en mappe; oppgi et filnavn</translation>
    </message>
    <message>
        <source>%1 is not a file; choose a CSV file</source>
        <translation>%1 er ikke en fil; velg en CSV-fil</translation>
    </message>
    <message>
        <source>%1 is on a disk that cannot be written to; choose another place</source>
        <translation>%1 ligger på en disk som ikke kan skrives til; velg et annet sted</translation>
    </message>
    <message>
        <source>PGP Desk cannot create its data folder %1 (%2); set %3 to a folder you may write to</source>
        <translation>PGP Desk kan ikke opprette datamappen sin %1 (%2); sett %3 til en mappe du kan skrive i</translation>
    </message>
    <message>
        <source>PGP Desk may not use %1; choose another place or ask your IT contact about its permissions</source>
        <translation>PGP Desk har ikke tilgang til %1; velg et annet sted, eller spør IT-kontakten deres om tillatelsene</translation>
    </message>
    <message>
        <source>a file could not be read or written (%1); check the disk and try again</source>
        <translation>en fil kunne ikke leses eller skrives (%1); kontroller disken og prøv igjen</translation>
    </message>
    <message>
        <source>cannot use %1 (%2); check the file and try again</source>
        <translation>%1 kan ikke brukes (%2); kontroller filen og prøv igjen</translation>
    </message>
    <message>
        <source>part of the path %1 is not a folder; check the path</source>
        <translation>en del av banen %1 er ikke en mappe; kontroller banen</translation>
    </message>
    <message>
        <source>something unexpected went wrong; the details are in the log file %1 (Help → Copy support information)</source>
        <translation>det oppstod en uventet feil; detaljene står i loggfilen %1 (Hjelp → Kopier supportinformasjon)</translation>
    </message>
    <message>
        <source>the computer ran out of memory; close other programs and try again</source>
        <translation>datamaskinen gikk tom for minne; lukk andre programmer og prøv igjen</translation>
    </message>
    <message>
        <source>the connection to the database at %1 was lost; nothing was saved and your typing is kept; check the network and save again</source>
        <translation>forbindelsen til databasen på %1 ble brutt; ingenting ble lagret, og det du har skrevet, er beholdt; kontroller nettverket og lagre igjen</translation>
    </message>
    <message>
        <source>the database did not answer as expected; nothing was saved; try again, and if it keeps happening ask your IT contact (Help → Copy support information)</source>
        <translation>databasen svarte ikke som forventet; ingenting ble lagret; prøv igjen, og spør IT-kontakten deres hvis det fortsetter (Hjelp → Kopier supportinformasjon)</translation>
    </message>
    <message>
        <source>the database file %1 cannot be read or written; check the disk and the file&apos;s permissions</source>
        <translation>databasefilen %1 kan ikke leses eller skrives; kontroller disken og filens tillatelser</translation>
    </message>
    <message>
        <source>the database file %1 is damaged and cannot be used; close PGP Desk and restore the newest backup (PGP Desk keeps copies in %2) as the README describes under &apos;When something goes wrong&apos;</source>
        <translation>databasefilen %1 er skadet og kan ikke brukes; lukk PGP Desk og gjenopprett den nyeste sikkerhetskopien (PGP Desk lagrer kopier i %2) slik README beskriver under &apos;When something goes wrong&apos;</translation>
    </message>
    <message>
        <source>the database is busy with a long task (for example an import); nothing was saved; wait a moment and try again</source>
        <translation>databasen er opptatt med en lang oppgave (for eksempel en import); ingenting ble lagret; vent litt og prøv igjen</translation>
    </message>
    <message>
        <source>the disk holding %1 is full; free some space and try again</source>
        <translation>disken med %1 er full; frigjør plass og prøv igjen</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>disken er full; frigjør plass og prøv igjen</translation>
    </message>
    <message>
        <source>the folder %1 does not exist; create it first or check the path</source>
        <translation>mappen %1 finnes ikke; opprett den først eller kontroller banen</translation>
    </message>
    <message>
        <source>the name %1 is too long; choose a shorter one</source>
        <translation>navnet %1 er for langt; velg et kortere</translation>
    </message>
    <message>
        <source>the upgrade of the database schema failed; the copy made before it is kept at %1; restore it as the README describes under &apos;When something goes wrong&apos;, or ask your IT contact</source>
        <translation>oppgraderingen av databaseskjemaet mislyktes; kopien fra før oppgraderingen ligger i %1; gjenopprett den slik README beskriver under &apos;When something goes wrong&apos;, eller spør IT-kontakten deres</translation>
    </message>
    <message>
        <source>there is no database at %1; check the path, or create one with &apos;pgp-desk db upgrade&apos;</source>
        <translation>det finnes ingen database i %1; kontroller banen, eller opprett en med &apos;pgp-desk db upgrade&apos;</translation>
    </message>
    <message>
        <source>an earlier demo fill of %1 was interrupted, so the demo clinic is incomplete; delete its file and run &apos;pgp-desk demo&apos; again</source>
        <translation>en tidligere utfylling av demoklinikken i %1 ble avbrutt, så demoklinikken er ufullstendig; slett filen og kjør &apos;pgp-desk demo&apos; på nytt</translation>
    </message>
    <message>
        <source>the database %1 already holds the demo clinic; to start afresh, delete its file and run &apos;pgp-desk demo&apos; again</source>
        <translation>databasen %1 inneholder allerede demoklinikken; slett filen og kjør &apos;pgp-desk demo&apos; på nytt for å begynne forfra</translation>
    </message>
    <message>
        <source>the upgrade of the database schema failed and nothing was changed; ask your IT contact (Help → Copy support information)</source>
        <translation>oppgraderingen av databaseskjemaet mislyktes, og ingenting ble endret; spør IT-kontakten deres (Hjelp → Kopier supportinformasjon)</translation>
    </message>
    <message>
        <source>%1 is not in PGP Desk&apos;s backups folder; delete it yourself</source>
        <translation>%1 ligger ikke i PGP Desks mappe for sikkerhetskopier; slett den selv</translation>
    </message>
    <message>
        <source>only an administrator can erase records before the end of the retention period</source>
        <translation>bare en administrator kan slette journaler før oppbevaringstiden er ute</translation>
    </message>
    <message>
        <source>the records must be kept until %1 (%2 years after the last entry); an administrator can erase earlier by recording the legal basis</source>
        <translation>journalene skal oppbevares til %1 (%2 år etter siste notat); en administrator kan slette dem før ved å oppgi rettsgrunnlaget</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup copy</source>
        <translation>%1 er selve databasen; velg en sikkerhetskopi</translation>
    </message>
    <message>
        <source>keep between 1 and 365 copies</source>
        <translation>behold mellom 1 og 365 kopier</translation>
    </message>
    <message>
        <source>the backup copy %1 failed SQLite&apos;s integrity check and was removed; run &apos;pgp-desk db check&apos; on the database</source>
        <translation>sikkerhetskopien %1 besto ikke SQLites integritetskontroll og er fjernet; kjør &apos;pgp-desk db check&apos; på databasen</translation>
    </message>
    <message>
        <source>copy onto the clinic&apos;s PostgreSQL server: --to postgresql+psycopg://OWNER@SERVER/DATABASE</source>
        <translation>kopier til klinikkens PostgreSQL-server: --to postgresql+psycopg://EIER@SERVER/DATABASE</translation>
    </message>
    <message>
        <source>only an administrator can move the practice onto the clinic server</source>
        <translation>bare en administrator kan flytte praksisen over til klinikkens server</translation>
    </message>
    <message>
        <source>only the role that owns the clinic database may copy into it; run &apos;pgp-desk db copy&apos; with the owner&apos;s role in the URL (the one that ran &apos;pgp-desk db upgrade&apos;); nothing was copied</source>
        <translation>bare rollen som eier klinikkens database, kan kopiere inn i den; kjør &apos;pgp-desk db copy&apos; med eierens rolle i URL-en (den som kjørte &apos;pgp-desk db upgrade&apos;); ingenting ble kopiert</translation>
    </message>
    <message>
        <source>the audit trail&apos;s chain does not verify on the clinic server (link %1); nothing was copied</source>
        <translation>revisjonssporets kjede holder ikke på klinikkens server (ledd %1); ingenting ble kopiert</translation>
    </message>
    <message>
        <source>the clinic database at %1 already holds records (%2 in the table %3); &apos;pgp-desk db copy&apos; only fills an empty database: ask IT for a new one, made with &apos;pgp-desk db upgrade&apos;</source>
        <translation>klinikkens database på %1 inneholder allerede data (%2 i tabellen %3); &apos;pgp-desk db copy&apos; fyller bare en tom database: be IT om en ny, laget med &apos;pgp-desk db upgrade&apos;</translation>
    </message>
    <message>
        <source>the clinic server refused a row of the table %1: %2; nothing was copied and the clinic database is still empty</source>
        <translation>klinikkens server avviste en rad i tabellen %1: %2; ingenting ble kopiert, og klinikkens database er fortsatt tom</translation>
    </message>
    <message>
        <source>the clinic server refused the copy at the table %1 (PostgreSQL error %2); nothing was copied and the clinic database is still empty</source>
        <translation>klinikkens server avviste kopien ved tabellen %1 (PostgreSQL-feil %2); ingenting ble kopiert, og klinikkens database er fortsatt tom</translation>
    </message>
    <message>
        <source>the copy of the table %1 differs from the practice&apos;s; nothing was copied and the clinic database is still empty</source>
        <translation>kopien av tabellen %1 avviker fra praksisens; ingenting ble kopiert, og klinikkens database er fortsatt tom</translation>
    </message>
    <message>
        <source>this database is on a PostgreSQL server already; &apos;pgp-desk db copy&apos; moves a solo practice&apos;s SQLite database onto the clinic server</source>
        <translation>denne databasen ligger allerede på en PostgreSQL-server; &apos;pgp-desk db copy&apos; flytter en solopraksis&apos; SQLite-database over til klinikkens server</translation>
    </message>
    <message>
        <source>the connection to the clinic server at %1 was lost during the copy; the server undoes an unfinished copy: check the network and run &apos;pgp-desk db copy&apos; again (it says so if the copy was kept after all)</source>
        <translation>forbindelsen til klinikkens server på %1 ble brutt under kopieringen; serveren angrer en uferdig kopi: sjekk nettverket, og kjør &apos;pgp-desk db copy&apos; igjen (den sier fra hvis kopien likevel ble lagret)</translation>
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
        <translation>Råd og melding</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Demo clinic (fictional people): sign in as mette (administrator), jonas or ingrid (therapists) or sofie (secretary). The password of all four is %1.</source>
        <translation>Demoklinikk (oppdiktede personer): logg inn som mette (administrator), jonas eller ingrid (terapeuter) eller sofie (sekretær). Alle fire har passordet %1.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to PGP Desk</source>
        <translation>Logg inn i PGP Desk</translation>
    </message>
    <message>
        <source>Opening the database …</source>
        <translation>Åpner databasen …</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Connection …</source>
        <translation>Tilkobling …</translation>
    </message>
    <message>
        <source>The connection is saved: PGP Desk uses it from its next start.</source>
        <translation>Tilkoblingen er lagret: PGP Desk bruker den fra neste oppstart.</translation>
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
        <translation>PGP Desk er allerede åpent på denne databasen, men svarer ikke. Lukk det, eller avslutt det i Oppgavebehandling, og start PGP Desk igjen.</translation>
    </message>
</context>
<context>
    <name>StartupDialog</name>
    <message>
        <source>Opening the database …</source>
        <translation>Åpner databasen …</translation>
    </message>
    <message>
        <source>Creating the demo clinic: %1 of %2 clients</source>
        <translation>Oppretter demoklinikken: %1 av %2 pasienter</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Add to programme</source>
        <translation>Legg til i programmet</translation>
    </message>
    <message>
        <source>From the assessment of %1: classification, positive tests and what hurts.</source>
        <translation>Ut fra undersøkelsen %1: klassifisering, positive tester og hvor det gjør vondt.</translation>
    </message>
    <message>
        <source>No assessment yet: suggestions from the phase only.</source>
        <translation>Ingen undersøkelse ennå: forslag bare ut fra fasen.</translation>
    </message>
    <message>
        <source>Refer before exercise: an open red flag or contraindication. No exercises are suggested.</source>
        <translation>Henvis før trening: et åpent rødt flagg eller en kontraindikasjon. Ingen øvelser foreslås.</translation>
    </message>
</context>
<context>
    <name>TemplateMenu</name>
    <message>
        <source>Templates</source>
        <translation>Maler</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>Mine maler</translation>
    </message>
    <message>
        <source>Clinic templates</source>
        <translation>Klinikkens maler</translation>
    </message>
    <message>
        <source>Shipped with PGP Desk</source>
        <translation>Følger med PGP Desk</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ingen ennå)</translation>
    </message>
    <message>
        <source>Start from “%1” (%2 exercises)</source>
        <translation>Start fra «%1» (%2 øvelser)</translation>
    </message>
    <message>
        <source>Save as my template …</source>
        <translation>Lagre som min mal …</translation>
    </message>
    <message>
        <source>Save as clinic template …</source>
        <translation>Lagre som klinikkmal …</translation>
    </message>
    <message>
        <source>Delete a template</source>
        <translation>Slett en mal</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Slett mal</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Programmes made from it are not changed.</source>
        <translation>Slette malen «%1»? Programmer laget ut fra den endres ikke.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Lagre som mal</translation>
    </message>
    <message>
        <source>Name of the template (e.g. “Early pregnancy – light”):</source>
        <translation>Navn på malen (f.eks. «Tidlig svangerskap – lett»):</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Malen ble ikke lagret</translation>
    </message>
</context>
<context>
    <name>TestsModel</name>
    <message>
        <source>  … repeated with pelvic compression</source>
        <translation>  … gjentatt med bekkenkompresjon</translation>
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
        <translation>Høyre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>The client&apos;s own left and right side</source>
        <translation>Pasientens egen venstre og høyre side</translation>
    </message>
</context>
<context>
    <name>TestsSection</name>
    <message>
        <source>Repeat the ASLR with pelvic compression</source>
        <translation>Gjenta ASLR med bekkenkompresjon</translation>
    </message>
    <message>
        <source>Pelvic tests</source>
        <translation>Bekkentester</translation>
    </message>
    <message>
        <source>“%1” is not a value for this test.</source>
        <translation>«%1» er ikke en gyldig verdi for denne testen.</translation>
    </message>
    <message>
        <source>After birth: LDL graded 0-3</source>
        <translation>Etter fødselen: LDL graderes 0-3</translation>
    </message>
    <message>
        <source>Pregnant: LDL and symphysis by the 5-second rule</source>
        <translation>Gravid: LDL og symfyse etter 5-sekundersregelen</translation>
    </message>
    <message>
        <source>Keys: + positive · − or 0 negative · 0-3 LDL grade · 0-5 ASLR · Delete = not tested · Space opens the list · Tab and arrows move</source>
        <translation>Taster: + positiv · − eller 0 negativ · 0-3 LDL-grad · 0-5 ASLR · Delete = ikke testet · Mellomrom åpner listen · Tab og piltaster flytter</translation>
    </message>
    <message>
        <source>Keys: + positive · − or 0 negative · t tenderness (under 5 s) · 0-5 ASLR · Delete = not tested · Space opens the list · Tab and arrows move</source>
        <translation>Taster: + positiv · − eller 0 negativ · ø ømhet (under 5 s) · 0-5 ASLR · Delete = ikke testet · Mellomrom åpner listen · Tab og piltaster flytter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Positive provocation tests: %1 of 6&lt;/b&gt; (%2 sides; %3 tests done)</source>
        <translation>&lt;b&gt;Positive provokasjonstester: %1 av 6&lt;/b&gt; (%2 sider; %3 tester utført)</translation>
    </message>
    <message>
        <source>ASLR sum: %1</source>
        <translation>ASLR-sum: %1</translation>
    </message>
    <message>
        <source>, with compression %1</source>
        <translation>, med kompresjon %1</translation>
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
        <translation>Hva</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pregnancy registered</source>
        <translation>Svangerskap registrert</translation>
    </message>
    <message>
        <source>Follow-up assessment</source>
        <translation>Oppfølgingsundersøkelse</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>Førstegangsundersøkelse</translation>
    </message>
    <message>
        <source>Home programme</source>
        <translation>Hjemmeprogram</translation>
    </message>
    <message>
        <source>Handout issued</source>
        <translation>Hjemmeprogram utlevert</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signert</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>utlevert</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Ingenting registrert ennå</translation>
    </message>
    <message>
        <source>Double-click to see or reprint the exact copy she was given</source>
        <translation>Dobbeltklikk for å se eller skrive ut på nytt nøyaktig den kopien hun fikk</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>Nothing speaks against this programme.</source>
        <translation>Ingenting taler imot dette programmet.</translation>
    </message>
</context>
<context>
    <name>_TextTab</name>
    <message>
        <source>One step per line, 2-6 steps</source>
        <translation>Ett trinn per linje, 2–6 trinn</translation>
    </message>
    <message>
        <source>What to feel or focus on, one per line</source>
        <translation>Hva man skal kjenne etter eller fokusere på, ett per linje</translation>
    </message>
    <message>
        <source>When to stop or make it easier, one per line</source>
        <translation>Når man skal stoppe eller gjøre det lettere, ett per linje</translation>
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
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Fokuspunkter</translation>
    </message>
    <message>
        <source>Stop or ease off</source>
        <translation>Stopp eller ta det roligere</translation>
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
