"""File 2: djurskyddskontrollant at Länsstyrelsen i Kronobergs län (southern Småland).

Teams Word .docx, NEWER layout: title, Swedish date/time line, duration line, 'Mikaela Roos
startade transkriberingen', one paragraph per turn 'Name   M:SS' + <w:br/> + speech (a further
<w:br/> inside a few long turns), closing 'Mikaela Roos stoppade transkriberingen'. The interviewee's
display name is in directory order 'Lindahl Ingrid'.
"""

FILE = "djurskydd intervju 3 - lindahl ingrid.docx"
FORMAT = "teams-docx"
TITLE = "Intervju djurskydd 3"
DATE_LINE = "27 mars 2025, 09:02"
DURATION_LINE = "10 min 4 s"
STARTER = "Mikaela Roos"

SPEAKERS = {
    "R": "Mikaela Roos",
    "IL": "Lindahl Ingrid",
}

TURNS = [
    (
        "R",
        "Så, nu spelar den in. Tack för att du tar dig tid, Ingrid. Som jag skrev i mejlet handlar studien om hur det är att arbeta med djurskyddskontroll på landsbygden, och särskilt om vad som händer när kontrollanten och djurägaren bor i samma bygd.",
    ),
    (
        "IL",
        "Ja, det är ju vardag för oss. Jag bor själv på landet utanför Ljungby, så jag kan nästan inte handla utan att stöta på någon jag har kontrollerat.",
    ),
    ("R", "Kan du börja med att berätta vad du gör och hur länge du har hållit på?"),
    (
        "IL",
        "Jag heter Ingrid Lindahl och har varit djurskyddskontrollant på Länsstyrelsen i tolv år. Innan dess var jag djursjukskötare. Vi är fem kontrollanter i länet, och jag har mest den södra delen, runt Älmhult och Markaryd.",
    ),
    ("R", "Hur kommer ett ärende in till er?"),
    (
        "IL",
        "Det mesta är anmälningar. Någon ringer eller fyller i formuläret på webben, och sen gör vi en bedömning. Ibland åker vi ut samma dag. Resten är planerade kontroller, som Jordbruksverket styr ganska mycket. Och efter tjugondag Knut kommer alltid en våg av anmälningar om hästar som står ute i kylan.",
    ),
    ("R", "Och anmälningarna, vilka är det som anmäler?"),
    (
        "IL",
        "Grannar, mest. Och det är där det blir svårt. För i en liten by vet djurägaren ofta vem som har ringt innan vi ens har kommit fram.",
    ),
    ("R", "Kan du ge ett exempel?"),
    (
        "IL",
        "Ja, jag kan ta ett fall från i höstas. En mjölkgård med ett sextiotal kor, en familj som har haft gården i fyra generationer. Han är bonde ut i fingerspetsarna, det ska sägas.",
    ),
    ("R", "Vad hade hänt?"),
    (
        "IL",
        "Korna gick i en hage utan vatten i flera dagar i augusti, när det var som varmast. En granne ringde. Och alla i byn vet att det är Holger på Kärrabo som ringer, för han har ringt förut.",
    ),
    ("R", "Hur reagerade djurägaren?"),
    (
        "IL",
        "Jan-Erik, alltså djurägaren, blev arg. Inte på mig först, utan på grannen. Han sa att han skulle köra över till Kärrabo med traktorn och säga vad han tyckte. Det gjorde han inte, som tur var.",
    ),
    ("R", "Använder ni namn i sådana här ärenden, i dokumenten?"),
    (
        "IL",
        "I dokumenten måste vi ju. Det är allmänna handlingar. I beslutet står hans fullständiga namn, Jan-Erik Bonde, och hans personnummer, 19640318-1537, och adressen, Backabo 4. Vem som helst kan begära ut det. Det är nog det som folk inte förstår.",
    ),
    ("R", "Det är intressant. Hur påverkar det ert arbete?"),
    (
        "IL",
        "Man skriver väldigt noga. Jag skriver som om Jan-Erik själv ska läsa upp det i bygdegården. Och ibland gör han nästan det.",
    ),
    ("R", "Var du ensam på den kontrollen?"),
    (
        "IL",
        "Nej, vi åker alltid två när det är anmälningsärenden. Jan-Olof Sjöberg var med, J-O kallas han. Han har hållit på i över tjugo år och kan det mesta om nötkreatur.",
    ),
    ("R", "Och hur gick själva besöket till?"),
    (
        "IL",
        "J-O pratade med Jan-Erik ute på gårdsplanen medan jag gick runt i ladugården. Det är ofta så vi delar upp det. J-O är bättre på att lugna folk, han pratar traktorer och väder.",
    ),
    ("R", "Vad såg du?"),
    (
        "IL",
        "Det var inte så illa som anmälan sa. Vattenkopparna i ladugården fungerade, men ute i hagen hade pumpen gått sönder och han hade inte märkt det. Två kvigor var uttorkade, så vi ringde distriktsveterinären.",
    ),
    ("R", "Och Jan Erik, hur mycket visste han om vem som hade anmält?"),
    ("IL", "Han var ju säker på att det var grannen. Jag sa ingenting."),
    ("R", "Hur fungerar samarbetet med veterinärerna?"),
    (
        "IL",
        "Bra, för det mesta. Den här gången kom Lena Hage, som har varit här i många år och känner alla. Hage är ett bra namn för en veterinär, brukar hon säga. Hon tog prover och sa rakt ut till honom att det här var hans ansvar.",
    ),
    ("R", "Blev det något beslut?"),
    (
        "IL",
        "Ja, ett föreläggande om att ordna vattnet och en uppföljande kontroll. Ingen polisanmälan den gången. Och han ordnade det på två dagar, han är ingen dålig bonde. Han hade bara för mycket på en gång.",
    ),
    ("R", "Du sa att han blev arg på grannen. Vad hände sen?"),
    (
        "IL",
        "Sen ringde Agneta, hans fru, till mig på kvällen. Hon ville veta om det var Holger. Jag sa att jag inte kan säga vem som anmäler, och att jag inte vet, vilket är sant. Vi får anonyma samtal också.",
    ),
    ("R", "Hur hade hon fått ditt nummer?"),
    (
        "IL",
        "Det står på alla papper. Min tjänstemobil är 070-174 06 52, den står i beslutet. Och så finns jag i telefonkatalogen med hemnumret, det har jag inte tänkt på förrän nu.",
    ),
    ("R", "Har du varit med om hot?"),
    (
        "IL",
        "Ett par gånger. En man i Markaryd, för flera år sedan, som stod utanför vårt hus en söndag. Han hade sett min bil, en röd Volvo, på Ica och följt efter mig hem. Efter det bytte jag bil.",
    ),
    ("R", "Polisanmälde du?"),
    (
        "IL",
        "Ja. Vi frågade LG, vår enhetschef, om vi skulle göra det, och han sa att det ska vi alltid göra. Jag hade skrivit upp hans registreringsnummer, KPR 318, och det fick polisen. Det blev inget av det, men han kom aldrig tillbaka.",
    ),
    ("R", "Finns det stöd från arbetsgivaren?"),
    (
        "IL",
        "Ja, numera. Vi har en rutin för hot och vi får gå en kurs i bemötande. Och vi får inte åka ensamma till vissa gårdar, det finns en lista.",
    ),
    ("R", "Om vi går tillbaka till det här med grannar. Hur är det att själv leva i bygden?"),
    (
        "IL",
        "Det är det svåraste, ärligt talat. Jag är uppvuxen på en gård själv, min pappa var bonde utanför Älmhult, nära Råshult där Linné föddes. Det kom alltid turister som ville titta på korna. Så jag vet vad det kostar att ha djur.",
    ),
    ("R", "Påverkar det hur du bedömer?"),
    (
        "IL",
        "Jag hoppas inte. Men jag märker att jag förstår bönderna, och det är både bra och dåligt. Djurskyddslagen gäller lika för alla, oavsett om det är en stor gård eller två får i en hage bakom ett radhus.",
    ),
    ("R", "Finns det gårdar där du inte åker själv?"),
    (
        "IL",
        "Ja, om det är någon jag känner för väl. Min systers svärfar har får, och den gården tar alltid någon annan. Likadant om det är någon från pappas släkt.",
    ),
    ("R", "Hur tänker du kring att folk ser er bil på gården?"),
    (
        "IL",
        "Det är ju det. Vi har en vit bil med länsstyrelsens logga, och så fort den står på en gårdsplan så vet hela byn. Vi har bett om bilar utan logga, men det har vi inte fått.",
    ),
    ("R", "Har det hänt att någon har blivit utpekad på grund av det?"),
    (
        "IL",
        "Ja. Förra vintern var vi hos en äldre kvinna med hästar, och dagen efter stod det i en grupp på Facebook att Länsstyrelsen hade varit hos Gun-Britt på Lindåsa igen. Med namn. Det var inte vi som skrev det, men det var vår bil som folk hade sett.",
    ),
    ("R", "Hur hanterade ni det?"),
    (
        "IL",
        "Vi kan inte göra så mycket. Jag ringde henne och sa att det inte var vi. Hon trodde mig inte. Det gör ont, för hon har skött sina djur i femtio år.",
    ),
    ("R", "Vad skulle du vilja ändra på?"),
    (
        "IL",
        "Bilarna, som sagt. Och att vi ibland fick ta en första kontakt per telefon, i stället för att åka ut direkt. Och fler kollegor. När Yusuf slutade i våras fick vi dela hans område på fyra.",
    ),
    ("R", "Är det svårt att rekrytera?"),
    (
        "IL",
        "Det är svårt att behålla folk. Det är tungt, och man är ganska ensam med det. De flesta vi anställer har jobbat med djur förut, som djursjukskötare eller som rådgivare på Växa.",
    ),
    ("R", "Du nämnde Jordbruksverket. Hur är stödet därifrån?"),
    (
        "IL",
        "De skriver vägledningar. Vi frågade en gång hon som heter M-L där, hon som har hand om nötkreatur, om en sak med liggbås, och fick svar efter tre månader. Så det är mest vi ute i länen som får lösa det själva.",
    ),
    ("R", "Hur dokumenterar ni besöken?"),
    (
        "IL",
        "Vi skriver i systemet direkt på surfplattan, och vi tar foton. Ärendet får ett nummer, det här hade 6403184471, och allt hamnar där. Ibland tar djurägaren också foton på oss. Och mjölkroboten loggar ju allt, så vi ber ofta om utdrag från DeLaval-systemet.",
    ),
    ("R", "Tycker du att det har förändrats över tid?"),
    (
        "IL",
        "Ja, folk är argare nu. Men också mer på djurens sida. Det är lättare att anmäla nu, det räcker med mobilen.",
    ),
    ("R", "Har du något mer du vill säga om fallet i höstas?"),
    (
        "IL",
        "Bara att det gick bra till slut. Jag var tillbaka hos Bondes i oktober och allt var i ordning. Agneta bjöd på kaffe. Det tar jag som ett gott tecken.",
    ),
    ("R", "Då har jag inga fler frågor, ingrid. Vill du lägga till något?"),
    (
        "IL",
        "Nej, det tror jag inte. Hör av dig om det är något. Mejlen är ingrid.lindahl@lansstyrelsen.se, eller ring mobilen.",
    ),
    ("R", "Tack så mycket. Jag skickar utskriften till dig innan jag använder något."),
    ("IL", "Gör det, Mikaela. Och skriv inte Lindal, med ett l och utan h, det gör alla."),
]

