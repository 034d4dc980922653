"""File 4: Teams Word .docx, OLDER layout with the speaker and the arrow timestamps on one
line ('Name  0:00:01.350 --> 0:00:09.870'), the speech in the next paragraph; a
psychiatric nurse at an outpatient clinic in Malmö.

Display names 'Karimi Ali Reza (Psykiatri Skåne)' (surname first, department suffix) and
'Elin Sandberg (Gäst)'. The researcher-made file name joins his double first name.
"""

FILE = "IP3 psykiatri Malmö (AliReza K.) - transkription.docx"
FORMAT = "docx_old"
R = "Elin Sandberg (Gäst)"
K = "Karimi Ali Reza (Psykiatri Skåne)"

TURNS = [
    (R, "Nu spelar vi in. Kan du se att det står att transkriberingen är på?"),
    (K, "Ja, det står här uppe i hörnet. Det fungerar."),
    (R, "Bra. Vill du säga lite om vem du är och var du jobbar?"),
    (
        K,
        "Ja, jag heter Ali Reza Karimi. Jag är specialistsjuksköterska i psykiatri och jobbar på en allmänpsykiatrisk öppenvårdsmottagning i Malmö. Teams brukar skriva Alireza i ett ord, men det är två namn, Ali och Reza.",
    ),
    (R, "Hur länge har du arbetat inom psykiatrin?"),
    (
        K,
        "Fjorton år. Jag kom till Sverige när jag var sexton och utbildade mig här. Först på en slutenvårdsavdelning och sedan hit till öppenvården.",
    ),
    (R, "Vad gör du på en vanlig dag?"),
    (
        K,
        "Jag har egna patienter som jag träffar regelbundet, mest personer med depression, ångest och bipolär sjukdom. Sedan har jag telefontid varje förmiddag, och så är jag med på bedömningssamtal när någon ny kommer in.",
    ),
    (R, "Hur ser telefontiden ut?"),
    (
        K,
        "Det ringer hela tiden. Mottagningens nummer är noll fyrtio sex två åtta noll fyra tjugoett, och det står på alla papper som patienterna får. Vi är två sjuksköterskor som delar på telefonen, jag och Hussein.",
    ),
    (R, "Berätta gärna om samarbetet med honom."),
    (
        K,
        "Husein, eh, Hussein Nasser, vi började nästan samtidigt. Han är lugnare än jag. När jag blir stressad så tittar han bara på mig och säger att det löser sig. Husseins humor har räddat många dåliga dagar.",
    ),
    (R, "Vilka andra yrkesgrupper finns på mottagningen?"),
    (
        K,
        "Läkare, psykologer, kuratorer, en arbetsterapeut. Vår överläkare heter Birgitta Sjöholm, alla säger doktor Sjöholm. Hon har varit här i tjugo år och vet allt om alla.",
    ),
    (R, "Kan du beskriva en patient som har lärt dig något?"),
    (
        K,
        "Det finns en man som jag har följt i flera år, Tomas Gren. Teams skriver säkert Thomas med h, men han heter Tomas. Han har en bipolär sjukdom och har varit inlagd flera gånger.",
    ),
    (R, "Vad har han lärt dig?"),
    (
        K,
        "Att lyssna på varningssignalerna som patienten själv känner. Grens egen beskrivning var att han slutar sova och börjar planera stora projekt. Då ringer han mig, och så justerar vi medicinen innan det går för långt.",
    ),
    (R, "Hur har det fungerat?"),
    (
        K,
        "Väldigt bra de senaste två åren. Han har inte varit inlagd sedan tjugotjugotre. Han sa en gång att han känner sig som en gren som har slutat knäckas i varje storm. Det var fint sagt, tyckte jag.",
    ),
    (R, "Hur håller ni kontakten?"),
    (
        K,
        "Han ringer, eller så skickar han ett meddelande. Han ville lägga till mig på Snapchat en gång, hans namn där är tompagren åttiofyra, men det sa jag nej till. Det måste finnas en gräns.",
    ),
    (R, "Hur sätter du gränser i relationen med patienterna?"),
    (
        K,
        "Jag har min tjänstetelefon, noll sju noll ett sju fyra noll sex åttioåtta, och den är avstängd efter fem. Patienterna vet att de ska ringa psykiatriska akuten på kvällar och helger.",
    ),
    (R, "Finns det situationer där det har varit svårt?"),
    (
        K,
        "Ja. En äldre kvinna, maj britt, eh, Maj-Britt Olsson, ringde ofta på kvällarna till mottagningen och lämnade meddelanden. Hon var väldigt ensam. Majbritt, som Teams skriver, bodde själv sedan hennes man dog i maj förra året.",
    ),
    (R, "Vad gjorde ni för henne?"),
    (
        K,
        "Vi ordnade ett hembesök. Jag och Hussein åkte till henne på Humlegatan tjugotvå c. Lägenheten var helt tyst, inga bilder, ingen radio. Vi kopplade in en kontaktperson och en träffpunkt för äldre.",
    ),
    (R, "Hur mår hon nu?"),
    (
        K,
        "Bättre. Hon går till träffpunkten tre dagar i veckan och spelar bridge. Maj-Britts dotter ringde och tackade, det händer inte så ofta.",
    ),
    (R, "Hur hanterar ni personuppgifter i vardagen på mottagningen?"),
    (
        K,
        "Allt finns i journalen. Men ibland blir det fel. Förra veckan hörde jag en kollega läsa upp ett personnummer högt i väntrummet, sjuttioåtta noll nio tjugoett femton åttionio. Det var Toms, alltså Tomas nummer, och han satt där.",
    ),
    (R, "Vad hände sedan?"),
    (
        K,
        "Jag pratade med kollegan efteråt, lugnt. Hon blev väldigt ledsen. Vi har infört att vi ropar upp med förnamn bara, och att vi frågar efter födelsedatum inne på rummet.",
    ),
    (R, "Hur frågar ni efter födelsedatum?"),
    (
        K,
        "Patienten säger det själv. Tomas sa till exempel tjugoförsta september nittonhundrasjuttioåtta, och då vet vi att det är rätt person. Det är bättre än att vi säger det.",
    ),
    (R, "Vilken roll har anhöriga i ditt arbete?"),
    (
        K,
        "En stor roll. Men vi måste ha samtycke. Tomas syster, Siv, ringde en gång och ville veta hur han mådde. Jag fick säga att jag inte kunde berätta något. Hon blev arg, och det förstår jag.",
    ),
    (R, "Hur kändes det för dig?"),
    (
        K,
        "Jobbigt. Hon ville väl. Efteråt pratade jag med Tomas och han gav samtycke till att vi fick prata med Siv. Sivs sätt att stötta honom har varit viktigt sedan dess.",
    ),
    (R, "Vad tycker du saknas i psykiatrin i dag?"),
    (
        K,
        "Tid. Och kontinuitet. Vi har många hyrläkare, och patienterna får berätta sin historia om och om igen. Det sliter på dem, och det sliter på oss.",
    ),
    (R, "Finns det något du har gjort för att förbättra det?"),
    (
        K,
        "Jag och Karin, vår arbetsterapeut, startade en grupp för patienter med bipolär sjukdom. De träffas varannan vecka och pratar om vardagen. Karin Ek heter hon, hon är fantastisk. Karins idé var att patienterna skulle leda gruppen själva efter ett tag.",
    ),
    (R, "Hur har det gått?"),
    (
        K,
        "Över förväntan. Några av dem träffas nu på egen hand också. Det är precis det vi vill, att de ska ha ett nätverk utanför vården.",
    ),
    (R, "Hur ser du på din egen framtid i yrket?"),
    (
        K,
        "Jag stannar. Jag tycker om det här jobbet. Jag har funderat på att gå vidare och läsa till förskrivningsrätt, men jag vill inte sluta träffa patienter.",
    ),
    (R, "Hur märker du att du gör skillnad?"),
    (
        K,
        "När någon kommer tillbaka och säger att de har fått jobb eller flyttat till en egen lägenhet. Eller som Tomas, som skickade ett vykort från en resa i somras. Första resan på tio år.",
    ),
    (R, "Det låter fint. Är det något som du vill att jag ska tänka på när jag skriver?"),
    (
        K,
        "Att ni inte skriver ut mitt namn. Karimi är inte så vanligt i Malmö psykiatri, och Ali Reza ännu mindre. Alla skulle veta att det är jag. Karimis finns det nog några, men inte många sjuksköterskor.",
    ),
    (R, "Självklart. Allt avidentifieras, och du får läsa citaten innan de används."),
    (
        K,
        "Tack, det känns bra. Och hälsa Elin, alltså, eh, nej, du är ju Elin. Förlåt, jag är trött.",
    ),
    (R, "Haha, ingen fara. Tack för att du tog dig tid, ali reza."),
    (K, "Tack själv, det var roligt. Hej då."),
]

