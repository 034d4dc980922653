"""Transcript 2: elevhälsa in Halmstad, Teams Word .docx (newer layout)."""

FILE = "Kurator Halmstad 2025-04-02 (Sofie Ahlgren).docx"
FORMAT = "teams_docx"
TITLE = "Forskningsintervju elevhälsa"
DATE_LINE = "2 april 2025, 13:02"
DURATION_LINE = "47 min 38 s"
STARTER = "R"
DISPLAY = {"R": "Henrik Falk", "K": "Sofie Ahlgren"}

TURNS = [
    ("R", "Hej Sofie, då har transkriberingen startat. Kan du börja med att presentera dig?"),
    (
        "K",
        "Absolut. Jag heter Sofie Ahlgren och jobbar som skolkurator på en högstadieskola med ungefär femhundrafemtio elever, årskurs sju till nio.",
    ),
    ("R", "Hur länge har du jobbat där?"),
    (
        "K",
        "I sex år nu. Innan dess var jag socialsekreterare på barn och unga, så jag har sett båda sidorna. Det hjälper när jag ska förklara för lärarna vad som händer efter en orosanmälan, för många tror att den leder till att barn omhändertas direkt.",
    ),
    ("R", "Vilka ingår i elevhälsoteamet på skolan?"),
    (
        "K",
        "Rektor Peter Nyman leder det, sedan är det jag, skolsköterskan, vår skolpsykolog Amira som vi delar med två andra skolor, och specialpedagogen Bettan.",
    ),
    ("R", "Bettan, är det ett smeknamn?"),
    (
        "K",
        "Ja, hon heter Elisabeth Krantz egentligen, men ingen har kallat henne Elisabeth sedan hon började. Till och med eleverna säger Bettan.",
    ),
    ("R", "Hur ofta träffas teamet?"),
    (
        "K",
        "Varje tisdag klockan halv nio. Vi går igenom nya ärenden och följer upp gamla, och Peter är noga med att vi håller tiden.",
    ),
    ("R", "Hur samarbetar du med skolsköterskan?"),
    (
        "K",
        "Väldigt nära. Annelie Borg har varit skolsköterska här längre än jag, och vi delar korridor. Elever som kommer till Annelie med ont i magen hamnar ofta hos mig efter ett tag, och tvärtom. Annelies dörr står alltid öppen, och det är nog hemligheten bakom att eleverna vågar komma.",
    ),
    ("R", "Vad är det vanligaste som kommer upp?"),
    (
        "K",
        "Frånvaro, utan tvekan. Sedan oro och ångest, och konflikter som har börjat på Snapchat och fortsätter i korridoren. Det har blivit mer av det de senaste åren, och det är svårt för skolan att veta var gränsen går mellan fritid och skoltid.",
    ),
    ("R", "Kan du berätta om ett ärende som har följt dig?"),
    (
        "K",
        "Det finns en flicka i åttan, jag kan kalla henne Elsa eftersom det är hennes riktiga namn och hon sa att det var okej att jag pratade om henne, men ni får ta bort det sedan.",
    ),
    ("R", "Vi avidentifierar allt innan analysen, så det blir bra."),
    (
        "K",
        "Bra. Elsa slutade komma till skolan i höstas. Först var det en dag i veckan och sedan nästan ingenting.",
    ),
    ("R", "Hur upptäckte ni det?"),
    (
        "K",
        "Mentorn, Dag Holmér, hörde av sig. Dag är en sådan lärare som märker allt, han ser varje dag vem som sitter i hörnet och inte säger något. Dags klass är en av de lugnaste på skolan, och när han säger att något är fel så är det dags att lyssna.",
    ),
    ("R", "Vad gjorde ni sedan?"),
    (
        "K",
        "Jag ringde hennes mamma, Therese. Hon var lättad att någon hörde av sig, hon hade inte vetat hur hon skulle ta upp det med skolan. Hon hade försökt få Elsa att gå varje morgon, men det slutade med gråt och stängda dörrar, och hon var rädd att bli anmäld själv.",
    ),
    ("R", "Hur gick det vidare?"),
    (
        "K",
        "Vi bokade ett möte med Therese, Elsa, Amira och mig. Elsas största rädsla var att gå in i klassrummet efter att ha varit borta så länge.",
    ),
    ("R", "Vad kom ni fram till?"),
    (
        "K",
        "En anpassad studiegång under en period. Hon började med två lektioner om dagen i ett mindre rum som Bettan ordnade. Lärarna fick skicka uppgifter dit, och varje fredag hade vi en kort avstämning med henne om hur veckan hade varit.",
    ),
    ("R", "Fungerade det?"),
    (
        "K",
        "Ja, efter sportlovet var hon tillbaka på heltid. Det var Amiras idé att börja med de ämnen hon tyckte om, svenska och bild.",
    ),
    ("R", "Hur ser det ut för Elsa nu?"),
    (
        "K",
        "Det går upp och ner. Hon fyller femton den tjugonde maj och har bestämt att hon vill ha kalas med klassen, vilket hade varit otänkbart i höstas. Therese skickade ett sms och var så glad, hon skrev från sitt nummer 070-174 06 19 som jag inte ens hade sparat.",
    ),
    ("R", "Har du också ärenden som gäller våld eller kriminalitet?"),
    (
        "K",
        "Tyvärr. Vi har en kille i nian, Liam Karlsson, som har dragits in i ett gäng i stan. Jag tror han är fjorton, han fyller femton till hösten.",
    ),
    ("R", "Hur jobbar skolan med det?"),
    (
        "K",
        "Vi har en orosanmälan till socialtjänsten och vi är med i SSPF tillsammans med polisen och fritidsförvaltningen.",
    ),
    ("R", "Vem är er kontakt hos polisen?"),
    (
        "K",
        "Kommunpolisen Fredrik Aronsson. Fredrik kommer förbi skolan på luncherna ibland och snackar med eleverna, och det gör mer än man tror. Eleverna ser att polisen är en vanlig människa som frågar hur de mår och vilket lag de håller på.",
    ),
    ("R", "Och hos socialtjänsten?"),
    (
        "K",
        "Det är en handläggare som heter Malin. Vi har ett bra samarbete, men hon har väldigt många ärenden och det märks.",
    ),
    ("R", "Vad står i en orosanmälan från skolan, rent konkret?"),
    (
        "K",
        "Vad vi har sett, vad eleven har sagt och vilka kontakter vi har haft. I Liams anmälan stod personnumret 100915-2396 och adressen Tallvägen 14, eftersom socialtjänsten behöver det för att hitta familjen.",
    ),
    ("R", "Hur skickar ni den?"),
    (
        "K",
        "Via en säker e-tjänst. Förr faxade man, det tror man inte i dag. Ärendet fick nummer 2025031877 hos dem, och det numret använder vi när vi ringer.",
    ),
    ("R", "Hur reagerade Liam på att ni gjorde en anmälan?"),
    (
        "K",
        "Han blev arg först. Sedan kom han till mig en fredag och ville prata. Liam sa att han var lättad att någon vuxen hade märkt något.",
    ),
    ("R", "Har ni kontakt med familjen?"),
    (
        "K",
        "Med pappan. Karlsson senior är bussförare och jobbar skift, så det är svårt att få tag på honom, men han kommer på möten när han kan.",
    ),
    ("R", "Finns det syskon som också berörs?"),
    (
        "K",
        "Liam har en storebror, Jesper, som gick ut nian för två år sedan. Jesper hade det också tufft, och jag tror att Liam har sett upp till fel personer. Mamman har flyttat och har inte varit så närvarande de senaste åren. Pappan gör så gott han kan, men han jobbar kvällar och helger och pojkarna är ofta ensamma hemma.",
    ),
    ("R", "Hur ser samarbetet med BUP ut?"),
    (
        "K",
        "Det tar lång tid att komma in där. Köerna är långa och under tiden är det vi på skolan som får hålla i eleven. Ibland väntar en elev i ett halvår på en första bedömning, och under den tiden kan mycket hinna gå sönder.",
    ),
    ("R", "Vilka verktyg använder ni för dokumentation?"),
    (
        "K",
        "Vi dokumenterar i en särskild elevhälsojournal, aldrig i Unikum, där läser föräldrar och elever. Det är viktigt att hålla isär. Jag skriver kort och sakligt och tänker alltid på att eleven kan begära ut sin journal när hen blir vuxen.",
    ),
    ("R", "Hur når elever och föräldrar dig?"),
    (
        "K",
        "De kan ringa min tjänstemobil, 070-174 06 55, eller mejla. Adressen säger jag ofta på föräldramöten: sofie punkt ahlgren snabel-a halmstad punkt se.",
    ),
    ("R", "Får du mycket mejl?"),
    (
        "K",
        "Ganska mycket, och alla vill ha svar samma dag. Jag försöker svara inom två arbetsdagar, men inte på kvällar och helger. Det tog mig flera år att lära mig att inte öppna mejlen på söndagskvällen.",
    ),
    ("R", "Vad gör rektorn för att stötta dig?"),
    (
        "K",
        "Nyman skyddar min tid. Han ser till att jag inte blir rastvakt eller vikarie, vilket är vanligt på andra skolor. Peter Nymans hållning är att kuratorn ska finnas för eleverna, inte för schemat.",
    ),
    ("R", "Har du haft elever som följt dig länge?"),
    (
        "K",
        "August i nian har jag träffat sedan han började i sjuan. Han kom hit från en annan skola i augusti, mitt i en svår skilsmässa hemma.",
    ),
    ("R", "Hur mår han nu?"),
    (
        "K",
        "Bättre. August har hittat några vänner i fotbollslaget och har börjat prata om gymnasiet, och det gör mig glad.",
    ),
    ("R", "Händer det att elever ber dig att inte berätta något?"),
    (
        "K",
        "Hela tiden. Elsa bad mig en gång att inte säga något till mamma, men jag förklarade att det finns saker jag inte kan hålla tyst om, enligt skollagen och min anmälningsplikt.",
    ),
    ("R", "Vad svarade hon?"),
    (
        "K",
        "Hon förstod det, tror jag. Hon bad mig att i alla fall inte säga något till någon på Instagram, där hon heter elsa.hstd09, och det lovade jag gärna.",
    ),
    (
        "R",
        "Jag hörde en elev kalla ditt rum för Sofies rum när jag kom hit. Hur tar du hand om dig själv i jobbet?",
    ),
    (
        "K",
        "Jag har handledning en gång i månaden med en extern handledare. Och jag pratar mycket med Bettan, hon har varit med längst av oss. Att eleverna säger Sofies rum tar jag som en komplimang, men det betyder också att de tror att jag alltid finns där, och det gör jag inte.",
    ),
    ("R", "Vad skulle du önska dig av forskningen?"),
    (
        "K",
        "Att någon tittar på vad som faktiskt hjälper när elever slutar komma. Det finns många fina ord i Skolverkets material, men lite om vad man gör en vanlig måndag.",
    ),
    ("R", "Finns det något mer du vill tillägga?"),
    (
        "K",
        "Bara att kuratorer behövs. Vi är ofta ensamma på vår skola, och det är tungt ibland. Men när en elev som inte har varit i skolan på månader står i dörren och säger hej, då vet man varför man gör det här.",
    ),
    ("R", "Tack så mycket, Sofie. Jag stänger av nu."),
    ("K", "Tack, Henrik. Lycka till med studien."),
]

