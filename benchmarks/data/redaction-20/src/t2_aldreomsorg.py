"""File 2: Teams WebVTT, current export; an enhetschef at a care home in Skärholmen.

Display names 'Jönsson Britt-Marie (ÄO)' (surname first, department suffix) and
'Mikael Sundberg (Extern)'. The researcher-made file name hides the interviewee as
'BM-Jonsson' (initials plus the ASCII form of Jönsson).
"""

FILE = "aldreomsorg Skarholmen enhetschef BM-Jonsson 2025-02-18.vtt"
FORMAT = "vtt"
GUID = "b4d09e17-2a6c-4c8e-9f13-5e7a0c2b8d64"
FIRST_N = 12
R = "Mikael Sundberg (Extern)"
B = "Jönsson Britt-Marie (ÄO)"

TURNS = [
    (
        R,
        "Hej, nu har jag startat inspelningen och transkriberingen. Är det fortfarande okej för dig?",
    ),
    (B, "Ja, det är helt okej. Jag har stängt dörren så att det inte ska komma in någon."),
    (R, "Perfekt. Vill du börja med att berätta lite om dig själv och om boendet?"),
    (
        B,
        "Ja. Jag heter Britt Marie, eh, Britt-Marie Jönsson, och jag är enhetschef på äldreboendet Lönnen i Skärholmen. Vi har fyrtiotvå platser fördelat på tre avdelningar, varav en är demensavdelning.",
    ),
    (R, "Hur länge har du varit chef där?"),
    (
        B,
        "Sedan tjugoarton. Innan dess var jag sjuksköterska inom hemtjänsten i nästan femton år, så jag kan verksamheten underifrån, kan man säga.",
    ),
    (R, "Hur många medarbetare har du?"),
    (
        B,
        "Runt sextio om man räknar timvikarierna. Många har jobbat länge, och många kommer från andra länder. Vi pratar säkert tolv språk i personalgruppen.",
    ),
    (R, "Är det en styrka eller en utmaning?"),
    (
        B,
        "Båda. Det är en enorm styrka när vi har boende som har glömt svenskan och bara pratar finska eller arabiska. Men det kräver att dokumentationen blir rätt, och där har vi jobbat mycket.",
    ),
    (R, "Kan du berätta om någon medarbetare som har betytt mycket?"),
    (
        B,
        "Ja, Merja. Merja | Heikkinen, hon är undersköterska och har varit hos oss i tjugo år. Hon pratar finska med våra sverigefinska boende. Utan Merja hade demensavdelningen inte fungerat.",
    ),
    (R, "Vad gör hon konkret?"),
    (
        B,
        "Hon sjunger med dem. Alltså på riktigt. Det finns en boende som inte har sagt ett ord på svenska på ett år, men när meria sjunger så sjunger han med. Heikinen-metoden kallar vi det på skoj.",
    ),
    (R, "Vilka andra är viktiga i teamet?"),
    (
        B,
        "Yusuf Abdi, han är samordnare på kvällarna. Jusuf, eh, alltså han stavar det med Y men alla säger det med J. Han har koll på allt, vem som har fått sina mediciner, vem som behöver extra tillsyn.",
    ),
    (R, "Hur fungerar samarbetet med sjuksköterskorna?"),
    (
        B,
        "Bra nu, men det har varit svårt. Vi har haft stor omsättning. Under pandemin hade vi tre olika sjuksköterskor på ett halvår och det märktes på de boende.",
    ),
    (R, "Hur märktes det?"),
    (
        B,
        "Oro, mer fall, mer ångest på kvällarna. Det är ju människor som behöver kontinuitet. Man ska känna igen rösten som väcker en.",
    ),
    (R, "Kan du ge ett exempel på en boende där det blev tydligt?"),
    (
        B,
        "Ja, vi har en man, Karl Erik Blom, han är nittiotvå år och var lastbilschaufför i hela sitt liv. En riktig karl av den gamla sorten, som han själv säger. Han blev väldigt orolig när personalen byttes hela tiden.",
    ),
    (R, "Hur hanterade ni det?"),
    (
        B,
        "Vi gjorde en plan där samma tre personer tog honom på morgonen. Och vi satte upp bilder på rummet. Bloms lastbilar, hans fru, hans barnbarn. Det hjälpte faktiskt mycket.",
    ),
    (R, "Har han anhöriga som kommer?"),
    (
        B,
        "Sonen kommer varannan söndag. Han har pratat mycket med yusuf om pappans kvällar. Karl-Erik vill helst sova med lampan tänd och det har vi ordnat nu.",
    ),
    (R, "Hur ser kontakten med anhöriga ut i allmänhet?"),
    (
        B,
        "Den varierar. En del ringer varje dag, andra hör vi aldrig av. Vi har en anhörigträff två gånger om året, i maj och i november, och då kommer ungefär hälften.",
    ),
    (R, "Finns det någon anhörig som har påverkat hur ni arbetar?"),
    (
        B,
        "Ja, Signe Ljungs dotter, Anneli, eller Annelie, jag vet aldrig hur hon stavar det. Hon har varit väldigt engagerad och ibland väldigt kritisk. Och hon har haft rätt ganska ofta, det måste jag erkänna.",
    ),
    (R, "På vilket sätt?"),
    (
        B,
        "Hon påpekade att vi skrev för lite om vad signe tyckte om. Vi skrev om blodtryck och vikt men inte att hon älskar att prata om ljung och blåbär och sommarstugan i Dalarna. Det har vi ändrat nu, vi har en levnadsberättelse för alla.",
    ),
    (R, "Hur kom det fram?"),
    (
        B,
        "Hon ringde mig en kväll och var väldigt upprörd. Hon hade parkerat utanför, en röd Volvo, D K R fyrtiosju B, och satt i bilen och ringde i stället för att komma in. Det sa hon efteråt. Hon orkade inte gå in.",
    ),
    (R, "Det låter tungt."),
    (
        B,
        "Det var det. För henne och för oss. Men det blev en vändpunkt. Vi satte oss ner, jag, hon och Merja, och gick igenom hela Signes dag.",
    ),
    (R, "Hur hanterar ni personuppgifter i det här arbetet?"),
    (
        B,
        "Vi har journalsystemet och allt ska stå där. Men folk skriver fortfarande lappar. Jag hittade en lapp i fikarummet förra veckan med nittonhundrafyrtiosju elva sexton och sedan de fyra sista siffrorna. Alltså nittonhundrafyrtiosju elva sexton femtiotre tjugosex. Signes personnummer, på en post-it.",
    ),
    (R, "Vad gjorde du?"),
    (
        B,
        "Jag rev den och tog upp det på APT. Inte för att hänga ut någon, utan för att påminna. Det är lätt att det blir slarvigt när det är stressigt.",
    ),
    (R, "Det är ett vanligt problem."),
    (
        B,
        "Ja. Och det är samma sak med födelsedagar. Vi firar ju alla, och då står det på tavlan, Signe fyller år sextonde november, nittonhundrafyrtiosju. Det är trevligt men det är också en uppgift som man kanske inte ska ha uppe i korridoren.",
    ),
    (R, "Hur löser ni det?"),
    (B, "Vi skriver bara förnamn och dag nu. Inte år. Det var Yusufs förslag faktiskt."),
    (R, "Om du tänker på ledarskapet, vad är svårast?"),
    (
        B,
        "Att räcka till. Jag har sextio medarbetare och en budget som inte går ihop. Och jag har ingen biträdande chef. Min chef, Gunnar Wass, säger att det ska komma, men det har han sagt i två år.",
    ),
    (R, "Hur är stödet uppifrån annars?"),
    (
        B,
        "Gunnar är snäll, men han har tolv enheter. Jag ringer honom när det brinner. Annars löser jag det själv eller med de andra cheferna i området.",
    ),
    (R, "Brukar de boende själva säga något om hur de vill ha det?"),
    (
        B,
        "Ja, de som kan. Vi har ett boenderåd en gång i månaden. Karl Erik är ordförande, han insisterade. Han tycker att maten var bättre förr och det har han nog rätt i.",
    ),
    (R, "Vilken är den bästa dagen du har haft på jobbet?"),
    (
        B,
        "Oj. Kanske i somras när vi hade trädgårdsfest och rosorna stod i full blom. Alla boende var ute. Merja sjöng, Yusuf grillade, och Karl-Erik höll tal. Jag grät lite i smyg.",
    ),
    (R, "Hur når man dig om man vill ha kontakt med boendet?"),
    (
        B,
        "Expeditionen har noll åtta fyra sex fem noll noll fyra tre sju. Det är dit anhöriga ska ringa. Och jag har brittmarie punkt jonsson på stadens domän, men skriv inte det i rapporten.",
    ),
    (R, "Nej då, det kommer inte med. Vad hoppas du att den här studien ska leda till?"),
    (
        B,
        "Att någon förstår att äldreomsorg är ett kvalificerat arbete. Att det inte bara är att byta blöjor. Det är relationer och medicin och etik, varenda dag.",
    ),
    (R, "Är det något du vill lägga till?"),
    (
        B,
        "Bara att hälsa till dig, Michael. Eller Mikael, jag såg att det står med k. Du har varit väldigt lätt att prata med.",
    ),
    (R, "Tack Britt-Marie, det var väldigt givande. Jag stänger av inspelningen nu."),
    (B, "Tack själv, hej hej."),
]

