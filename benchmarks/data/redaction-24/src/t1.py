"""Turns of kvinnojour_osterlen_SannaModig_0915.vtt (Teams WebVTT), written for set 24."""

J = "Josefin Wahlberg"
S = "Sanna Modig"

TURNS = [
    (
        J,
        "Då är inspelningen igång. Jag heter Josefin Wahlberg och är doktorand vid Lunds "
        "universitet. Kan du börja med att säga lite om dig själv?",
    ),
    (
        S,
        "Ja. Sanna Modig heter jag, och jag är samordnare på kvinnojouren här på Österlen sedan "
        "fyra år tillbaka. Innan dess jobbade jag på Försäkringskassan i Kristianstad.",
    ),
    (J, "Och jouren, hur ser arbetet ut en vanlig vecka?"),
    (
        S,
        "Vi är två anställda och sen ett tjugotal ideella. Telefonen bemannas dagtid av mig "
        "eller av Kickan, alltså Kristina Holmgren-Åberg, hon som har varit med längst. "
        "Kickans erfarenhet är guld värd, hon har sett det mesta.",
    ),
    (J, "Hur kommer kvinnorna i kontakt med er?"),
    (
        S,
        "Oftast via socialtjänsten, ibland via polisen eller en kurator på vårdcentralen. Men "
        "många ringer själva. Jourtelefonen har nummer 070-174 06 14, och det står på "
        "affischer på nästan alla damtoaletter i kommunen.",
    ),
    (J, "Kan du berätta om ett ärende som har format hur du tänker?"),
    (
        S,
        "Ja, och jag ändrar inga namn nu, det är ju ni som anonymiserar sen. Det var en kvinna, "
        "Marie-Louise Persson, Malou kallades hon, som kom till oss med två barn en novembernatt "
        "för två år sedan. Hennes man Tommy hade hållit henne isolerad på en gård utanför "
        "Tjörnelycke i nästan tio år.",
    ),
    (J, "Tjörnelycke, det är väl bara några hus?"),
    (
        S,
        "Tre gårdar och en nedlagd skola. Gården heter Simrishamn Tjörnelycke 3:7 på papperet, "
        "men alla säger bara Persson-gården. Det var därför det var så svårt för henne, alla "
        "visste vem hon var.",
    ),
    (J, "Hur löste ni boendet?"),
    (
        S,
        "Vi har en lägenhet som ingen utanför jouren känner till, och jag säger inte var. Men "
        "Malous barn, Elsa och Vincent, måste ju gå i skolan någonstans, och då behövde vi "
        "skyddade personuppgifter. Jag minns att jag satt och skrev Vincents personnummer, "
        "170823-4826, på blanketten till Skatteverket med darriga händer.",
    ),
    (J, "Varför darriga?"),
    (
        S,
        "För att Tommy hade ringt jouren samma morgon. Han sa att han visste att hon var hos "
        "oss. Han körde runt i en vit Volvo, och en granne läste upp registreringsnumret i "
        "telefon som Olle Gustav Adam sju ett Erik. Jag skrev OGA 71E på en gul lapp.",
    ),
    (J, "Gick ni till polisen med det?"),
    (
        S,
        "Ja, jag ringde direkt till en polis i Ystad, Henrik von Kalmberg, som vi har bra "
        "samarbete med. Von Kalmberg är en sån som faktiskt ringer tillbaka. Han fick fram "
        "att bilen stod på Tommys bror Roger.",
    ),
    (J, "Hur gick det för Malou sen?"),
    (
        S,
        "Hon fick kontaktförbud mot honom. I dag bor hon i en helt annan del av landet och har "
        "tagit sin mammas efternamn, Hedlund. Hon skickar julkort ibland till jourens box och "
        "skriver bara Malou H med ett hjärta.",
    ),
    (J, "Vad är det svåraste med jobbet, tycker du?"),
    (
        S,
        "Att vara modig hela tiden, faktiskt. Folk tror att man är hård, men jag gråter i bilen "
        "ibland. Och sen att det är så litet här. Jag handlar på samma Ica som förövarna.",
    ),
    (J, "Har det hänt att du mött någon av männen privat?"),
    (
        S,
        "En gång, på marknaden i Tomelilla. Det var en man som heter Lennart, Lelle kallas "
        "han, och hans fru Agnes bodde hos oss ett halvår. Han kom fram och sa: hälsa Agnes "
        "att jag vet var hon är. Agnes' syster hade tydligen berättat allt för honom.",
    ),
    (J, "Hur gör ni med dokumentationen, med tanke på sekretessen?"),
    (
        S,
        "Vi skriver så lite som möjligt. Men det finns en mapp på servern, och där hittade jag i "
        "våras en fil som hette malou_persson_kontaktforbud_slutlig.pdf, som en ideell hade "
        "sparat på fel ställe. Den raderade jag. Fakturan från advokaten, nummer 1708231146, "
        "låg bredvid, den fick ligga kvar.",
    ),
    (J, "Vilka lagar och regler styr det ni gör?"),
    (
        S,
        "Socialtjänstlagen mest, och brottsbalken när det gäller kontaktförbud. Vi är med i "
        "Unizon och följer deras riktlinjer. När Magdalena Andersson var statsminister kom det "
        "extra pengar till jourerna, sen försvann de igen.",
    ),
    (J, "Finns det något du vill lägga till?"),
    (
        S,
        "Bara att det behövs mer pengar. Vi fick 340 000 kronor från kommunen i år, och det "
        "räcker till en halv tjänst. Ring mig om du undrar något, eller mejla "
        "sanna.modig@jourosterlen.se.",
    ),
    (J, "Tack så mycket, Sanna."),
    (S, "Tack själv, Josefin."),
]
