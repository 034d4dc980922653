"""Turns of 'Stark-intervjun Vadstena 2025-10-21.txt' (plain text), written for set 24."""

U = "Ulrika Nyberg"
J = "Jonny Stark"

TURNS = [
    (
        U,
        "Då kör vi. Ulrika Nyberg heter jag, jag är etnolog vid Linköpings universitet och "
        "intervjuar fastighetsskötare om deras vardag. Berätta vem du är.",
    ),
    (
        J,
        "Jonny Stark, femtiotvå år, fastighetsskötare på Klosterstaden Bostäder här i Vadstena, "
        "där heliga Birgitta hade sitt kloster. Det står Stark på overallen, så hyresgästerna "
        "kallar mig Starken.",
    ),
    (U, "Hur många lägenheter har du hand om?"),
    (
        J,
        "Runt trehundrafyrtio, i tre områden. Jag är stark i ryggen fortfarande, men knäna "
        "börjar ge sig.",
    ),
    (U, "Vad är det för ärenden du möter?"),
    (
        J,
        "Allt. Stopp i avlopp, trasiga lås, bråk om tvättstugan. Men mest är det folk. "
        "Perssonskan på Skänningegatan 14 ringer varje måndag, hon heter Gun Persson egentligen "
        "och är nittiotvå. Hon är rapp i käften och vill bara prata.",
    ),
    (U, "Perssonskan, säger man så fortfarande?"),
    (
        J,
        "Vi gamla gör det. Och hon tycker om det själv. Hon sa en gång att det var så man sa om "
        "hennes mamma också.",
    ),
    (U, "Har det hänt att du har hittat någon?"),
    (
        J,
        "Två gånger. Den ena var Sixten Rapp i lägenhet 1203 på Klosterledsgatan 12. Det "
        "luktade i trapphuset, och grannen, en dam som heter Hélène de Fréval, ringde mig. De "
        "Fréval hade inte sett honom på en vecka.",
    ),
    (U, "Hur var det?"),
    (
        J,
        "Jag vill inte beskriva det. Men jag tänker på honom. Sixtens dotter kom från Norrköping "
        "dagen efter och frågade varför ingen hade märkt något. Det har jag inget bra svar på.",
    ),
    (U, "Hur ser samarbetet med socialtjänsten ut?"),
    (
        J,
        "Det har blivit bättre. Vi har en kontaktperson, Amira, som jag kan ringa när någon "
        "verkar må dåligt. Men sekretessen gör att jag aldrig får veta hur det går sen.",
    ),
    (U, "Nycklar och taggar, hur hanteras det?"),
    (
        J,
        "Vi har ett system som heter Aptus för porttaggarna. Och så har vi en gammal pärm med "
        "nycklar i förrådet. Där står det på en flik att nyckel 47 tillhör Åsa-Lena Kvist, fast "
        "hon flyttade 2019.",
    ),
    (U, "Hyresgästernas bilar, är det ditt bord också?"),
    (
        J,
        "Jo, parkeringen. I garaget på Klosterledsgatan har det stått en röd Saab med nummer "
        "WKT 55F sen i våras. Den står på en kille som heter Dennis Al-Amin, och han har inte "
        "betalat för platsen sen april.",
    ),
    (U, "Vad gör du då?"),
    (
        J,
        "Jag mejlar förvaltaren, Camilla Ohlsson, och sen går det vidare till Kronofogden. Det är "
        "inte mitt jobb att vara polis.",
    ),
    (U, "Finns det hyresgäster du har särskilt bra kontakt med?"),
    (
        J,
        "Ja, bröderna Mäkelä, Jari och Pekka, på Hagalundsvägen. De hjälper mig att skotta. "
        "Jari kallas Jartsa av alla. Och så lilla Noor, hon är sju och vill alltid följa med när "
        "jag byter glödlampor. Hon samlar löv under en lönn på gården.",
    ),
    (U, "Hur ser du på framtiden för yrket?"),
    (
        J,
        "Det blir mer teknik. Vi ska få surfplattor och allt ska in i Vitec. Men någon måste "
        "fortfarande knacka på. Hyreslagen ändras inte för att man får en app.",
    ),
    (U, "Har du något från jobbet som du skulle kunna visa?"),
    (
        J,
        "Jag har en mapp i mobilen med bilder på skador, de heter typ skada_1203_rapp.jpg och "
        "så. Fast det kanske man inte ska säga.",
    ),
    (U, "Blir det fel i papperen ibland?"),
    (
        J,
        "Hela tiden. En hyresgäst, Birgitta Lönn, hade skrivit sitt personnummer som "
        "195606111424 utan streck på ansökan, och systemet läste det som ett telefonnummer. "
        "Hon fick sms om hyresavin i ett år. OCR-numret på hennes avi var 4471203955.",
    ),
    (U, "Hur når jag dig om jag har följdfrågor?"),
    (
        J,
        "Ring +46 70 174 06 83 eller mejla jonny.stark@klosterstaden.se. Fast jag svarar inte på "
        "helgerna.",
    ),
    (U, "Tack så mycket, Jonny."),
    (J, "Tack själv."),
]