ITEMS = [
    {
        "category": "speaker",
        "text": "BM",
        "owner": "Britt-Marie Jönsson",
        "count": 1,
        "in": "filename",
        "note": "interviewee's initials in the researcher-made file name",
    },
    {
        "category": "speaker",
        "text": "Jonsson",
        "owner": "Britt-Marie Jönsson",
        "count": 1,
        "in": "filename",
        "note": "interviewee's surname in ASCII form (for Jönsson) in the file name",
    },
    {
        "category": "speaker",
        "text": "Britt Marie",
        "owner": "Britt-Marie Jönsson",
        "count": 1,
        "note": "ASR splits the hyphenated first name",
    },
    {
        "category": "speaker",
        "text": "Britt-Marie",
        "owner": "Britt-Marie Jönsson",
        "count": 2,
        "note": "interviewee's first name (self-introduction and the researcher's thanks)",
    },
    {
        "category": "speaker",
        "text": "Jönsson",
        "owner": "Britt-Marie Jönsson",
        "count": 1,
        "note": "interviewee's surname",
    },
    {
        "category": "speaker",
        "text": "brittmarie punkt jonsson",
        "owner": "Britt-Marie Jönsson",
        "count": 1,
        "note": "local part of her e-mail as spoken; ASR joins the double name and writes Jönsson without ö",
    },
    {
        "category": "speaker",
        "text": "Mikael",
        "owner": "Mikael Sundberg",
        "count": 1,
        "note": "the researcher's first name, addressed by the interviewee",
    },
    {
        "category": "speaker",
        "text": "Michael",
        "owner": "Mikael Sundberg",
        "count": 1,
        "note": "ASR / her own other spelling of the researcher's first name",
    },
    {
        "category": "phone",
        "text": "noll åtta fyra sex fem noll noll fyra tre sju",
        "owner": "äldreboendet Lönnen (workplace)",
        "count": 1,
        "note": "the care home's office phone 08-465 004 37 spoken digit by digit; identifies the workplace",
    },
    {
        "category": "name",
        "text": "Merja",
        "owner": "Merja Heikkinen",
        "count": 6,
        "note": "colleague (assistant nurse), incl. the one in 'Merja Heikkinen'",
    },
    {
        "category": "name",
        "text": "Heikkinen",
        "owner": "Merja Heikkinen",
        "count": 1,
        "note": "colleague's surname; 'Merja Heikkinen' is cut across two cues",
    },
    {
        "category": "name",
        "text": "meria",
        "owner": "Merja Heikkinen",
        "count": 1,
        "note": "ASR lower-case mishearing of Merja",
    },
    {
        "category": "name",
        "text": "Heikinen-metoden",
        "owner": "Merja Heikkinen",
        "count": 1,
        "note": "ASR misspelling of her surname inside the team's nickname for her method",
    },
    {
        "category": "name",
        "text": "Yusuf Abdi",
        "owner": "Yusuf Abdi",
        "count": 1,
        "note": "colleague, evening coordinator",
    },
    {
        "category": "name",
        "text": "Yusuf",
        "owner": "Yusuf Abdi",
        "count": 3,
        "note": "colleague's first name (incl. the one in 'Yusuf Abdi')",
    },
    {
        "category": "name",
        "text": "Jusuf",
        "owner": "Yusuf Abdi",
        "count": 1,
        "note": "the same name as pronounced / transcribed with J",
    },
    {
        "category": "name",
        "text": "yusuf",
        "owner": "Yusuf Abdi",
        "count": 1,
        "note": "ASR lower case",
    },
    {"category": "name", "text": "Yusufs", "owner": "Yusuf Abdi", "count": 1, "note": "genitive"},
    {
        "category": "name",
        "text": "Karl Erik Blom",
        "owner": "Karl-Erik Blom",
        "count": 1,
        "note": "resident, full name with the double first name split by ASR",
    },
    {
        "category": "name",
        "text": "Karl Erik",
        "owner": "Karl-Erik Blom",
        "count": 2,
        "note": "resident's double first name without hyphen (incl. the one in the full name)",
    },
    {
        "category": "name",
        "text": "Karl-Erik",
        "owner": "Karl-Erik Blom",
        "count": 2,
        "note": "the same name with hyphen",
    },
    {
        "category": "name",
        "text": "Bloms",
        "owner": "Karl-Erik Blom",
        "count": 1,
        "note": "genitive of the resident's surname",
    },
    {
        "category": "name",
        "text": "Karl-Eriks",
        "owner": "Karl-Erik Blom",
        "count": 1,
        "note": "genitive of the resident's first name",
    },
    {
        "category": "name",
        "text": "Signe Ljungs",
        "owner": "Signe Ljung",
        "count": 1,
        "note": "resident, full name in the genitive",
    },
    {
        "category": "name",
        "text": "Signe",
        "owner": "Signe Ljung",
        "count": 2,
        "note": "resident's first name (incl. the one in 'Signe Ljungs')",
    },
    {
        "category": "name",
        "text": "signe",
        "owner": "Signe Ljung",
        "count": 1,
        "note": "ASR lower case",
    },
    {
        "category": "name",
        "text": "Signes",
        "owner": "Signe Ljung",
        "count": 2,
        "note": "genitive of the resident's first name",
    },
    {
        "category": "personnummer",
        "text": "nittonhundrafyrtiosju elva sexton femtiotre tjugosex",
        "digits": "194711165326",
        "owner": "Signe Ljung",
        "count": 1,
        "note": "resident's personnummer 19471116-5326 spoken in ASR words (Luhn ok)",
    },
    {
        "category": "birthdate",
        "text": "nittonhundrafyrtiosju elva sexton",
        "owner": "Signe Ljung",
        "count": 2,
        "note": "the date part of her personnummer (19471116) read from a note, once on its own and once inside the full number",
    },
    {
        "category": "birthdate",
        "text": "sextonde november, nittonhundrafyrtiosju",
        "owner": "Signe Ljung",
        "count": 1,
        "note": "resident's birth date spoken",
    },
    {
        "category": "name",
        "text": "Anneli",
        "owner": "Annelie (Signe Ljung's daughter)",
        "count": 1,
        "note": "relative; ASR spelling",
    },
    {
        "category": "name",
        "text": "Annelie",
        "owner": "Annelie (Signe Ljung's daughter)",
        "count": 1,
        "note": "the same relative, other spelling",
    },
    {
        "category": "plate",
        "text": "D K R fyrtiosju B",
        "owner": "Annelie (Signe Ljung's daughter)",
        "count": 1,
        "note": "the daughter's licence plate DKR 47B spelt out by ASR",
    },
    {
        "category": "name",
        "text": "Gunnar Wass",
        "owner": "Gunnar Wass",
        "count": 1,
        "note": "the interviewee's manager",
    },
    {
        "category": "name",
        "text": "Gunnar",
        "owner": "Gunnar Wass",
        "count": 2,
        "note": "manager's first name (incl. the one in 'Gunnar Wass')",
    },
]

