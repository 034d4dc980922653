"""File 1: Teams WebVTT, current export; a socialsekreterare in Hudiksvall.

The interviewee's Teams display name is her login e-mail, so her name reaches the turn
texts only through what is said; ASR lower-cases and mishears it ('lena', 'lenas', 'Eck').
"""

FILE = "Möte i Forskningsintervju Lena Ek - transkription.vtt"
FORMAT = "vtt"
GUID = "7c1e4b2a-93d5-4f60-8a1b-2e5c9d0f7a31"
FIRST_N = 4
R = "Johan Wikström"
L = "lena.ek@hudiksvall.se"

TURNS = [
    (R, "Så nu ska inspelningen vara igång. Hör du mig bra?"),
    (L, "Ja, jag hör dig. Det hackar lite i bilden men ljudet är okej."),
    (
        R,
        "Bra. Då börjar jag som vanligt med att du får säga vem du är och vad du jobbar med, så att vi har det på inspelningen.",
    ),
    (
        L,
        "Ja, eh, lena, alltså Lena Ek heter jag. Jag är socialsekreterare på barn och unga här i Hudiksvall och har varit det i snart nio år.",
    ),
    (R, "Och du sitter med utredningar?"),
    (
        L,
        "Mest utredningar, ja. Men sedan i höstas har jag också haft några ärenden där jag följer upp insatser, så det blir en blandning.",
    ),
    (R, "Kan du berätta hur en vanlig vecka ser ut?"),
    (
        L,
        "Måndagar har vi ärendedragning med hela gruppen. Då sitter vi, eh, sju åtta stycken och går igenom nya anmälningar, två gånger per vecka. Resten av veckan är det hembesök, samtal på kontoret och väldigt mycket skrivande.",
    ),
    (R, "Hur mycket av tiden går till dokumentation, ungefär?"),
    (
        L,
        "Alltså ärligt talat kanske hälften. Ibland mer. Och det är ju inte fel i sig, för det ska vara rättssäkert, men det tar tid från familjerna.",
    ),
    (R, "Vem leder ärendedragningen?"),
    (
        L,
        "Det är vår gruppledare Per | Olof Nordin. Han har jobbat här längst av oss alla. Vi säger bara per olof, det är ingen som säger efternamnet.",
    ),
    (R, "Och hur fungerar det?"),
    (
        L,
        "Det fungerar bra. Per Olof är lugn och han har sett det mesta. Nordins styrka är att han inte stressar upp sig när det kommer en tung anmälan på fredag eftermiddag.",
    ),
    (R, "Jag hörde att ni också har en ny kollega?"),
    (
        L,
        "Ja, Sanna. Sanna Lindh. Hon kom från Gävle i våras. Och hon har tagit över en del av mina gamla ärenden, så jag och sanna lindh sitter ihop rätt mycket nu.",
    ),
    (R, "Hur går det till när ett ärende byter handläggare?"),
    (
        L,
        "Vi gör ett gemensamt hembesök om det går. Sannas idé var att vi skulle göra det till en rutin, och det tycker jag är klokt. Familjen ska inte bara få ett brev med ett nytt namn.",
    ),
    (R, "Kan du ge ett exempel på ett ärende som har påverkat dig?"),
    (
        L,
        "Ja. Det finns en mamma som jag har haft kontakt med länge, Jessika. Eh, Jessica Strand heter hon egentligen, jag vet inte hur det stavas i transkriberingen. Hon har tre barn och har haft det tufft med boendet.",
    ),
    (R, "Vad var det som hände?"),
    (
        L,
        "Hon blev uppsagd från sin lägenhet. Och då hamnar man ju i ett läge där allt annat också börjar gunga. Skolan, ekonomin, allt.",
    ),
    (R, "Hur gick ni vidare?"),
    (
        L,
        "Vi fick ihop ett akut boende via bostadssamordnaren. De bor nu på Kvarnvägen fjorton b, en liten trea. Det är inte perfekt men barnen kunde gå kvar i samma skola.",
    ),
    (R, "Var det något särskilt som gjorde att det gick?"),
    (
        L,
        "Att jessikas mamma ställde upp. Hon bor ute i Delsbo och kunde hämta den yngsta på förskolan några dagar i veckan. Utan henne hade det inte gått.",
    ),
    (R, "Hur ser kontakten med skolan ut i sådana ärenden?"),
    (
        L,
        "Den är bra men den bygger på personer. Kuratorn på skolan, Mohammed, honom ringer jag direkt. Mohamed Ali, eh, stavas kanske på något annat sätt, men han svarar alltid.",
    ),
    (R, "Finns det någon rutin för det, eller är det mer personligt?"),
    (
        L,
        "Det är mer personligt, tyvärr. Om han slutar så försvinner en stor del av samarbetet. Det har vi sagt till ledningen flera gånger.",
    ),
    (R, "Du nämnde dokumentation. Hur skriver ni om barnen, till exempel med personuppgifter?"),
    (
        L,
        "Det står ju allt i akten. Ibland får man in uppgifter på konstiga sätt. Förra månaden fick jag ett mejl från en förskola där de bara hade skrivit personnumret i ämnesraden, 150412-2381, helt öppet. Sådant blir jag lite matt av.",
    ),
    (R, "Vad gör du då?"),
    (
        L,
        "Jag svarar och ber dem att inte göra så igen, och så raderar jag mejlet när det är diariefört. Men det händer hela tiden.",
    ),
    (R, "Har du själv något exempel på när det blivit fel?"),
    (
        L,
        "Ja, en gång läste jag upp ett personnummer i telefon till en kollega på Försäkringskassan och hade dörren öppen. Åttiofem noll tre noll tre fyrtiotvå fyrtiofyra, alltså så sa jag det, rakt ut i korridoren. Det var Amina Hassans nummer. Det kändes inte bra efteråt.",
    ),
    (R, "Amina var en klient?"),
    (
        L,
        "Ja, eller hon är fortfarande det. Hassans familj har vi haft i två år nu. Amina är en väldigt klok kvinna som har hamnat i en omöjlig situation.",
    ),
    (R, "Hur är det att jobba med familjer som har flytt?"),
    (
        L,
        "Man måste vara ödmjuk. Man vet så lite. Och tolken är viktig, vi har en tolk som heter Dragan som är fantastisk, han har tolkat för amina hassan sedan första mötet.",
    ),
    (R, "Hur når familjerna dig om de behöver något?"),
    (
        L,
        "De har mitt mobilnummer. Noll sju noll ett sju fyra noll sex sex två. Jobbmobilen alltså. Och mejlen, lena punkt ek snabel-a hudiksvall punkt se. Men de flesta ringer.",
    ),
    (R, "Är det skönt eller jobbigt att vara så nåbar?"),
    (L, "Både och. Jag stänger av den klockan fem. Det har jag lärt mig den hårda vägen."),
    (R, "Vad menar du med den hårda vägen?"),
    (
        L,
        "Jag blev sjukskriven för tre år sedan. Utmattning. Då var det Kaisa, eh, Kajsa Berglund, som var min chef, som sa att nu får du gå hem. Kajsas sätt att säga det var så rakt att jag inte kunde säga emot.",
    ),
    (R, "Hur var det att komma tillbaka?"),
    (
        L,
        "Det gick långsamt. Först tjugofem procent. Jag satt mest och läste in mig. Det finns en stor ek utanför fönstret på kontoret, och jag minns att jag satt och tittade på den i stället för att skriva.",
    ),
    (R, "Är Kajsa kvar som chef?"),
    (
        L,
        "Nej, hon gick över till vuxenenheten. Nu har vi en ny chef sedan ett år. Men vi ses i fikarummet ibland.",
    ),
    (R, "Om vi går tillbaka till ärendena. Finns det något som du tycker att forskningen missar?"),
    (
        L,
        "Att det är så mycket logistik. Man läser om bedömningar och metoder, men i verkligheten handlar det om bilar och nycklar och vem som hämtar vem. Jag har lånat ut min egen bil fler gånger än jag vill erkänna.",
    ),
    (R, "Er egen bil?"),
    (
        L,
        "Ja, eller, tjänstebilen var bokad och en pappa skulle hinna till en förhandling i Söderhamn. Då fick han åka med mig. Lenas taxi, sa kollegorna sedan.",
    ),
    (R, "Det låter som en stark sammanhållning i gruppen."),
    (
        L,
        "Det är det. Vi skrattar mycket. Det behövs. Annars skulle man inte orka, det är sanna ord. Det är ingen som orkar i längden om man inte kan skratta åt något.",
    ),
    (R, "Hur ser du på framtiden för er grupp?"),
    (
        L,
        "Jag är orolig för att det ska sparas. Vi har redan en tjänst vakant. Per Olof går i pension om två år och då vet jag inte vem som tar över. Sanna kanske, hon är duktig.",
    ),
    (R, "Finns det något du vill tillägga innan vi avslutar?"),
    (
        L,
        "Bara att jag hoppas att ni skriver om vardagen och inte bara om de stora fallen. Och att ni, eh, tar bort mitt namn och sånt, Ek är ett ganska ovanligt namn här. Det är inte så många Eck i stan, haha.",
    ),
    (
        R,
        "Det gör vi, allt avidentifieras innan något citeras. Tack så mycket för att du tog dig tid.",
    ),
    (L, "Tack själv. Ha det bra."),
]

