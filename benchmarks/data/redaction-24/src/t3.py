"""Turns of arjeplog_ren_sjulsson-orn_2025-09.srt (SubRip), written for set 24."""

L = "Linnéa Bergkvist"
A = "Anne-Marja Sjulsson"
T = "Tomas Örn"

TURNS = [
    (
        L,
        "Då är vi igång. Jag heter Linnéa Bergkvist, jag kommer från Umeå universitet, och jag "
        "är här i Arjeplog för att höra hur renskötande familjer och länsstyrelsen möts. Vill "
        "ni presentera er?",
    ),
    (
        A,
        "Anne-Marja Sjulsson. Jag är renskötare, och min släkt har haft renar i fem "
        "generationer. Mamma sa alltid Anne-Marja med betoning på Marja, alla andra säger Ammi.",
    ),
    (
        T,
        "Och jag är Tomas Örn, handläggare för rennäringen på Länsstyrelsen i Norrbotten. Jag "
        "sitter i Luleå men är här uppe ofta.",
    ),
    (L, "Hur skulle ni beskriva er relation?"),
    (
        A,
        "Tomas är okej. Det är systemet som är problemet. Den förra handläggaren, Birger, honom "
        "pratade vi inte med på tre år.",
    ),
    (
        T,
        "Birger Lun- Lundkvist gick i pension för tre år sedan. Jag tror inte han hade det lätt "
        "heller, men jag förstår vad Ammi menar.",
    ),
    (L, "Vad handlar kontakterna om oftast?"),
    (
        A,
        "Rovdjur. Förra våren tog en kungsörn fjorton kalvar för oss, och det är svårt att "
        "bevisa. Tomas brukar skämta om att örnen är hans släkting.",
    ),
    (
        T,
        "Det skämtet har jag dragit för många gånger. Men ersättningen bygger på inventeringar "
        "som vi gör enligt Naturvårdsverkets föreskrifter. Det är inte jag som bestämmer "
        "beloppen.",
    ),
    (L, "Hur ser en vanlig vinter ut för er familj?"),
    (
        A,
        "Vi bor i Gäddtjärnliden, där bor bara vi och min farbror Nils-Henrik och hans fru Stina. "
        "Vintertid kör jag skoter varje dag. Min egen är en Lynx, den har nummer HWP 418, och "
        "den har jag haft i sju år.",
    ),
    (L, "Och din man?"),
    (
        A,
        "Nils Anders sköter helikoptern ihop med Roffe, alltså Rolf Kaddik, när vi samlar. "
        "Rolfs helikopter kostar tolv tusen kronor i timmen.",
    ),
    (
        T,
        "Det är en av de största kostnaderna för samebyarna, och det finns inget stöd för just "
        "det. Sametinget har drivit frågan länge.",
    ),
    (L, "Finns det tillfällen då länsstyrelsen behöver personuppgifter från er?"),
    (
        A,
        "Hela tiden. När pappa gick bort fick jag skicka hans personnummer, 19480302-5719, till "
        "tre olika myndigheter. Han hette Per Sjulsson, men alla kallade honom Lill-Per.",
    ),
    (T, "Det vet jag, och det är inte bra. Vi har inte samma register."),
    (L, "Har ni anställda?"),
    (
        A,
        "En säsongsarbetare från Norge, Mikkel Eira Sara, under kalvmärkningen. Han har "
        "samordningsnummer, 910574-2382, så att vi kan betala lön. Ändå kommer det frågor om "
        "honom från Skatteverket varje år.",
    ),
    (L, "Hur är det med prospekteringen vid sjön?"),
    (
        A,
        "Ett bolag vill provborra på fastigheten Arjeplog Luspenjaur 2:5, där vi har vårbete. "
        "Ägaren, Gösta Holmberg, är nittio och vet knappt om det.",
    ),
    (
        T,
        "Där är vi remissinstans, men det är Bergsstaten som beslutar om "
        "undersökningstillstånd. Jag har skrivit ett yttrande.",
    ),
    (L, "Anne-Marja, vad önskar du av Tomas och hans kollegor?"),
    (
        A,
        "Att de kommer ut. Att de står i hagen i minus trettio och ser. Och att de läser "
        "rennäringslagen som den är skriven, inte som någon i Stockholm tycker.",
    ),
    (
        T,
        "Jag tar med mig det. Man når mig på noll sjuttio, ett sju fyra, noll sex, fyrtioåtta, "
        "eller tomas.orn@lansstyrelsen.se. Diarienumret 9105742381 på Mikkels ärende kan ni "
        "strunta i, det är bara internt.",
    ),
    (L, "Din dotter Ánne var med när vi sågs i våras. Hur ser hon på framtiden?"),
    (
        A,
        "Hon vill ta över. Hon är femton och har redan egna renmärken. Hon lyssnar på Jon "
        "Henrik Fjällgren hela dagarna och säger att hon ska bli som han, fast med renar.",
    ),
    (L, "Tack till er båda."),
    (T, "Tack Linnéa."),
    (A, "Giitu. Tack ska du ha."),
]