NEGATIVES = [
    {
        "text": "aldreomsorg Skarholmen enhetschef",
        "count": 1,
        "why": "activity, place and role in the file name",
        "in": "filename",
    },
    {"text": "2025-02-18", "count": 1, "why": "recording date in the file name", "in": "filename"},
    {"text": "Skärholmen", "count": 1, "why": "district / workplace area"},
    {"text": "Dalarna", "count": 1, "why": "region"},
    {
        "text": "riktig karl",
        "count": 1,
        "why": "the noun karl (man), next to the resident Karl-Erik",
    },
    {
        "text": "ljung och blåbär",
        "count": 1,
        "why": "the noun ljung (heather), next to the resident's surname Ljung",
    },
    {"text": "i full blom", "count": 1, "why": "the noun blom (bloom), next to the surname Blom"},
    {"text": "i november", "count": 1, "why": "a month (relatives' meeting), not the birth date"},
    {"text": "i maj", "count": 1, "why": "a month"},
    {"text": "fyrtiotvå platser", "count": 1, "why": "a number of places spoken in words"},
    {"text": "nittiotvå år", "count": 1, "why": "an age, not a birth date"},
    {"text": "tjugoarton", "count": 1, "why": "a year spoken in words (when she became manager)"},
    {"text": "APT", "count": 2, "why": "arbetsplatsträff, a meeting type"},
]

