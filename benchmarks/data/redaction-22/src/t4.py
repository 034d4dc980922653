"""File 4: a SO teacher (religion and history) at a högstadieskola in Mora.

Plain text hand transcript with anonymous labels and times, 'I (HH:MM:SS): ' and 'IP (HH:MM:SS): ',
one paragraph per turn, blank line between turns, UTF-8 WITH BOM, LF. The labels carry no names, so
the speakers' names occur only in the speech.
"""

FILE = "wennbergm_SO_mora_0403.txt"
FORMAT = "text-labels-times"

SPEAKERS = {
    "I": "I",
    "IP": "IP",
}

TURNS = [
    (
        "I",
        "Då har jag satt på inspelningen. Tack för att du ställer upp, det var snällt att ta det på en håltimme.",
    ),
    ("IP", "Det är lugnt. Jag har fyrtio minuter innan nästa lektion, sen har jag nian."),
    (
        "I",
        "Bra. Som du vet heter jag Niklas och är från Högskolan Dalarna, och vi intervjuar lärare om hur man undervisar i religion och historia när eleverna har väldigt olika bakgrund. Kan du börja med att säga vem du är?",
    ),
    (
        "IP",
        "Ja. Jag heter Marta Wennberg, med W, fast alla skriver Vennberg. Jag har undervisat i SO här i Mora i sexton år, mest religion och historia på högstadiet.",
    ),
    ("I", "Hur ser dina klasser ut?"),
    (
        "IP",
        "Blandat. Hälften har föräldrar och farföräldrar som är födda här, och så har vi en stor grupp som kom för tio år sen, från Syrien och Afghanistan, och nu några från Ukraina. Så när vi läser om kristendomen sitter det barn från tre religioner i rummet.",
    ),
    ("I", "Hur gör du då?"),
    (
        "IP",
        "Jag börjar ofta med det som är gemensamt. Abraham finns i alla tre, så det är en bra ingång. Sen pratar vi om Jesus, som är profet i islam också, och det blir ofta en aha-upplevelse för de svenska barnen.",
    ),
    ("I", "Har det blivit konflikter?"),
    (
        "IP",
        "Några. Det var en lektion förra hösten när vi pratade om profeten Muhammed och bilder. Då räckte Nour upp handen och sa att hon inte ville att vi skulle visa några bilder, och en pojke skrattade.",
    ),
    ("I", "Vad gjorde du?"),
    (
        "IP",
        "Jag avbröt och pratade med klassen om respekt. Och efteråt pratade jag med Nour och med pojken var för sig. Det löste sig. Men det var en sån lektion man minns.",
    ),
    ("I", "Hur pratar ni om historia, då? Är det lika känsligt?"),
    (
        "IP",
        "På ett annat sätt. Här i Mora är ju Gustav Vasa en lokal hjälte, med Vasaloppet och allt. Och när jag berättar att han också var en ganska brutal kung som slog ner bondeuppror så blir en del föräldrar sura.",
    ),
    ("I", "Hör föräldrar av sig om sådant?"),
    (
        "IP",
        "Ja. En pappa skrev till mig att jag smutskastade Dalarnas historia. Han åker Vasaloppet varje år. Vi tog ett möte, och det blev bra till slut. Vi pratade om Dalupproren i en timme.",
    ),
    ("I", "Hur kopplar du det till elevernas egna liv?"),
    (
        "IP",
        "Jag försöker. När vi läser om gruvorna i Bergslagen kan jag säga att malm och koppar byggde Sverige, och att deras farfarsfar kanske bar malm. Det förstår de. Och så går vi till Zornmuseet varje år och tittar på Anders Zorn, och då ser de hur folk levde här.",
    ),
    ("I", "Och reformationen, Luther och så vidare?"),
    (
        "IP",
        "Luther är svår för fjortonåringar. Men när jag säger att han var en arg munk som spikade upp en lista på en kyrkdörr så lyssnar de. Martin Luther som en sorts influencer.",
    ),
    (
        "I",
        "Skulle du kunna berätta om ett elevärende som har påverkat dig? Utan att vi behöver gå in på sådant som är för känsligt.",
    ),
    (
        "IP",
        "Ja. Jag kan berätta om en pojke i nian. Vi kan kalla honom TJ, det är hans initialer och det kallar alla honom. Han bor med sin pappa på en gård utanför stan, Kärvsgården, och de har det inte lätt.",
    ),
    ("I", "Vad hände?"),
    (
        "IP",
        "TJ började komma till skolan utan mat i magen och med samma kläder en hel vecka. Sen slutade han komma alls. Sen ringde Majken, som är mentor i hans klass, och sa att hon var orolig.",
    ),
    ("I", "Vad gjorde ni?"),
    (
        "IP",
        "Vi tog det i elevhälsoteamet, och rektorn, Sofia Malm, bestämde att vi skulle göra en orosanmälan. Jag skrev den. Jag har kvar kopian, och där står hans personnummer, 20100514-2391, och allt som vi hade sett.",
    ),
    ("I", "Hur var det att skriva den?"),
    (
        "IP",
        "Tungt. För jag känner pappan. Hans pappa gick i min klass när jag själv gick på högstadiet. Malm sa att det var därför jag skulle skriva den, för att jag såg det tydligast.",
    ),
    ("I", "Hur reagerade pappan?"),
    (
        "IP",
        "Han blev arg först. Han ringde mig på jobbmobilen, 070-174 06 71, en söndagskväll och skrek. Sen kom han till skolan veckan efter och grät. Det var en väldigt konstig vecka.",
    ),
    ("I", "Och hur går det för TJ nu?"),
    (
        "IP",
        "Bättre. Han har en kontaktperson från socialtjänsten, och han har börjat komma. Socialtjänsten gav mig ett ärendenummer, 1005143382, om jag skulle behöva ringa. Och han lägger upp filmer på TikTok där han täljer med sin Morakniv, han heter @tjmora10 där, och det är faktiskt jättebra. Han har tusentals följare.",
    ),
    ("I", "Vet han att du tittar?"),
    ("IP", "Ja, han visade mig själv. Han var stolt."),
    ("I", "Pratar ni om det som händer i världen just nu också?"),
    (
        "IP",
        "Det går inte att undvika. När det har hänt något stort kommer eleverna med det på måndagsmorgonen, och då får planeringen vänta. Vi har en regel i klassrummet: man får fråga om allt, men man får inte håna någon. Och jag säger alltid att jag inte vet allt, det gör det lättare för dem att fråga.",
    ),
    ("I", "Hur påverkar sådana ärenden som det med TJ din undervisning?"),
    (
        "IP",
        "Man blir mer försiktig med vad man frågar i klassrummet. Jag frågar aldrig vad de gjorde på lovet, till exempel. Alla har inte ett lov som går att berätta om.",
    ),
    ("I", "Och flickan du nämnde, Nour. Hur går det för henne?"),
    (
        "IP",
        "Nour är en av de bästa i klassen. Hon vill bli läkare. Familjen bodde först i en trea på Hemgårdsvägen 9 B, sju personer, och hon pluggade i trapphuset för att det var tyst där. Nu har de ett hus.",
    ),
    ("I", "Det är ett starkt minne."),
    (
        "IP",
        "Ja. Och hon fyller femton på trettondagen, och hon har bjudit hela klassen. Det har aldrig hänt förut att alla i den klassen går på samma kalas.",
    ),
    ("I", "Hur är samarbetet med kollegorna?"),
    (
        "IP",
        "Bra. Vi är fyra SO-lärare. Det är jag, Leif, majken och Pernilla. Leif är äldst och har varit här sedan åttiotalet, han hade min bror i historia.",
    ),
    ("I", "Och hur lägger ni upp religionsundervisningen tillsammans?"),
    (
        "IP",
        "Vi planerar ihop. Vi har gjort ett upplägg där vi börjar med de stora frågorna, liv och död, och sen går till religionerna. Då blir Buddha och Mose och Jesus svar på samma frågor i stället för tre olika kapitel.",
    ),
    ("I", "Hur tar eleverna emot det?"),
    (
        "IP",
        "Olika. Vissa tycker att det är tråkigt, andra tycker att det är det enda ämnet där man får prata om sånt som spelar roll. Det är ofta de tystaste som skriver de bästa texterna.",
    ),
    ("I", "Finns det något i styrdokumenten som du tycker är svårt?"),
    (
        "IP",
        "Undervisningen ska vara objektiv och allsidig, det står i skollagen. Men vi ska också förmedla värdegrunden, och ibland krockar det. En elev sa en gång att Skolverket är vår påve. Det var ganska träffande.",
    ),
    ("I", "Hur menade eleven?"),
    (
        "IP",
        "Att vi har en egen tro, fast vi inte kallar det så. Jämställdhet och demokrati. Det var en smart kille. Sen kom Elias in i diskussionen och sa att han inte trodde på någonting och att det också var en tro. Det blev en lång lektion.",
    ),
    ("I", "Har du fått någon fortbildning i det här?"),
    (
        "IP",
        "Lite. Vi hade en föreläsare från Uppsala för två år sen som pratade om religionsdidaktik, och det var bra. Men mest lär man sig av eleverna, ärligt talat.",
    ),
    ("I", "Har du något exempel på när eleverna har lärt dig något?"),
    (
        "IP",
        "Massor. En tjej från Afghanistan, Zahra, förklarade skillnaden mellan sunni och shia bättre än någon lärobok. Hon ritade det på tavlan. Hennes storebror kör taxi här i stan, och han har stannat mig på gatan och tackat.",
    ),
    ("I", "Vad tycker du är viktigast att ha med sig om man ska undervisa här?"),
    (
        "IP",
        "Att man inte kan gömma sig. Man är lärare i affären och på Vasaloppet och på begravningar. Alla vet vem man är, så man måste vara samma person överallt.",
    ),
    ("I", "Är det tungt?"),
    (
        "IP",
        "Ibland. Men det är också därför jag stannar. Jag gick själv i den här skolan, jag vet vad den betyder.",
    ),
    ("I", "Sista frågan. Om du fick ändra en sak i skolan, vad skulle det vara?"),
    (
        "IP",
        "Mer tid för samtal och mindre tid för dokumentation. Vi skriver i Unikum om varje elev, och jag tror inte att någon läser det.",
    ),
    ("I", "Tack. Om jag behöver komplettera något, hur når jag dig?"),
    (
        "IP",
        "Mejla. marta punkt wennberg snabel-a mora punkt se. Eller ring mobilen, som sagt, men inte på söndagar.",
    ),
    ("I", "Toppen. Tack så mycket, Marta."),
    ("IP", "Tack själv. Hoppas att det blir en bra studie."),
]