ITEMS = [
    {
        "category": "speaker",
        "text": "AliReza",
        "owner": "Ali Reza Karimi",
        "count": 1,
        "in": "filename",
        "note": "interviewee's double first name joined, in the researcher-made file name",
    },
    {
        "category": "speaker",
        "text": "K",
        "owner": "Ali Reza Karimi",
        "count": 1,
        "in": "filename",
        "note": "initial of his surname in the file name",
    },
    {
        "category": "speaker",
        "text": "Ali Reza Karimi",
        "owner": "Ali Reza Karimi",
        "count": 1,
        "note": "interviewee's full name",
    },
    {
        "category": "speaker",
        "text": "Ali Reza",
        "owner": "Ali Reza Karimi",
        "count": 2,
        "note": "his double first name (incl. the one in the full name)",
    },
    {
        "category": "speaker",
        "text": "Alireza",
        "owner": "Ali Reza Karimi",
        "count": 1,
        "note": "ASR joins the double first name",
    },
    {
        "category": "speaker",
        "text": "Ali",
        "owner": "Ali Reza Karimi",
        "count": 3,
        "note": "first part of his first name (incl. the ones in 'Ali Reza' and 'Ali och Reza')",
    },
    {
        "category": "speaker",
        "text": "Reza",
        "owner": "Ali Reza Karimi",
        "count": 3,
        "note": "second part of his first name",
    },
    {
        "category": "speaker",
        "text": "ali reza",
        "owner": "Ali Reza Karimi",
        "count": 1,
        "note": "ASR lower case, the researcher's goodbye",
    },
    {
        "category": "speaker",
        "text": "Karimi",
        "owner": "Ali Reza Karimi",
        "count": 2,
        "note": "his surname (incl. the one in the full name)",
    },
    {
        "category": "speaker",
        "text": "Karimis",
        "owner": "Ali Reza Karimi",
        "count": 1,
        "note": "plural of his surname ('people called Karimi'), still points at him",
    },
    {
        "category": "speaker",
        "text": "Elin",
        "owner": "Elin Sandberg",
        "count": 2,
        "note": "the researcher's first name, said by the interviewee",
    },
    {
        "category": "phone",
        "text": "noll sju noll ett sju fyra noll sex åttioåtta",
        "owner": "Ali Reza Karimi",
        "count": 1,
        "note": "his work phone 070-174 06 88, ASR words",
    },
    {
        "category": "phone",
        "text": "noll fyrtio sex två åtta noll fyra tjugoett",
        "owner": "the clinic (workplace)",
        "count": 1,
        "note": "the clinic's number 040-628 04 21 spoken; identifies the workplace",
    },
    {
        "category": "name",
        "text": "Hussein",
        "owner": "Hussein Nasser",
        "count": 3,
        "note": "colleague nurse (incl. the one in 'Hussein Nasser')",
    },
    {
        "category": "name",
        "text": "Husein",
        "owner": "Hussein Nasser",
        "count": 1,
        "note": "ASR spelling of Hussein",
    },
    {
        "category": "name",
        "text": "Hussein Nasser",
        "owner": "Hussein Nasser",
        "count": 1,
        "note": "colleague, full name",
    },
    {
        "category": "name",
        "text": "Husseins",
        "owner": "Hussein Nasser",
        "count": 1,
        "note": "genitive",
    },
    {
        "category": "name",
        "text": "Birgitta Sjöholm",
        "owner": "Birgitta Sjöholm",
        "count": 1,
        "note": "senior consultant",
    },
    {
        "category": "name",
        "text": "Sjöholm",
        "owner": "Birgitta Sjöholm",
        "count": 2,
        "note": "her surname (incl. 'doktor Sjöholm')",
    },
    {
        "category": "name",
        "text": "Tomas Gren",
        "owner": "Tomas Gren",
        "count": 1,
        "note": "patient, full name",
    },
    {
        "category": "name",
        "text": "Tomas",
        "owner": "Tomas Gren",
        "count": 7,
        "note": "patient's first name (incl. the one in 'Tomas Gren')",
    },
    {
        "category": "name",
        "text": "Thomas",
        "owner": "Tomas Gren",
        "count": 1,
        "note": "the ASR spelling the speaker predicts",
    },
    {
        "category": "name",
        "text": "Toms",
        "owner": "Tomas Gren",
        "count": 1,
        "note": "ASR truncation of the genitive 'Tomas' ('Toms, alltså Tomas nummer')",
    },
    {
        "category": "name",
        "text": "Grens",
        "owner": "Tomas Gren",
        "count": 1,
        "note": "genitive of the patient's surname",
    },
    {
        "category": "handle",
        "text": "tompagren åttiofyra",
        "owner": "Tomas Gren",
        "count": 1,
        "note": "the patient's Snapchat name tompagren84 as spoken",
    },
    {
        "category": "personnummer",
        "text": "sjuttioåtta noll nio tjugoett femton åttionio",
        "digits": "7809211589",
        "owner": "Tomas Gren",
        "count": 1,
        "note": "patient's personnummer 780921-1589 spoken in ASR words (Luhn ok)",
    },
    {
        "category": "birthdate",
        "text": "tjugoförsta september nittonhundrasjuttioåtta",
        "owner": "Tomas Gren",
        "count": 1,
        "note": "patient's birth date spoken",
    },
    {
        "category": "name",
        "text": "Siv",
        "owner": "Siv (Tomas Gren's sister)",
        "count": 2,
        "note": "relative named in passing",
    },
    {
        "category": "name",
        "text": "Sivs",
        "owner": "Siv (Tomas Gren's sister)",
        "count": 1,
        "note": "genitive",
    },
    {
        "category": "name",
        "text": "maj britt",
        "owner": "Maj-Britt Olsson",
        "count": 1,
        "note": "ASR lower case of the patient's double first name",
    },
    {
        "category": "name",
        "text": "Maj-Britt Olsson",
        "owner": "Maj-Britt Olsson",
        "count": 1,
        "note": "patient, full name",
    },
    {
        "category": "name",
        "text": "Majbritt",
        "owner": "Maj-Britt Olsson",
        "count": 1,
        "note": "ASR joins the double name",
    },
    {
        "category": "name",
        "text": "Maj-Britts",
        "owner": "Maj-Britt Olsson",
        "count": 1,
        "note": "genitive",
    },
    {
        "category": "address",
        "text": "Humlegatan tjugotvå c",
        "owner": "Maj-Britt Olsson",
        "count": 1,
        "note": "her street address, number spoken",
    },
    {
        "category": "name",
        "text": "Karin Ek",
        "owner": "Karin Ek",
        "count": 1,
        "note": "occupational therapist, full name",
    },
    {
        "category": "name",
        "text": "Karin",
        "owner": "Karin Ek",
        "count": 2,
        "note": "her first name (incl. the one in 'Karin Ek')",
    },
    {"category": "name", "text": "Karins", "owner": "Karin Ek", "count": 1, "note": "genitive"},
    {
        "category": "name",
        "text": "Shirin",
        "owner": "Shirin (Ali Reza Karimi's wife)",
        "count": 1,
        "note": "the interviewee's wife named in passing",
    },
]

