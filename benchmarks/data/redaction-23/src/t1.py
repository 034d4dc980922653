"""Turns of the Teams WebVTT interview in Ljusdal (environmental health inspector).

Each turn is (speaker display name, [cue texts]); Teams splits one utterance into
several cues N-0, N-1, ... and here the splits fall mid-sentence, sometimes between a
first name and a surname or inside a phone number.
"""

FILE = "ljusdal_miljo_IP2_tjernstrom.vtt"
H = "Henrik Åkerlund"
M = "Moa Tjernström (Ljusdals kommun)"

TURNS = [
    (
        H,
        [
            "Då är inspelningen igång.",
            "Jag heter Henrik Åkerlund och är doktorand på Mittuniversitetet,",
            "och det här är intervju två i studien om tillsyn i glesbygd.",
        ],
    ),
    (
        M,
        [
            "Ja, hej. Moa Tjernström heter jag,",
            "miljö- och hälsoskyddsinspektör här i Ljusdal sedan snart sju år.",
        ],
    ),
    (H, ["Tack Moa. Kan du börja med att berätta vad en vanlig vecka innehåller?"]),
    (
        M,
        [
            "Det är mycket enskilda avlopp just nu.",
            "Vi inventerar hela Färilaområdet, och så livsmedelskontroll,",
            "och så klagomål, allt från buller till lukt till skadedjur.",
        ],
    ),
    (H, ["Vilket av det tar mest kraft?"]),
    (
        M,
        [
            "Klagomålen, utan tvekan.",
            "Ta en sak från i våras. Det började med att Gunnel",
            "Ekvall ringde om sin brunn, hon bor ute i Nybodarna,",
            "det är bara hennes gård och en sommarstuga där.",
        ],
    ),
    (H, ["Vad var det med brunnen?"]),
    (
        M,
        [
            "Vattnet luktade illa efter snösmältningen.",
            "Och hon var säker på att det kom från grannens",
            "trekammarbrunn, alltså Kenneth Storm,",
            "som bor på andra sidan bäcken.",
        ],
    ),
    (H, ["Hur gick ni vidare?"]),
    (
        M,
        [
            "Jag åkte ut och tog prover.",
            "Gunnels brunn hade höga halter av kolibakterier,",
            "så det var inte inbillning. Och kenneths brunn hade inte tömts på fyra år,",
            "det stod i slamregistret.",
            "Men Storm vägrade släppa in mig på tomten först.",
        ],
    ),
    (H, ["Vägrade?"]),
    (
        M,
        [
            "Ja, han stod i grinden och sa att han inte hade tid med byråkrater.",
            "Efter en storm i mars hade ett träd fallit över hans ledning,",
            "det visade sig senare. Han visste om det, tror jag.",
        ],
    ),
    (H, ["Hur känns det när någon möter dig så?"]),
    (
        M,
        [
            "Man vänjer sig. Men det tar på krafterna när det är ens egen hembygd.",
            "Min mamma känner ju halva byn.",
            "Min moster Ingalill bor två kilometer därifrån och hon frågade mig på ICA",
            "varför jag jagade Kenneth.",
        ],
    ),
    (H, ["Det låter svårt att hålla isär rollerna."]),
    (
        M,
        [
            "Det är det. Och sen har vi Affe,",
            "alltså Alf Nordqvist, som har en gammal bilskrot bakom ladan.",
            "Där stod en rostig Volvo med registreringsnummer FRX",
            "27C som läckte olja rakt ner i diket.",
        ],
    ),
    (H, ["Hur kommer du ihåg registreringsnumret så noga?"]),
    (
        M,
        [
            "Det står i beslutet, jag har skrivit det så många gånger.",
            "Affe sa att bilen tillhörde hans svärson Patrik,",
            "och Patrik sa att den tillhörde Affe. Så höll de på.",
        ],
    ),
    (H, ["Vad hände sen?"]),
    (
        M,
        [
            "Vi förelade honom att ta bort bilarna, med ett vite på 25 000 kronor.",
            "Fastigheten heter Ljusdal Tjärnkullen 4:12,",
            "och den har varit i släkten sedan artonhundratalet.",
        ],
    ),
    (H, ["Och livsmedelskontrollen, hur ser den ut?"]),
    (
        M,
        [
            "Mest restauranger och skolkök.",
            "Vi har ett trettiotal pizzerior i kommunen.",
            "Dritans pizzeria vid torget är den jag har fått flest samtal om,",
            "fast det mesta kommer från avundsjuka konkurrenter.",
        ],
    ),
    (H, ["Är det Dritan själv som driver den?"]),
    (
        M,
        [
            "Ja, Dritan Hoxha. Han är jättenoggrann egentligen.",
            "Hans dotter Elira sköter egenkontrollen och hon skickar mig bilder på termometern",
            "varje måndag, fast ingen har bett henne.",
        ],
    ),
    (H, ["Hur kommunicerar du med verksamheterna annars?"]),
    (
        M,
        [
            "Mest mejl.",
            "Min adress är moa.tjernstrom@ljusdal.se, den står på alla beslut,",
            "och så har jag tjänstemobilen, 070-174",
            "06 38, den är på mellan åtta och fyra.",
        ],
    ),
    (H, ["Händer det att folk ringer privat?"]),
    (
        M,
        [
            "Det har hänt. En kväll ringde en man som hette",
            "Jörgen Lidström, han hade hittat mitt nummer via Facebook,",
            "och han ville anmäla sin granne för att grannen eldade plast.",
        ],
    ),
    (H, ["Vad gjorde du då?"]),
    (
        M,
        [
            "Jag bad honom ringa växeln dagen efter.",
            "Men grannen, det var en äldre dam på Kyrkbyvägen 9 i Järvsö,",
            "och det visade sig att hon bara eldade löv.",
            "Lidströms egen skorsten var värre, ärligt talat.",
        ],
    ),
    (H, ["Hur ser samarbetet ut med andra myndigheter?"]),
    (
        M,
        [
            "Länsstyrelsen har vi mycket med,",
            "och Havs- och vattenmyndigheten ger ut vägledningen för avlopp.",
            "Sen Livsmedelsverket förstås.",
        ],
    ),
    (H, ["Känns vägledningen användbar?"]),
    (
        M,
        [
            "Den är bra men skriven för storstaden.",
            "Här finns det gårdar där man inte ens kommer fram med slambil på vintern.",
            "Som hos bröderna Mård uppe på Storhaget,",
            "de har en mård som bor i ladan och det är ungefär det enda som bor där förutom dem.",
        ],
    ),
    (H, ["Finns det något ärende som har följt med dig?"]),
    (
        M,
        [
            "Ja. En liten flicka blev sjuk i campylobacter förra sommaren, Wilma.",
            "Hon hade druckit brunnsvatten hemma hos sin farfar Affe i Tjärnkullen,",
            "och hennes mamma Therese var förtvivlad.",
        ],
    ),
    (H, ["Hur gick det med flickan?"]),
    (
        M,
        [
            "Hon blev frisk. Men Therese ringde mig flera gånger i veckan.",
            "Hon hade läst om Greta Thunberg och tyckte att kommunen borde",
            "ha gjort mer. Och det hade hon kanske rätt i.",
        ],
    ),
    (H, ["Vilka stöttar dig i arbetet?"]),
    (
        M,
        [
            "Min chef, Ulf Bengtsson, är bra på att ta de tunga samtalen.",
            "Och kollegan Sara i Hudiksvall, vi ringer varandra när det kör ihop sig.",
        ],
    ),
    (H, ["Hur ser framtiden ut för tillsynen här?"]),
    (
        M,
        [
            "Det beror på budgeten. Vi har fått 400 000 kronor till avloppsinventeringen,",
            "men det räcker till ungefär hälften av byarna.",
            "Resten får vänta till 2027.",
        ],
    ),
    (H, ["Något du vill lägga till innan vi avslutar?"]),
    (
        M,
        [
            "Bara att det är ett fint jobb.",
            "Förra veckan skickade Gunnel Ekvall en burk hjortronsylt till kontoret",
            "med en lapp: Tack för vattnet. Då blev jag glad.",
        ],
    ),
    (H, ["Vad fint. Tack Moa, då stänger jag av inspelningen."]),
    (M, ["Tack själv, Henrik."]),
]
