"""Turns of the SubRip interview with a transport-service and housing-adaptation officer in Ludvika.

Each turn is (speaker, text); build.py cuts a turn into one cue per sentence and wraps
each cue's text at about 42 characters, so names can break across the two lines.
"""

FILE = "fardtjanst_ludvika_IP4_tsandell.srt"
R = "Ida Marklund"
T = "Tommy Sandell"

TURNS = [
    (
        R,
        "Välkommen, och tack för att du ställer upp. Jag heter Ida Marklund och jag är forskare vid Örebro universitet.",
    ),
    (
        T,
        "Tommy Sandell. Jag är handläggare för färdtjänst och bostadsanpassning i Ludvika kommun. "
        "Kollegorna säger Sandell, det finns tre Tommy på huset.",
    ),
    (R, "Hur länge har du jobbat med det?"),
    (T, "I elva år. Jag var snickare innan, så jag ser direkt om en ramp är dålig."),
    (R, "Hur ser ett typiskt ärende ut?"),
    (
        T,
        "En äldre person som inte klarar badkaret längre. Ta Birgitta Holm, hon är åttiofyra och bor på "
        "Blomstervägen 4 B i Ludvika, lägenhet 1201. Hon ansökte om att byta badkaret mot en dusch.",
    ),
    (R, "Vad bedömer du då?"),
    (
        T,
        "Jag gör hembesök. Hos Birgitta var det hennes son Mikael som svarade på allt, och Birgitta själv satt tyst. "
        "Det var först när han gick ut och rökte som hon sa vad hon ville.",
    ),
    (R, "Vad ville hon?"),
    (
        T,
        "Hon ville egentligen flytta till Grängesberg, närmare sin syster Ulla-Britt. Men Mikael ville att hon "
        "skulle bo kvar. Det är ganska vanligt att anhöriga styr.",
    ),
    (R, "Hur hanterar du sådant?"),
    (
        T,
        "Jag skriver vad den sökande själv säger. Beslutet gällde duschen, och hon fick den. "
        "Kostnaden blev 48 000 kronor.",
    ),
    (R, "Och färdtjänsten, vad är svårast där?"),
    (
        T,
        "Gränsdragningen. Vem som är berättigad. Folk tror att det räcker att man inte har bil. "
        "Göran Rask till exempel, han är åttio men rask som en ungdom och cyklar till affären varje dag. "
        "Han ansökte för att han tyckte det var orättvist att grannen hade färdtjänst.",
    ),
    (R, "Fick han avslag?"),
    (
        T,
        "Ja. Han överklagade till förvaltningsrätten och förlorade. Sen skickade han ett vykort med Alfons Åberg på, "
        "där han hade skrivit att jag var en byråkrat. Rasks vykort sitter fortfarande på min anslagstavla.",
    ),
    (R, "Hur är det att möta samma personer i butiken?"),
    (
        T,
        "Det händer hela tiden. Ludvika är inte så stort. Min svåger Tomas jobbar på Hjälpmedelscentralen, "
        "så vi stöter på varandra i jobbet också.",
    ),
    (R, "Finns det ärenden där du har oroat dig för någon?"),
    (
        T,
        "Ja. En kvinna i Gåsbäcksbo, en liten by där det bara bor två hushåll. Jag kallar henne Lisen, det är vad "
        "hon kallas. Hon heter egentligen Elisabet Mörk. Hennes man hade byggt en ramp av lastpallar.",
    ),
    (R, "Vad gjorde du?"),
    (
        T,
        "Jag sa att det var livsfarligt och att vi kunde ge bidrag. Han, Sture heter han, blev arg och sa att "
        "rampen höll. Det var en mörk kväll i november, och han följde mig till bilen med ficklampa.",
    ),
    (R, "Blev det ett beslut?"),
    (
        T,
        "Ja, en ny ramp. Sture Mörk ringde sen och tackade. Elisabets personnummer stod fel i ansökan, "
        "så jag fick ringa och dubbelkolla, 440213-6248.",
    ),
    (R, "Hur hanterar du känsliga uppgifter i samtal?"),
    (
        T,
        "Vi har Treserva för akterna. Men det blir mycket telefon. Mitt nummer är 070-174 06 19 och det står "
        "på kommunens hemsida, så folk ringer dit direkt.",
    ),
    (R, "Och mejl?"),
    (
        T,
        "Sällan. De äldre ringer. Men en del barnbarn mejlar. Ett barnbarn, Nellie, skrev från "
        "nelliemork02@gmail.com och ville veta varför farmor inte hade fått svar.",
    ),
    (R, "Hur ser du på samverkan med regionen?"),
    (
        T,
        "Region Dalarna sköter sjukresorna, vi färdtjänsten. Det blir dubbelt ibland. Samma taxi, samma chaufför, "
        "olika regler. Chauffören heter Jukka, alla känner honom, han kör den vita Toyotan, KLP 33A, "
        "och han vet var varenda brukare bor.",
    ),
    (R, "Är det ett problem?"),
    (
        T,
        "Inte för brukarna, de älskar honom. Men man kan tycka att en chaufför vet lite för mycket. "
        "Jukkas mamma bodde förresten på samma gata som min mamma.",
    ),
    (R, "Har du haft ärenden med barn?"),
    (
        T,
        "Några. En pojke, Melvin, med en muskelsjukdom. Familjen bor på Stationsvägen 18 i Grangärde. "
        "Vi byggde om hela badrummet och satte in en hiss till övervåningen. Det var ett av de dyraste ärendena, "
        "över 600 000 kronor.",
    ),
    (R, "Hur gick det?"),
    (
        T,
        "Melvins pappa, Oskar, skickar fortfarande en bild varje jul. Melvin har börjat gymnasiet i Borlänge nu.",
    ),
    (R, "Vad är det bästa med jobbet?"),
    (
        T,
        "När någon kan bo kvar hemma. Som Birgitta. Hon fick sin dusch till slut, och Ulla-Britt kommer och "
        "hälsar på varannan helg med bussen.",
    ),
    (R, "Och det sämsta?"),
    (
        T,
        "Pappersarbetet. Och Boverkets blanketter. Och att Ingemar Stenmark aldrig har sökt färdtjänst hos oss, "
        "då hade jag haft något att berätta.",
    ),
    (R, "Tack Tommy, ska vi sluta där?"),
    (T, "Gärna. Tack Ida."),
]