EXTRA = [
    (R, "Hur fungerar nattbemanningen på Lönnen?"),
    (
        B,
        "Vi har fyra personer på natten för hela huset, och en sjuksköterska som delas med två andra boenden. Det är tunt. Om någon faller klockan tre så står de andra ensamma på sina avdelningar medan man väntar på sjuksköterskan. Jag har skrivit avvikelser om det i flera år.",
    ),
    (R, "Vad händer med avvikelserna?"),
    (
        B,
        "De hamnar i ett system och sammanställs en gång per kvartal. Sedan får vi en rapport som säger att vi ska se över bemanningen. Det vet vi redan. Det som saknas är pengar, inte analyser.",
    ),
    (R, "Har ni provat tekniska lösningar, som kameror eller sensorer?"),
    (
        B,
        "Ja, vi har nattkameror i några rum där de anhöriga har gett samtycke. Det har minskat antalet onödiga väckningar. Förut gick nattpersonalen in och tittade på alla varannan timme, och då vaknade de ju. Nu kan man titta på skärmen i stället. Karl-Eriks son var först emot, men nu tycker han att det är bra.",
    ),
    (R, "Hur reagerade personalen på kamerorna?"),
    (
        B,
        "Blandat. Några tyckte att det var övervakning av dem, inte av de boende. Vi hade långa diskussioner på APT om det. Merja var skeptisk först, men efter en månad sa hon att hon sov bättre själv på dagarna, för att hon inte oroade sig lika mycket för nätterna.",
    ),
    (R, "Hur rekryterar ni nya medarbetare?"),
    (
        B,
        "Mest genom att de som redan jobbar här tipsar sina vänner och släktingar. Det är det bästa sättet. Vi har flera syskonpar och till och med en mamma och dotter som jobbar på olika avdelningar. De som kommer via annonser stannar kortare, det är min erfarenhet. Och vi tar emot många praktikanter från vårdutbildningen, några av dem har vi anställt.",
    ),
    (R, "Vad betyder språket i rekryteringen?"),
    (
        B,
        "Det är känsligt. Vi kräver att man kan dokumentera på svenska, och det är rätt. Men jag har också sett fantastiska undersköterskor som har fått kämpa med journalen i åratal. Vi har haft språkombud och en svenskakurs på arbetstid, och det har varit guld värt. Yusuf var språkombud i två år innan han blev samordnare.",
    ),
]
TURNS[-6:-6] = EXTRA