# turns (0-based index) whose speech gets a second <w:br/> after this many sentences
EXTRA_BREAKS = {15: 2, 41: 2, 59: 2}

ITEMS = [
    (
        "speaker",
        "lindahl",
        "Ingrid Lindahl",
        1,
        "F",
        "surname in lower case, surname first, in the file name",
    ),
    (
        "speaker",
        "ingrid",
        "Ingrid Lindahl",
        1,
        "F",
        "first name in lower case after the surname in the file name",
    ),
    (
        "speaker",
        "Ingrid",
        "Ingrid Lindahl",
        2,
        "",
        "'Tack för att du tar dig tid, Ingrid'; incl. the one in 'Ingrid Lindahl'",
    ),
    (
        "speaker",
        "ingrid",
        "Ingrid Lindahl",
        2,
        "",
        "ASR lower case: 'Då har jag inga fler frågor, ingrid'; incl. the local part of the written e-mail 'ingrid.lindahl@lansstyrelsen.se'",
    ),
    ("speaker", "Ingrid Lindahl", "Ingrid Lindahl", 1, "", "she gives her full name"),
    ("speaker", "Lindahl", "Ingrid Lindahl", 1, "", "in 'Ingrid Lindahl'"),
    (
        "speaker",
        "Lindal",
        "Ingrid Lindahl",
        1,
        "",
        "the misspelling she says everyone writes: 'skriv inte Lindal'",
    ),
    ("phone", "070-174 06 52", "Ingrid Lindahl", 1, "", "her work mobile"),
    ("email", "ingrid.lindahl@lansstyrelsen.se", "Ingrid Lindahl", 1, "", "her work e-mail"),
    (
        "speaker",
        "Mikaela",
        "Mikaela Roos",
        1,
        "",
        "the researcher addressed by first name: 'Gör det, Mikaela'",
    ),
    (
        "person",
        "Holger",
        "Holger",
        2,
        "",
        "the neighbour believed to have reported: 'Holger på Kärrabo', 'om det var Holger'",
    ),
    (
        "address",
        "Kärrabo",
        "Holger",
        2,
        "",
        "Holger's farm: 'Holger på Kärrabo', 'köra över till Kärrabo'",
    ),
    (
        "person",
        "Jan-Erik",
        "Jan-Erik Bonde",
        4,
        "",
        "the dairy farmer: 'Jan-Erik, alltså djurägaren', 'Jan-Erik själv', 'pratade med Jan-Erik', incl. the one in 'Jan-Erik Bonde'",
    ),
    (
        "person",
        "Jan Erik",
        "Jan-Erik Bonde",
        1,
        "",
        "ASR form without hyphen: 'Och Jan Erik, hur mycket visste han'",
    ),
    ("person", "Jan-Erik Bonde", "Jan-Erik Bonde", 1, "", "full name as it stands in the decision"),
    (
        "person",
        "Bonde",
        "Jan-Erik Bonde",
        1,
        "",
        "surname (also the word for farmer), in 'Jan-Erik Bonde'",
    ),
    (
        "person",
        "Bondes",
        "familjen Bonde",
        1,
        "",
        "genitive of the family name: 'tillbaka hos Bondes i oktober'",
    ),
    (
        "personnummer",
        "19640318-1537",
        "Jan-Erik Bonde",
        1,
        "",
        "the farmer's personnummer as it stands in the decision (12-digit)",
    ),
    (
        "address",
        "Backabo 4",
        "Jan-Erik Bonde",
        1,
        "",
        "the farm's address as it stands in the decision",
    ),
    (
        "person",
        "Agneta",
        "Agneta",
        2,
        "",
        "Jan-Erik's wife: 'Sen ringde Agneta, hans fru', 'Agneta bjöd på kaffe'",
    ),
    ("person", "Jan-Olof Sjöberg", "Jan-Olof Sjöberg", 1, "", "colleague, full name"),
    ("person", "Jan-Olof", "Jan-Olof Sjöberg", 1, "", "in 'Jan-Olof Sjöberg'"),
    ("person", "Sjöberg", "Jan-Olof Sjöberg", 1, "", "in 'Jan-Olof Sjöberg'"),
    (
        "person",
        "J-O",
        "Jan-Olof Sjöberg",
        3,
        "",
        "his initials after the introduction: 'J-O kallas han', 'J-O pratade med', 'J-O är bättre på'",
    ),
    ("person", "Lena Hage", "Lena Hage", 1, "", "the district veterinarian"),
    ("person", "Lena", "Lena Hage", 1, "", "in 'Lena Hage'"),
    (
        "person",
        "Hage",
        "Lena Hage",
        2,
        "",
        "incl. the one in 'Lena Hage'; 'Hage är ett bra namn för en veterinär' (also the word for pasture)",
    ),
    (
        "person",
        "LG",
        "LG",
        1,
        "",
        "her manager, named only by initials: 'Vi frågade LG, vår enhetschef'",
    ),
    ("plate", "KPR 318", "mannen i Markaryd", 1, "", "plate of the man who followed her home"),
    (
        "person",
        "Gun-Britt",
        "Gun-Britt",
        1,
        "",
        "an elderly horse owner named on Facebook: 'hos Gun-Britt på Lindåsa'",
    ),
    ("address", "Lindåsa", "Gun-Britt", 1, "", "Gun-Britt's farm"),
    (
        "person",
        "Yusuf",
        "Yusuf",
        1,
        "",
        "a former colleague, named once after a conjunction: 'När Yusuf slutade i våras'",
    ),
    (
        "person",
        "M-L",
        "M-L",
        1,
        "",
        "an official at Jordbruksverket named only by initials: 'hon som heter M-L där'",
    ),
]

