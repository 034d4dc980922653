"""Turns of 'Ystad vårdplanering – LJUNG Kerstin.docx' (Teams Word, newer layout), set 24."""

V = "Viktor Engdahl"
K = "Ljung Kerstin"

TURNS = [
    (
        V,
        "Nu spelar vi in. Jag heter Viktor Engdahl och forskar om samverkan vid utskrivning, "
        "vid Malmö universitet. Vill du presentera dig?",
    ),
    (
        K,
        "Kerstin Ljung, utskrivningssamordnare på medicinkliniken på lasarettet i Ystad. "
        "Kollegorna säger Kerstin eller Ljungen, det beror på vem man frågar.",
    ),
    (V, "Vad gör en utskrivningssamordnare?"),
    (
        K,
        "Jag ser till att patienten har någonstans att ta vägen när hen är utskrivningsklar. Vi "
        "följer lagen om samverkan vid utskrivning från sluten hälso- och sjukvård, och allt går "
        "via Lifecare. Kommunen har tre dagar på sig, sen börjar de betala för vårddygnen.",
    ),
    (V, "Kan du ge ett exempel på en utskrivning som var svår?"),
    (
        K,
        "Den jag tänker på direkt är Carl-Gustaf af Brunnsköld. Han var hundraett år när han kom "
        "in med en höftfraktur i februari. Han har ett plustecken i personnumret, 231104+0634, "
        "och det klarade inte det gamla journalsystemet. Där tolkades det som att han var ett "
        "år gammal.",
    ),
    (V, "Det låter nästan som en klassiker."),
    (
        K,
        "Det var det. Och han ville absolut hem till gården i Ramslöv, inte till korttidsboende. "
        "Hans dotter Louise af Brunnsköld Wendt bor i Stockholm och ringde varje dag. Louise var "
        "snäll, men hon hade ingen aning om hur det såg ut där hemma.",
    ),
    (V, "Hur såg det ut?"),
    (
        K,
        "Branta steg upp till farstun, vedspis och närmaste granne en bit bort. Den grannen, "
        "Evert Sommar, hade skött katterna hela tiden. Sommar var också den som hittade honom på "
        "golvet. I sommar skulle han ha fyllt hundratvå.",
    ),
    (V, "Vad blev det till slut?"),
    (
        K,
        "Vi gjorde en samordnad individuell plan, en SIP, med hemtjänsten, distriktssköterskan "
        "och arbetsterapeuten. Arbetsterapeuten Jelena Marković ordnade en toalettstol och ett "
        "larm, i kommunens system heter hon Markovic utan accent. Och han kom hem. Han dog "
        "hemma i augusti, i sin egen säng.",
    ),
    (V, "Hur fungerar samarbetet med läkarna?"),
    (
        K,
        "Det beror på. Doktor Wikander på avdelning sex är fantastisk, hon skriver epikrisen "
        "samma dag. Men vi har hyrläkare som inte vet hur det fungerar här. Och så ssk Mahmoud, "
        "alltså sjuksköterskan Mahmoud Rahimi, som kan allt om läkemedelslistor.",
    ),
    (V, "Vad händer när anhöriga inte håller med?"),
    (
        K,
        "Då blir det långa samtal. Jag hade en dam, i journalen stod det Gunnel Sjöholm f. "
        "Nordin, vars son Peter krävde att hon skulle få särskilt boende direkt. Gunnels egen "
        "vilja var att åka hem. Peter hade fått mitt jobbnummer, 0701740627, och ringde klockan "
        "elva på kvällen.",
    ),
    (V, "Hur gjorde du då?"),
    (
        K,
        "Jag sa att vi måste lyssna på Gunnel, det är hennes beslut så länge hon kan fatta det. "
        "Hon fick åka hem till Kapellgatan 9 med hemtjänst fyra gånger om dagen, och det gick "
        "bra i ett halvår.",
    ),
    (V, "Använder ni tolk?"),
    (
        K,
        "Ja, ofta, vi bokar via Digitaltolk. Det viktiga är att det inte är barnbarnet som "
        "tolkar. Jag minns en pojke, Nikola, som var tolv och fick förklara för sin farmor att "
        "hon hade cancer. Det glömmer jag aldrig.",
    ),
    (V, "Vad önskar du dig av kommunerna?"),
    (
        K,
        "Att de svarar i Lifecare på fredagar. Ystad är bra, Skurup sämre. Det är som Anders "
        "Tegnell sa under pandemin, det är uthålligheten som avgör.",
    ),
    (V, "Hur dokumenterar du dina egna samtal?"),
    (
        K,
        "I Melior, och så har jag en egen lista. Den heter vpl_GSjoholm_okt.xlsx, fast den "
        "borde jag ha raderat för länge sen. Ärendet i Lifecare hade nummer 2311045508, det "
        "minns jag av någon anledning.",
    ),
    (V, "Har något förändrats under dina år här?"),
    (
        K,
        "Tiden är kortare nu. Förr låg man kvar en vecka, nu åker de hem efter två dagar. Tolv "
        "av femton patienter i september var över åttio. När ljungen blommar i augusti har vi "
        "alltid fullt, då kommer sommargästernas föräldrar in.",
    ),
    (V, "Hur når jag dig om jag har följdfrågor?"),
    (
        K,
        "Mejla kerstin.ljung@skane.se, eller ring samma nummer som Peter ringde på. Jag skojar, "
        "mejla hellre.",
    ),
    (V, "Tack Kerstin."),
    (K, "Tack Viktor, det var roligt."),
]