ITEMS = [
    (
        "speaker",
        "wennberg",
        "Marta Wennberg",
        1,
        "F",
        "surname in lower case, with her initial joined to it ('wennbergm'), in the file name",
    ),
    ("speaker", "Marta Wennberg", "Marta Wennberg", 1, "", "she gives her full name"),
    (
        "speaker",
        "Marta",
        "Marta Wennberg",
        2,
        "",
        "incl. the one in 'Marta Wennberg'; 'Tack så mycket, Marta'",
    ),
    ("speaker", "Wennberg", "Marta Wennberg", 1, "", "in 'Marta Wennberg'"),
    ("speaker", "Vennberg", "Marta Wennberg", 1, "", "the misspelling she says everyone writes"),
    (
        "email",
        "marta punkt wennberg snabel-a mora punkt se",
        "Marta Wennberg",
        1,
        "",
        "her work e-mail, spoken",
    ),
    ("speaker", "marta", "Marta Wennberg", 1, "", "lower-case word in the spoken e-mail"),
    ("speaker", "wennberg", "Marta Wennberg", 1, "", "lower-case word in the spoken e-mail"),
    ("phone", "070-174 06 71", "Marta Wennberg", 1, "", "her work mobile"),
    ("speaker", "Niklas", "Niklas", 1, "", "the researcher's first name"),
    (
        "person",
        "Nour",
        "Nour",
        4,
        "",
        "a pupil: 'Då räckte Nour upp handen', 'pratade jag med Nour', 'flickan du nämnde, Nour', 'Nour är en av de bästa'",
    ),
    ("address", "Hemgårdsvägen 9 B", "familjen till Nour", 1, "", "Nour's family's first flat"),
    (
        "birthdate",
        "trettondagen",
        "Nour",
        1,
        "",
        "Nour's birthday ('fyller femton på trettondagen')",
    ),
    (
        "person",
        "TJ",
        "TJ",
        4,
        "",
        "a pupil referred to by his real initials: 'kalla honom TJ', 'TJ började komma', 'hur går det för TJ nu', 'det med TJ'",
    ),
    ("address", "Kärvsgården", "TJ", 1, "", "the farm where TJ lives with his father"),
    (
        "personnummer",
        "20100514-2391",
        "TJ",
        1,
        "",
        "TJ's personnummer from the orosanmälan (12-digit)",
    ),
    ("handle", "@tjmora10", "TJ", 1, "", "TJ's TikTok name"),
    (
        "person",
        "Majken",
        "Majken",
        1,
        "",
        "a colleague, mentor of TJ's class, named after an adverb: 'Sen ringde Majken'",
    ),
    (
        "person",
        "majken",
        "Majken",
        1,
        "",
        "the transcriber's lower-case slip in a list: 'jag, Leif, majken och Pernilla'",
    ),
    ("person", "Sofia Malm", "Sofia Malm", 1, "", "the head teacher"),
    ("person", "Sofia", "Sofia Malm", 1, "", "in 'Sofia Malm'"),
    (
        "person",
        "Malm",
        "Sofia Malm",
        2,
        "",
        "incl. the one in 'Sofia Malm'; surname alone as subject: 'Malm sa att' (also the word for ore)",
    ),
    ("person", "Leif", "Leif", 2, "", "a colleague: in the list and 'Leif är äldst'"),
    ("person", "Pernilla", "Pernilla", 1, "", "a colleague, in the list"),
    (
        "person",
        "Elias",
        "Elias",
        1,
        "",
        "a pupil, named once after an adverb: 'Sen kom Elias in i diskussionen'",
    ),
    ("person", "Zahra", "Zahra", 1, "", "a pupil from Afghanistan"),
]