NEGATIVES = [
    ("djurskydd intervju 3", 1, "F", "study words in the file name"),
    (
        "bonde",
        3,
        "",
        "the word 'farmer' ('Han är bonde ut i fingerspetsarna', 'ingen dålig bonde', 'min pappa var bonde'), next to the surname Bonde",
    ),
    (
        "hage",
        2,
        "",
        "the word 'pasture' ('i en hage utan vatten', 'två får i en hage'), next to the veterinarian Hage",
    ),
    ("tjugondag Knut", 1, "", "a holiday (13 January); no person called Knut"),
    ("Linné", 1, "", "Carl von Linné, a historical figure"),
    ("Jordbruksverket", 2, "", "authority"),
    ("Länsstyrelsen", 2, "", "authority, her employer"),
    ("Djurskyddslagen", 1, "", "the Animal Welfare Act"),
    ("Volvo", 1, "", "car make"),
    ("Ica", 1, "", "grocery store"),
    ("Facebook", 1, "", "platform without a handle"),
    ("Växa", 1, "", "advisory organisation (also the verb 'växa')"),
    ("DeLaval", 1, "", "milking-equipment make ('DeLaval-systemet')"),
    ("6403184471", 1, "L", "case number; begins like Jan-Erik Bonde's birth date but fails Luhn"),
    ("i augusti", 1, "", "month"),
    ("i oktober", 1, "", "month"),
]