ITEMS = [
    {
        "category": "speaker",
        "text": "Lena",
        "owner": "Lena Ek",
        "count": 1,
        "in": "filename",
        "note": "interviewee, first name in the Teams default file name 'Möte i <titel> - transkription'",
    },
    {
        "category": "speaker",
        "text": "Ek",
        "owner": "Lena Ek",
        "count": 1,
        "in": "filename",
        "note": "interviewee, surname in the file name (also the word ek, oak)",
    },
    {
        "category": "speaker",
        "text": "Lena",
        "owner": "Lena Ek",
        "count": 3,
        "note": "in 'Lena Ek' after the hesitation 'eh, lena, alltså', and in the misspelt 'Lena Eik' and 'Lena Ekk'",
    },
    {
        "category": "speaker",
        "text": "lena",
        "owner": "Lena Ek",
        "count": 3,
        "note": "ASR lower case: the hesitant first try 'eh, lena,', 'mitt namn som lena med litet l' and the local part of the spoken e-mail",
    },
    {
        "category": "speaker",
        "text": "Lenas",
        "owner": "Lena Ek",
        "count": 1,
        "note": "genitive in the nickname 'Lenas taxi'",
    },
    {
        "category": "speaker",
        "text": "Ek",
        "owner": "Lena Ek",
        "count": 2,
        "note": "surname: in 'Lena Ek' and 'Ek är ett ganska ovanligt namn'",
    },
    {
        "category": "speaker",
        "text": "Eck",
        "owner": "Lena Ek",
        "count": 1,
        "note": "ASR mishearing of Ek ('inte så många Eck i stan')",
    },
    {
        "category": "speaker",
        "text": "Lena Eik",
        "owner": "Lena Ek",
        "count": 1,
        "note": "a misspelling of her name she has received (Eik for Ek)",
    },
    {
        "category": "speaker",
        "text": "Lena Ekk",
        "owner": "Lena Ek",
        "count": 1,
        "note": "another misspelling of her name (Ekk for Ek)",
    },
    {
        "category": "email",
        "text": "lena punkt ek snabel-a hudiksvall punkt se",
        "owner": "Lena Ek",
        "count": 1,
        "note": "her work e-mail lena.ek@hudiksvall.se as spoken and transcribed",
    },
    {
        "category": "phone",
        "text": "Noll sju noll ett sju fyra noll sex sex två",
        "owner": "Lena Ek",
        "count": 1,
        "note": "her work mobile 070-174 06 62, spoken digit by digit",
    },
    {
        "category": "name",
        "text": "Per Olof",
        "owner": "Per-Olof Nordin",
        "count": 3,
        "note": "colleague (group leader); ASR splits the double name, the first of the three is cut across two cues",
    },
    {
        "category": "name",
        "text": "per olof",
        "owner": "Per-Olof Nordin",
        "count": 1,
        "note": "ASR lower case of the same double first name",
    },
    {
        "category": "name",
        "text": "Per Olofs",
        "owner": "Per-Olof Nordin",
        "count": 1,
        "note": "genitive of the split double name",
    },
    {
        "category": "name",
        "text": "Nordin",
        "owner": "Per-Olof Nordin",
        "count": 1,
        "note": "colleague's surname",
    },
    {
        "category": "name",
        "text": "Nordins",
        "owner": "Per-Olof Nordin",
        "count": 1,
        "note": "genitive of the colleague's surname",
    },
    {
        "category": "name",
        "text": "Sanna",
        "owner": "Sanna Lindh",
        "count": 4,
        "note": "colleague's first name, capitalised (three times at sentence start)",
    },
    {
        "category": "name",
        "text": "Lindh",
        "owner": "Sanna Lindh",
        "count": 1,
        "note": "colleague's surname, in 'Sanna Lindh'",
    },
    {
        "category": "name",
        "text": "sanna lindh",
        "owner": "Sanna Lindh",
        "count": 1,
        "note": "ASR lower case of the colleague's full name ('jag och sanna lindh')",
    },
    {
        "category": "name",
        "text": "Sannas",
        "owner": "Sanna Lindh",
        "count": 1,
        "note": "genitive of the colleague's first name",
    },
    {
        "category": "name",
        "text": "Jessika",
        "owner": "Jessica Strand",
        "count": 1,
        "note": "ASR misspelling of the client Jessica",
    },
    {
        "category": "name",
        "text": "Jessica Strand",
        "owner": "Jessica Strand",
        "count": 1,
        "note": "client mother, full name",
    },
    {
        "category": "name",
        "text": "jessikas",
        "owner": "Jessica Strand",
        "count": 1,
        "note": "ASR lower-case, misspelt genitive of Jessica ('jessikas mamma')",
    },
    {
        "category": "address",
        "text": "Kvarnvägen fjorton b",
        "owner": "Jessica Strand",
        "count": 1,
        "note": "the family's street address, number spoken",
    },
    {
        "category": "name",
        "text": "Mohammed",
        "owner": "Mohammed Ali",
        "count": 1,
        "note": "school counsellor named in passing",
    },
    {
        "category": "name",
        "text": "Mohamed Ali",
        "owner": "Mohammed Ali",
        "count": 1,
        "note": "the same man, ASR spelling Mohamed",
    },
    {
        "category": "personnummer",
        "text": "150412-2381",
        "owner": "child in a client family",
        "count": 1,
        "note": "a child's personnummer read from an e-mail subject line (Luhn ok)",
    },
    {
        "category": "personnummer",
        "text": "Åttiofem noll tre noll tre fyrtiotvå fyrtiofyra",
        "digits": "8503034244",
        "owner": "Amina Hassan",
        "count": 1,
        "note": "client's personnummer 850303-4244 spoken in ASR words (Luhn ok)",
    },
    {
        "category": "name",
        "text": "Amina Hassans",
        "owner": "Amina Hassan",
        "count": 1,
        "note": "client, full name with genitive",
    },
    {
        "category": "name",
        "text": "Amina",
        "owner": "Amina Hassan",
        "count": 3,
        "note": "client's first name (incl. the one in 'Amina Hassans')",
    },
    {
        "category": "name",
        "text": "Hassans",
        "owner": "Amina Hassan",
        "count": 2,
        "note": "genitive of the client's surname ('Hassans familj' and in 'Amina Hassans')",
    },
    {
        "category": "name",
        "text": "amina hassan",
        "owner": "Amina Hassan",
        "count": 1,
        "note": "ASR lower case of the client's full name",
    },
    {
        "category": "name",
        "text": "Dragan",
        "owner": "Dragan (interpreter)",
        "count": 1,
        "note": "interpreter named in passing",
    },
    {
        "category": "name",
        "text": "Kaisa",
        "owner": "Kajsa Berglund",
        "count": 1,
        "note": "ASR near-homophone for Kajsa, corrected by the speaker",
    },
    {
        "category": "name",
        "text": "Kajsa Berglund",
        "owner": "Kajsa Berglund",
        "count": 1,
        "note": "former manager, full name",
    },
    {
        "category": "name",
        "text": "Kajsa",
        "owner": "Kajsa Berglund",
        "count": 2,
        "note": "former manager's first name (incl. the one in 'Kajsa Berglund')",
    },
    {
        "category": "name",
        "text": "Kajsas",
        "owner": "Kajsa Berglund",
        "count": 1,
        "note": "genitive of the former manager's first name",
    },
]