NEGATIVES = [
    {
        "text": "IP3 psykiatri Malmö",
        "count": 1,
        "why": "interview number, field and town in the file name",
        "in": "filename",
    },
    {"text": "Malmö", "count": 3, "why": "town"},
    {
        "text": "en gren",
        "count": 1,
        "why": "the noun gren (branch), next to the patient's surname Gren",
    },
    {"text": "i maj", "count": 1, "why": "the month, next to the patient Maj-Britt"},
    {"text": "tjugotjugotre", "count": 1, "why": "a year spoken in words"},
    {"text": "Snapchat", "count": 1, "why": "a platform, not a handle"},
    {"text": "Fjorton år", "count": 1, "why": "a duration"},
    {"text": "sexton", "count": 1, "why": "an age"},
    {"text": "efter fem", "count": 1, "why": "a clock time"},
    {"text": "Sverige", "count": 1, "why": "country"},
]

EXTRA = [
    (R, "Hur ser samarbetet med primärvården ut?"),
    (
        K,
        "Det är ojämnt. Vissa vårdcentraler ringer och frågar innan de remitterar, och då kan vi ofta ge råd så att patienten slipper vänta på oss. Andra skickar remisser på allt, och då blir köerna långa. Vi har försökt ha gemensamma möten, men det är svårt att få tid. Det är synd, för många som mår lite dåligt skulle egentligen må bäst av att få hjälp där de redan är kända.",
    ),
    (R, "Hur långa är köerna nu?"),
    (
        K,
        "För ett första bedömningssamtal är det ungefär sex veckor. Det är för länge för någon som mår dåligt. Vi prioriterar ju de sjukaste, men det betyder att de som är lite mindre sjuka hinner bli sjukare under väntan.",
    ),
    (R, "Hur fungerar det med tolk i era samtal?"),
    (
        K,
        "Vi använder tolk mycket, oftast på telefon. Jag pratar själv persiska och dari, men jag får inte tolka åt mina egna patienter, och det är rätt. Men ibland märker jag att tolken översätter fel, och då är det svårt att veta vad man ska göra. Jag brukar be om en paus och ställa frågan på ett annat sätt.",
    ),
    (R, "Har det hänt att patienter har velat ha dig just för att du pratar deras språk?"),
    (
        K,
        "Ja, ofta. Och ibland tackar jag nej. I ett litet sammanhang känner folk varandra, och en del vill inte att någon från deras egen grupp ska veta att de går i psykiatrin. Då är det bättre med en svensk sjuksköterska och en tolk som inte bor i Malmö.",
    ),
    (R, "Hur hanterar du ditt eget mående i ett så tungt jobb?"),
    (
        K,
        "Jag har handledning varannan vecka med en psykolog utifrån. Och jag spelar fotboll på söndagar med gamla vänner, i korpen. Där pratar vi aldrig om jobbet. Min fru säger att jag är en annan människa på söndagskvällarna. Hon heter Shirin och är också sjuksköterska, så hon förstår.",
    ),
    (R, "Vad tycker du om att psykiatrin digitaliseras, med videosamtal och appar?"),
    (
        K,
        "Det passar vissa. Unga patienter med social ångest tycker ofta att det är lättare att börja med video. Men för en patient i en manisk fas är det svårt att bedöma någonting genom en skärm. Man ser inte hur de rör sig, man känner inte stämningen i rummet. Jag vill träffa folk på riktigt när det är allvarligt.",
    ),
]
TURNS[-6:-6] = EXTRA