ITEMS = [
    ("speaker", "Sofie", "Sofie Ahlgren", "interviewee's first name in the file name", "filename"),
    ("speaker", "Ahlgren", "Sofie Ahlgren", "interviewee's surname in the file name", "filename"),
    ("speaker", "Sofie", "Sofie Ahlgren", "greeting and thanks, incl. the one in 'Sofie Ahlgren'"),
    ("speaker", "Sofie Ahlgren", "Sofie Ahlgren", "she gives her full name"),
    ("speaker", "Ahlgren", "Sofie Ahlgren", "in 'Sofie Ahlgren'"),
    ("speaker", "sofie", "Sofie Ahlgren", "lower-case first word of the spoken e-mail"),
    ("speaker", "ahlgren", "Sofie Ahlgren", "lower-case surname in the spoken e-mail"),
    (
        "email",
        "sofie punkt ahlgren snabel-a halmstad punkt se",
        "Sofie Ahlgren",
        "her work e-mail, spoken",
    ),
    ("phone", "070-174 06 55", "Sofie Ahlgren", "her work mobile"),
    (
        "speaker",
        "Sofies",
        "Sofie Ahlgren",
        "genitive, in the pupils' name for her room 'Sofies rum' (twice)",
    ),
    ("speaker", "Henrik", "Henrik Falk", "the researcher thanked by first name"),
    ("person", "Peter Nyman", "Peter Nyman", "rektor, full name"),
    ("person", "Peter", "Peter Nyman", "first name, incl. the one in 'Peter Nyman'"),
    (
        "person",
        "Nyman",
        "Peter Nyman",
        "surname alone as subject ('Nyman skyddar'), incl. 'Peter Nyman'",
    ),
    ("person", "Peter Nymans", "Peter Nyman", "genitive of the full name"),
    ("person", "Nymans", "Peter Nyman", "genitive, in 'Peter Nymans hållning'"),
    ("person", "Amira", "Amira", "skolpsykolog, first name only"),
    ("person", "Amiras", "Amira", "genitive 'Amiras idé'"),
    ("person", "Bettan", "Elisabeth Krantz", "nickname of the special-needs teacher"),
    ("person", "Elisabeth Krantz", "Elisabeth Krantz", "her registered name"),
    ("person", "Elisabeth", "Elisabeth Krantz", "first name, incl. the one in 'Elisabeth Krantz'"),
    ("person", "Krantz", "Elisabeth Krantz", "in 'Elisabeth Krantz'"),
    ("person", "Annelie Borg", "Annelie Borg", "skolsköterska, full name"),
    ("person", "Annelie", "Annelie Borg", "first name, incl. the one in 'Annelie Borg'"),
    ("person", "Annelies", "Annelie Borg", "genitive 'Annelies dörr'"),
    ("person", "Borg", "Annelie Borg", "in 'Annelie Borg'"),
    ("birthdate", "tjugonde maj", "Elsa", "the pupil's birthday"),
    ("phone", "070-174 06 19", "Therese", "Elsa's mother's mobile"),
    ("person", "Jesper", "Jesper Karlsson", "Liam's older brother"),
    ("person", "Elsa", "Elsa", "pupil in year 8 (her real name, the speaker says so)"),
    ("person", "Elsas", "Elsa", "genitive 'Elsas största rädsla'"),
    ("handle", "elsa.hstd09", "Elsa", "the pupil's Instagram name"),
    ("person", "Therese", "Therese", "Elsa's mother"),
    ("person", "Dag Holmér", "Dag Holmér", "mentor, full name"),
    (
        "person",
        "Dag",
        "Dag Holmér",
        "first name as subject ('Dag är en sådan lärare'), incl. 'Dag Holmér'; the word 'dag' is lower case",
    ),
    ("person", "Dags", "Dag Holmér", "genitive 'Dags klass'; the word 'dags' is lower case"),
    ("person", "Holmér", "Dag Holmér", "in 'Dag Holmér'"),
    ("person", "Liam Karlsson", "Liam Karlsson", "pupil in year 9"),
    ("person", "Liam", "Liam Karlsson", "first name, incl. the one in 'Liam Karlsson'"),
    ("person", "Liams", "Liam Karlsson", "genitive 'Liams anmälan'"),
    (
        "person",
        "Karlsson",
        "familjen Karlsson",
        "surname, in 'Liam Karlsson' and 'Karlsson senior' (the father)",
    ),
    (
        "personnummer",
        "100915-2396",
        "Liam Karlsson",
        "the pupil's personnummer from the orosanmälan",
    ),
    ("address", "Tallvägen 14", "familjen Karlsson", "the family's address from the orosanmälan"),
    ("person", "Fredrik Aronsson", "Fredrik Aronsson", "kommunpolis, full name"),
    ("person", "Fredrik", "Fredrik Aronsson", "first name, incl. the one in 'Fredrik Aronsson'"),
    ("person", "Aronsson", "Fredrik Aronsson", "in 'Fredrik Aronsson'"),
    ("person", "Malin", "Malin", "socialsekreterare, first name only"),
    (
        "person",
        "August",
        "August",
        "pupil in year 9; the month 'i augusti' is a negative",
    ),
]

NEGATIVES = [
    ("Kurator", "role word in the file name", "filename"),
    ("2025-04-02", "interview date in the file name", "filename"),
    ("varje dag", "the noun dag (day), next to the mentor Dag"),
    ("en dag i veckan", "the noun dag (day)"),
    ("det dags", "the word dags (time to), next to the genitive Dags"),
    ("i augusti", "the month, next to the pupil August"),
    ("tisdag", "weekday"),
    ("en fredag", "weekday"),
    ("måndag", "weekday"),
    ("söndagskvällen", "weekday"),
    ("varje fredag", "weekday"),
    ("sportlovet", "school holiday"),
    ("SSPF", "method (skola, socialtjänst, polis, fritid)"),
    ("BUP", "child psychiatry, an organisation"),
    ("Unikum", "school platform product"),
    ("Snapchat", "platform without a handle"),
    ("på Instagram", "platform (the handle itself is an item)"),
    ("Skolverkets", "authority, genitive"),
    ("2025031877", "the social services' case number, 10 digits that fail Luhn"),
    ("femhundrafemtio elever", "pupil count"),
    ("klockan halv nio", "clock time"),
]