NEGATIVES = [
    ("SO_mora_0403", 1, "F", "subject, town and date in the file name"),
    (
        "malm",
        2,
        "",
        "the word 'ore' ('malm och koppar', 'bar malm'), next to the head teacher Malm",
    ),
    (
        "Hans",
        1,
        "",
        "possessive pronoun at sentence start ('Hans pappa gick i min klass'); no person Hans",
    ),
    ("Abraham", 1, "", "religious figure"),
    ("Jesus", 2, "", "religious figure"),
    ("profeten Muhammed", 1, "", "religious figure"),
    ("Gustav Vasa", 1, "", "historical figure (king)"),
    ("Vasaloppet", 3, "", "ski race"),
    ("Zornmuseet", 1, "", "museum"),
    ("Dalupproren", 1, "", "historical events"),
    ("Anders Zorn", 1, "", "historical figure (painter)"),
    ("Luther", 3, "", "historical figure, incl. the one in 'Martin Luther'"),
    ("Martin Luther", 1, "", "historical figure"),
    ("Buddha", 1, "", "religious figure"),
    ("Mose", 1, "", "religious figure"),
    ("Högskolan Dalarna", 1, "", "the researcher's university"),
    ("Skolverket", 1, "", "authority"),
    ("TikTok", 1, "", "platform"),
    ("Morakniv", 1, "", "knife make (product)"),
    ("Unikum", 1, "", "school documentation system"),
    (
        "1005143382",
        1,
        "L",
        "case number from the social services; begins like TJ's birth date but fails Luhn",
    ),
    ("SO", 2, "", "the school subject ('undervisat i SO', 'SO-lärare')"),
]