NEGATIVES = [
    {
        "text": "Möte i Forskningsintervju",
        "count": 1,
        "why": "Teams default title words, in the file name",
        "in": "filename",
    },
    {
        "text": "transkription",
        "count": 1,
        "why": "Teams default suffix, in the file name",
        "in": "filename",
    },
    {"text": "Hudiksvall", "count": 1, "why": "town / workplace (the one outside the e-mail)"},
    {"text": "Delsbo", "count": 1, "why": "village"},
    {"text": "Gävle", "count": 1, "why": "town"},
    {"text": "Söderhamn", "count": 1, "why": "town"},
    {"text": "Försäkringskassan", "count": 1, "why": "agency"},
    {
        "text": "sanna ord",
        "count": 1,
        "why": "the adjective sanna (true), next to the colleague Sanna",
    },
    {"text": "en stor ek", "count": 1, "why": "the noun ek (oak), next to the surname Ek"},
    {
        "text": "per vecka",
        "count": 1,
        "why": "the preposition per, next to the ASR lower-case 'per olof'",
    },
    {
        "text": "tjugofem procent",
        "count": 1,
        "why": "a percentage spoken in words, not an identifier",
    },
    {"text": "klockan fem", "count": 1, "why": "a clock time spoken in words"},
    {"text": "nio år", "count": 1, "why": "a duration spoken in words"},
]

