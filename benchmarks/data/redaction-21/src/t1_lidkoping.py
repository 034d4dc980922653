"""Transcript 1: hemtjänst in Lidköping, Teams WebVTT (current export)."""

FILE = "intervju_enhetschef_Annika Bergström_2025-03-11.vtt"
FORMAT = "teams_vtt"
FIRST_N = 7
DISPLAY = {"R": "Olof Wallin (Extern)", "A": "Annika Bergström"}

TURNS = [
    (
        "R",
        "Då tror jag att inspelningen är igång. Välkommen, Annika, och tack för att du tar dig tid.",
    ),
    (
        "A",
        "Tack själv. Det är inte så ofta någon frågar hur vi har det, så det är roligt. Personalen undrade varför det var just Annikas grupp som skulle intervjuas, och jag sa att det var en slump.",
    ),
    ("R", "Kan du börja med att berätta vem du är och vad du jobbar med?"),
    (
        "A",
        "Ja, jag heter Annika Bergström och är enhetschef för ett hemtjänstområde på norra sidan av stan. Vi har ungefär sextio brukare och trettiotvå anställda om man räknar in timvikarierna.",
    ),
    ("R", "Hur länge har du haft den tjänsten?"),
    (
        "A",
        "Sedan 2019. Innan dess gick jag själv ute som undersköterska i nästan femton år, så jag vet hur det känns att springa mellan besöken.",
    ),
    ("R", "Hur ser en vanlig dag ut för dig?"),
    (
        "A",
        "Jag kommer in vid sju och det första jag gör är att kolla frånvaron. Sedan sitter jag med Maria Ekholm, som är vår samordnare, och pusslar med planeringen i Lifecare så att alla besök blir bemannade. Det tar ofta en timme innan den första bilen kan åka ut, och under tiden ringer det från brukare som undrar var personalen är.",
    ),
    ("R", "Är det ofta det inte går ihop?"),
    (
        "A",
        "Nästan varje måndag. Då får Maria ringa runt och jag får ibland ta ett par besök själv. Marias telefon går varm de morgnarna.",
    ),
    ("R", "Vad tycker personalen om det?"),
    (
        "A",
        "De är trötta på det, men de ställer upp. Jonte, alltså Jonathan Sjöberg, är den som oftast säger ja. Han har varit hos oss i tre år och brukarna älskar honom.",
    ),
    ("R", "Vad är det som gör att de tycker om honom?"),
    (
        "A",
        "Han tar sig tid att sitta ner en stund. Jontes kaffepauser hos brukarna är nästan legendariska, och det är ju egentligen inte inlagt i planeringen.",
    ),
    ("R", "Hur hanterar du det som chef?"),
    (
        "A",
        "Jag blundar lite, för det är den tiden som gör att folk känner sig sedda. Men jag kan inte säga det högt till Göran Lilja, vår verksamhetschef.",
    ),
    ("R", "Varför inte?"),
    (
        "A",
        "Göran tittar mycket på utförd tid mot beviljad tid. Det är hans uppdrag, jag förstår det. Men siffrorna säger inte allt om hur ett besök blev. Tio minuter för en dusch låter rimligt på papper, men inte för en människa som är rädd för att ramla.",
    ),
    ("R", "Kan du ge ett exempel på ett besök där det märks?"),
    (
        "A",
        "Vi har en herre som heter Sven-Erik Dahlgren, nittioett år, som bor ensam. Han har beslut enligt SoL om tre besök per dag, men det han egentligen behöver är någon att prata med.",
    ),
    ("R", "Hur märker ni det?"),
    (
        "A",
        "Han ringer trygghetslarmet flera gånger i veckan utan att något har hänt. När natten kommer dit vill Sven-Erik bara berätta om när han jobbade på Rörstrand.",
    ),
    ("R", "Har han anhöriga som är involverade?"),
    (
        "A",
        "Dottern Lena, hon ringer mig ungefär varannan vecka. Lena Sandahl heter hon sedan hon gifte sig. Hon är orolig och tycker att vi borde söka särskilt boende åt honom.",
    ),
    ("R", "Hur ser du på det?"),
    (
        "A",
        "Jag förstår Lenas oro, men Sven-Erik vill inte flytta. Han har sin balkong och sina rosa pelargoner och han säger att han ska bära ut dem själv i maj.",
    ),
    ("R", "Har han bott ensam länge?"),
    (
        "A",
        "Hans fru Inga-Lill dog för fyra år sedan, och han pratar om henne vid nästan varje besök. Förra året på hans födelsedag, fjärde december, hade personalen med sig en tårta och han blev alldeles tårögd.",
    ),
    ("R", "Vad gör ni då?"),
    (
        "A",
        "Vi har haft ett möte med biståndshandläggaren och med Pernilla, distriktssköterskan från vårdcentralen. Hon tyckte också att han klarar sig hemma om vi lägger till ett socialt besök. Det är inte alltid lätt att få igenom, för sådant räknas inte som omvårdnad på samma sätt.",
    ),
    ("R", "Blev det beviljat?"),
    (
        "A",
        "Ja, en promenad på fredagar. Det är Jonte som tar den oftast, och då går de ner till hamnen och tittar på båtarna.",
    ),
    ("R", "Vem är det som fattar besluten om nya insatser?"),
    (
        "A",
        "Det är biståndshandläggaren. Vår handläggare heter Karin Lundgren och hon har hand om alla ärenden i vårt område, över tvåhundra personer. Karin är noggrann men hinner sällan göra hembesök, så hon får mycket av sin bild från oss. Lundgren ringer ibland tillbaka samma dag och ibland tar det tre veckor. Vi har inga LSS-beslut hos oss, de ligger på en annan enhet.",
    ),
    ("R", "Du nämnde trygghetslarmet. Hur fungerar tekniken för er?"),
    (
        "A",
        "Larmen fungerar bra. Värre är de digitala låsen från Phoniro, de krånglar när batterierna tar slut och då står personalen utanför dörren.",
    ),
    ("R", "Vad gör de då?"),
    (
        "A",
        "Då ringer de gruppens mobil, den har nummer 070-174 06 28, och den som sitter inne får försöka lösa det. Ibland är det grannen, Birgitta på våningen under, som öppnar med en nyckel hon har fått av honom.",
    ),
    ("R", "Är det inte lite känsligt, att grannen har nyckel?"),
    (
        "A",
        "Jo, och det har vi pratat om. Men det är Sven-Eriks eget val och Birgitta har haft nyckeln i tjugo år, långt innan vi kom in i bilden.",
    ),
    ("R", "Hur hanterar ni uppgifter om brukarna, rent praktiskt?"),
    (
        "A",
        "Allt ska in i journalen, men det slinker igenom saker. En gång skickade någon hans personnummer i klartext i ett vanligt mejl, 331204-3676, och det fick jag rapportera som en avvikelse.",
    ),
    ("R", "Hur gick det till?"),
    (
        "A",
        "En vikarie ville hjälpa till med en beställning av hjälpmedel. Hon menade väl. Vi har gått igenom rutinerna efteråt, och nu ligger det en lathund på kontoret.",
    ),
    ("R", "Vilka fler brukare tänker du på när du beskriver verksamheten?"),
    (
        "A",
        "Maj Andersson, till exempel. Hon är åttioåtta och bor på Klostergatan 23 A, i ett hus utan hiss. Maj går inte ut längre, men hon vill absolut inte ha hjälp med duschen.",
    ),
    ("R", "Vad gör ni med det?"),
    (
        "A",
        "Vi respekterar det, men vi skriver en genomförandeplan tillsammans med henne. Ibland får man vänta en vecka innan hon säger ja, och då har man ändå tjatat försiktigt.",
    ),
    ("R", "Vem hälsar på henne?"),
    (
        "A",
        "Sonen Håkan, han kommer varannan söndag. Han menar väl, men han vill att vi ska göra saker som inte står i beslutet, som att putsa fönster eller handla på andra sidan stan.",
    ),
    ("R", "Hur är samarbetet med de anhöriga generellt?"),
    (
        "A",
        "Mest bra. Men det finns de som tror att vi är städfirma. Maj har en son som ställer bilen på handikapplatsen varje gång han hälsar på, en vit Volvo, HWK 38S, och då får vår personal parkera två kvarter bort.",
    ),
    ("R", "Har ni sagt något till honom?"),
    (
        "A",
        "Maria har pratat med honom. Ekholm är bra på sådant, hon är lugn och tydlig på samma gång, och det har blivit bättre.",
    ),
    ("R", "Vad är det svåraste med ditt jobb just nu?"),
    (
        "A",
        "Sjukfrånvaron och rekryteringen. Vi annonserar inför sommaren redan i februari, och ändå får vi ta in folk som aldrig har jobbat i vården. Förra midsommarafton hade vi fyra pass utan bemanning.",
    ),
    ("R", "Hur kommer nyanställda in i jobbet?"),
    (
        "A",
        "De får en introduktion på tre dagar med en handledare. Senast var det Fatima som gick bredvid Jonte i en vecka, och Fatimas första kommentar var att hon inte förstod hur han hann med allt. På natten är det Kalle som lär upp folk, han har jobbat natt i tjugo år och känner alla brukare utan att titta i planeringen.",
    ),
    ("R", "Hur löste ni det?"),
    (
        "A",
        "Jag gick själv, och Göran gick faktiskt också ett pass. Det ska han ha cred för. Lilja är ingen som sitter bara på sitt kontor.",
    ),
    ("R", "Har ni kontakt med tillsynsmyndigheter?"),
    (
        "A",
        "IVO gjorde en granskning för två år sedan. De hade synpunkter på dokumentationen, och det var väl rättvist. Vi har sedan dess en utbildning i social dokumentation varje höst. Personalen tycker att det är tråkigt, men de ser ändå nyttan när de själva ska läsa vad kollegan skrev dagen innan.",
    ),
    ("R", "Hur är det med arbetsmiljön för dig själv?"),
    (
        "A",
        "Det går i perioder. Jag försöker gå hem klockan fem, men mejlen kommer ju ändå. Min adress är annika.bergstrom@lidkoping.se och den står överallt, så alla hittar mig.",
    ),
    ("R", "Är det något du saknar i ditt uppdrag?"),
    (
        "A",
        "Tid för personalen. Jag vill kunna gå ut på ett besök med någon ny och se hur det går. Det hann jag förr, men inte nu när jag har trettiotvå anställda. I stället blir det möten, rapporter och budget, och det är inte därför man söker sig till vården.",
    ),
    ("R", "Om du fick ändra en sak i morgon, vad skulle det vara?"),
    (
        "A",
        "Att vi fick planera utifrån människan och inte bara minuterna. Sven-Erik behöver ingen fjärde insats, han behöver samma ansikte i dörren.",
    ),
    ("R", "Någon som har lärt dig mycket i yrket?"),
    (
        "A",
        "Min första chef, hon gick i pension för länge sedan. Och faktiskt Maria, som lärde mig att man inte måste lösa allt på en gång.",
    ),
    ("R", "Avslutningsvis, hur vill du att hemtjänsten ser ut om tio år?"),
    (
        "A",
        "Mer kontinuitet, färre namn per brukare, och att vi inte gömmer oss bakom lagtexten. SoL säger att det ska vara en skälig levnadsnivå, men vi borde sikta högre än så.",
    ),
    ("R", "Tack, Annika. Jag stänger av inspelningen nu."),
    ("A", "Tack själv, Olof. Hör av dig om du vill komplettera något."),
]