EXTRA = [
    (
        R,
        "Ni har också börjat ha en del möten digitalt. Hur har det påverkat kontakten med familjerna?",
    ),
    (
        L,
        "Det har blivit lättare att få till möten, särskilt med pappor som jobbar skift eller bor på annan ort. Men jag saknar att se hur det ser ut hemma. I ett hembesök ser man så mycket, om det finns mat i kylen, om det är kallt, hur barnen rör sig i rummen. Det ser man inte i en ruta på skärmen.",
    ),
    (R, "Använder ni Teams även med tolk?"),
    (
        L,
        "Ja, ibland sitter tolken på ett tredje ställe. Det fungerar oftast, men ljudet blir sämre och det blir lätt missförstånd. En gång översatte tolken ett ord om pengar som ett ord om mat, och det tog oss en halvtimme att reda ut. Nu ber jag alltid tolken att upprepa om jag är osäker.",
    ),
    (R, "Och transkriberingen, brukar ni använda den?"),
    (
        L,
        "Nej, aldrig i ärenden. Den gör så många fel. Jag provade en gång på ett internt möte och den skrev mitt namn som lena med litet l hela tiden, och Per Olofs efternamn blev något helt annat. Det går inte att använda i en akt.",
    ),
    (R, "Vad tänker du om att vi använder den i forskningen då?"),
    (
        L,
        "Det är väl okej om ni rättar den och tar bort namnen. Men ni får nog räkna med att den skriver konstiga saker om mig. Jag har fått mejl adresserade till Lena Eik och Lena Ekk. Man vänjer sig.",
    ),
    (R, "Finns det något i ert arbete som du är särskilt stolt över?"),
    (
        L,
        "Att vi har lyckats behålla folk. Många grupper i länet har enorm omsättning, men hos oss har de flesta stannat i flera år. Det tror jag beror på att vi tar hand om varandra. Vi går ut och äter tillsammans en gång i månaden, och när någon har haft en tuff vecka så märks det. Det låter enkelt men det är det inte.",
    ),
    (R, "Hur märks det konkret när någon har det tufft?"),
    (
        L,
        "Någon tar över ett samtal, någon köper fika, någon stannar kvar och pratar en stund efter jobbet. Sanna är bra på det. Hon har en förmåga att fråga hur det är på ett sätt som gör att man faktiskt svarar.",
    ),
]
TURNS[-6:-6] = EXTRA