# (category, text, owner, why[, "filename"]) - hand-written from reading the turns above.
ITEMS = [
    (
        "speaker",
        "Annika",
        "Annika Bergström",
        "interviewee's first name in the researcher-made file name",
        "filename",
    ),
    (
        "speaker",
        "Bergström",
        "Annika Bergström",
        "interviewee's surname in the file name",
        "filename",
    ),
    (
        "speaker",
        "Annika",
        "Annika Bergström",
        "greeting, thanks, and incl. the one in 'Annika Bergström'",
    ),
    ("speaker", "Annikas", "Annika Bergström", "genitive 'Annikas grupp' (she quotes the staff)"),
    ("speaker", "Annika Bergström", "Annika Bergström", "she gives her full name"),
    ("speaker", "Bergström", "Annika Bergström", "surname, in 'Annika Bergström'"),
    ("speaker", "Olof", "Olof Wallin", "the researcher addressed by first name at the end"),
    ("email", "annika.bergstrom@lidkoping.se", "Annika Bergström", "her work e-mail"),
    ("person", "Maria Ekholm", "Maria Ekholm", "samordnare, full name"),
    ("person", "Maria", "Maria Ekholm", "first name alone, incl. the one in 'Maria Ekholm'"),
    ("person", "Marias", "Maria Ekholm", "genitive 'Marias telefon'"),
    (
        "person",
        "Ekholm",
        "Maria Ekholm",
        "surname alone as subject, incl. the one in 'Maria Ekholm'",
    ),
    ("person", "Jonte", "Jonathan Sjöberg", "nickname of the undersköterska"),
    ("person", "Jontes", "Jonathan Sjöberg", "genitive of the nickname"),
    ("person", "Jonathan Sjöberg", "Jonathan Sjöberg", "full name after 'alltså'"),
    ("person", "Jonathan", "Jonathan Sjöberg", "in 'Jonathan Sjöberg'"),
    ("person", "Sjöberg", "Jonathan Sjöberg", "in 'Jonathan Sjöberg'"),
    ("person", "Göran Lilja", "Göran Lilja", "verksamhetschef, full name"),
    ("person", "Göran", "Göran Lilja", "first name, incl. the one in 'Göran Lilja'"),
    (
        "person",
        "Lilja",
        "Göran Lilja",
        "surname alone as subject ('Lilja är ingen som'), incl. 'Göran Lilja'",
    ),
    ("person", "Sven-Erik Dahlgren", "Sven-Erik Dahlgren", "brukare, full name"),
    (
        "person",
        "Sven-Erik",
        "Sven-Erik Dahlgren",
        "hyphenated first name, incl. the one in the full name",
    ),
    ("person", "Sven-Eriks", "Sven-Erik Dahlgren", "genitive 'Sven-Eriks eget val'"),
    ("person", "Dahlgren", "Sven-Erik Dahlgren", "in the full name"),
    ("person", "Lena", "Lena Sandahl", "the brukare's daughter, incl. the one in 'Lena Sandahl'"),
    ("person", "Lena Sandahl", "Lena Sandahl", "the daughter's married name"),
    ("person", "Sandahl", "Lena Sandahl", "in 'Lena Sandahl'"),
    ("person", "Lenas", "Lena Sandahl", "genitive 'Lenas oro'"),
    ("person", "Karin Lundgren", "Karin Lundgren", "biståndshandläggare, full name"),
    ("person", "Karin", "Karin Lundgren", "first name, incl. the one in 'Karin Lundgren'"),
    ("person", "Lundgren", "Karin Lundgren", "surname alone as subject, incl. 'Karin Lundgren'"),
    ("person", "Inga-Lill", "Inga-Lill Dahlgren", "the brukare's late wife"),
    (
        "birthdate",
        "fjärde december",
        "Sven-Erik Dahlgren",
        "his birthday (matches the personnummer)",
    ),
    ("person", "Fatima", "Fatima", "new undersköterska"),
    ("person", "Fatimas", "Fatima", "genitive 'Fatimas första kommentar'"),
    ("person", "Kalle", "Kalle", "night staff, nickname"),
    ("person", "Håkan", "Håkan Andersson", "Maj Andersson's son"),
    ("person", "Pernilla", "Pernilla", "distriktssköterska, first name only"),
    ("person", "Birgitta", "Birgitta", "the neighbour 'Birgitta på våningen under'"),
    ("person", "Maj Andersson", "Maj Andersson", "brukare, full name"),
    (
        "person",
        "Maj",
        "Maj Andersson",
        "first name (also the month), incl. 'Maj Andersson'; the month is lower case",
    ),
    ("person", "Andersson", "Maj Andersson", "in 'Maj Andersson'"),
    ("personnummer", "331204-3676", "Sven-Erik Dahlgren", "sent in an e-mail by mistake"),
    ("address", "Klostergatan 23 A", "Maj Andersson", "the brukare's street address"),
    ("plate", "HWK 38S", "Maj Andersson's son", "the son's car"),
    (
        "phone",
        "070-174 06 28",
        "hemtjänstgruppen",
        "the group's work mobile (identifies the workplace)",
    ),
]

NEGATIVES = [
    ("intervju_enhetschef", "role words in the file name", "filename"),
    ("2025-03-11", "interview date in the file name", "filename"),
    ("i maj", "the month, next to the brukare Maj"),
    ("rosa", "colour ('rosa pelargoner')"),
    ("SoL", "socialtjänstlagen"),
    ("Lifecare", "planning/journal system"),
    ("Phoniro", "digital lock product"),
    ("IVO", "authority (Inspektionen för vård och omsorg)"),
    ("Rörstrand", "a factory/company, not a person"),
    ("måndag", "weekday"),
    ("söndag", "weekday"),
    ("Volvo", "car make"),
    ("Hans fru", "the pronoun hans (his) at the start of a sentence, not the name Hans"),
    ("LSS", "law (in 'LSS-beslut')"),
    ("tvåhundra personer", "case count"),
    ("fredagar", "weekday"),
    ("midsommarafton", "holiday"),
    ("2019", "year"),
    ("nittioett år", "age"),
    ("trettiotvå", "staff count"),
]
