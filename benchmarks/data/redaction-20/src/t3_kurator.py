"""File 3: Teams Word .docx, newer layout; a skolkurator at a högstadieskola in Partille.

Teams' default download name 'Möte i <titel> - transkription' carries the title the
researcher gave the meeting, with the interviewee's initials and surname.
"""

FILE = "Möte i Kuratorsintervju AK Lundqvist - transkription.docx"
FORMAT = "docx_new"
TITLE = "Kuratorsintervju AK Lundqvist"
DATE_LINE = "9 april 2025 10:15"
DURATION_LINE = "51 min 36 s"
STARTER = "Sofia Bergkvist"
R = "Sofia Bergkvist"
A = "Anna-Karin Lundqvist"

TURNS = [
    (R, "Då är transkriberingen igång. Välkommen, och tack för att du ställer upp."),
    (A, "Tack, roligt att vara med. Jag hoppas att jag har något vettigt att säga."),
    (R, "Det har du säkert. Kan du börja med att presentera dig?"),
    (
        A,
        "Ja, jag heter anna karin, eh, Anna-Karin Lundqvist, och jag är skolkurator på en högstadieskola i Partille. Alla kallar mig AK, det är bara mamma som säger Anna-Karin.",
    ),
    (R, "Hur länge har du jobbat som kurator?"),
    (
        A,
        "I elva år, varav sex på den här skolan. Innan dess var jag på socialtjänsten, så jag har sett en del av det som händer när det går riktigt snett för ungdomar.",
    ),
    (R, "Hur ser en vanlig dag ut för dig?"),
    (
        A,
        "Det finns ingen vanlig dag, det är det som är grejen. Jag har bokade samtal på förmiddagen, oftast tre eller fyra, och sedan är det akuta saker resten av dagen. Någon gråter i korridoren, någon har blivit hotad på Snapchat, någon har inte varit i skolan på två veckor.",
    ),
    (R, "Hur många elever går på skolan?"),
    (
        A,
        "Ungefär fyrahundrafemtio. Och vi är en kurator, en skolsköterska och en psykolog på halvtid. Så det räcker inte, det är inget att hymla om.",
    ),
    (R, "Kan du beskriva hur elevhälsoteamet arbetar?"),
    (
        A,
        "Vi har möte varje tisdag med rektorn, Per Anders Hägg. Då går vi igenom elever som mentorerna har anmält. Per-Anders är bra på att fördela, han vet vem som ska göra vad. Häggs största fördel är att han faktiskt lyssnar.",
    ),
    (R, "Vad är det vanligaste som kommer upp?"),
    (
        A,
        "Frånvaro. Det är nästan alltid frånvaro i botten. Och bakom frånvaron finns allt möjligt, ångest, mobbning, en förälder som är sjuk, en familj som inte har råd med busskort.",
    ),
    (R, "Har du något exempel som du kan berätta om utan att det blir för detaljerat?"),
    (
        A,
        "Ja, jag kan ta ett. Det är en kille i åttan, Mohammed. Eller Mohamed, jag vet inte hur Teams skriver det. Han började komma allt mer sällan i höstas, och mentorn märkte att han slutade lämna in uppgifter.",
    ),
    (R, "Hur kom du i kontakt med honom?"),
    (
        A,
        "Hans mentor, Malin Vinter, bad mig prata med honom. Malin är fantastisk på att se sådant tidigt. Vinters klass är den med lägst frånvaro på skolan, och det är inte en slump.",
    ),
    (R, "Vad visade det sig vara?"),
    (
        A,
        "Han tog hand om sina småsyskon. Mamman hade fått ett nattjobb och pappan var inte med i bilden. Muhammad, alltså samma kille, han sa det inte rakt ut, men det kom fram efter några samtal.",
    ),
    (R, "Hur gick du vidare?"),
    (
        A,
        "Jag ringde mamman. Hon har nummer noll tre ett tre nio noll noll sex fem tre, jag har det fortfarande i telefonen. Vi pratade länge. Hon skämdes, tror jag, men hon ville verkligen att han skulle klara skolan.",
    ),
    (R, "Kunde skolan göra något?"),
    (
        A,
        "Vi fick till en anpassning så att han började senare på morgonen två dagar i veckan. Och socialtjänsten gick in med stöd till familjen. Nu är han där nästan varje dag. Mohammeds betyg i matte gick från F till C på en termin.",
    ),
    (R, "Det låter som en solskenshistoria."),
    (
        A,
        "Den är det, men det finns lika många som inte går bra. Och jag vill inte att det ska se ut som att det är jag som har löst det. Det var Malin som såg det, och mamman som gjorde jobbet.",
    ),
    (R, "Finns det frågor om religion och kultur som du möter i arbetet?"),
    (
        A,
        "Ja, men mindre än man tror. Vi hade en diskussion i en nia när några elever skulle vara lediga för profeten Muhammeds födelsedag, och en lärare visste inte vad det var. Då fick eleverna förklara, och det blev en jättefin lektion.",
    ),
    (R, "Om vi pratar om sociala medier, hur påverkar de ditt arbete?"),
    (
        A,
        "Enormt. Nästan alla konflikter börjar eller fortsätter på nätet. Jag hade ett ärende i vintras med en tjej i sjuan, Jessica, som blev uthängd på ett konto.",
    ),
    (R, "Vad hände då?"),
    (
        A,
        "Någon hade lagt upp bilder på henne och skrivit elaka saker. Hennes eget konto är jessan punkt k noll sju, och folk taggade henne så att alla hennes följare såg det. Jessika, alltså Jessica, kom till mig helt förstörd.",
    ),
    (R, "Hur hanterade ni det?"),
    (
        A,
        "Vi gjorde en polisanmälan tillsammans med hennes pappa. Och vi pratade med klassen. Men det är svårt, för man vet sällan vem som ligger bakom. Jessikas pappa var väldigt arg på skolan i början, och det förstår jag.",
    ),
    (R, "Blev det bättre?"),
    (
        A,
        "Ja, kontot försvann efter några veckor. Och jessika har bytt klass nu. Hon verkar må bättre. Vi ses fortfarande varannan vecka.",
    ),
    (R, "Hur dokumenterar du dina samtal?"),
    (
        A,
        "I elevhälsojournalen. Där skriver jag kort, vad vi pratade om och vad vi kom överens om. Men ibland får jag frågor på telefon där folk läser upp personnummer helt öppet. En socialsekreterare ringde mig och sa noll nio noll åtta tjugosju trettiofem sextioåtta, rakt ut, utan att ens fråga vem jag var.",
    ),
    (R, "Vad tänker du om det?"),
    (
        A,
        "Att vi behöver bli bättre allihop. Jag ber alltid att få ringa tillbaka på växeln. Det kan ju vara vem som helst som ringer.",
    ),
    (R, "Har det hänt att uppgifter har hamnat fel?"),
    (
        A,
        "En gång skickade en lärare ett mejl till hela arbetslaget med en elevs hemadress, Furuvägen nitton a, eftersom han ville att någon skulle köra förbi med läxor. Det var välment, men det gick till tjugo personer.",
    ),
    (R, "Hur fick du veta det?"),
    (
        A,
        "Jag var en av de tjugo. Jag pratade med rektorn och vi tog fram en rutin. Nu går sådant via mig eller via skolsköterskan.",
    ),
    (R, "Hur samarbetar du med skolsköterskan?"),
    (
        A,
        "Mycket nära. Hon heter Lejla, Lejla Hodžić, och vi sitter vägg i vägg. Teams brukar skriva Leila, med i. Vi har en egen kod när vi behöver prata ostört, då knackar hon två gånger.",
    ),
    (R, "Och med psykologen?"),
    (
        A,
        "Han är bara här på tisdagar och torsdagar. Det blir mycket korridorsmöten. Men han är bra på att ge råd när jag är osäker på om något ska vidare till BUP.",
    ),
    (R, "Vad tycker du är det svåraste med ditt jobb?"),
    (
        A,
        "Att säga nej. Jag har en lista med elever som vill prata och jag hinner inte med alla. Ibland känns det som att jag sorterar barn, och det är en fruktansvärd känsla.",
    ),
    (R, "Hur tar du hand om dig själv?"),
    (
        A,
        "Jag springer. Längs ån, varje morgon när det är ljust. Och i vinter har jag gått på handledning med en extern handledare, det har hjälpt. Jag har slutat läsa mejl på helgerna.",
    ),
    (R, "Om en ny kurator började på skolan i morgon, vad skulle du säga till henne eller honom?"),
    (
        A,
        "Bygg relationer med mentorerna först. Det är de som ser eleverna varje dag. Och var inte rädd för att ringa föräldrarna, de flesta vill väl.",
    ),
    (R, "Hur når mentorerna dig?"),
    (
        A,
        "Via Teams eller mejl. anna karin punkt lundqvist snabel-a partille punkt se. Det står på hemsidan också, så det är ingen hemlighet. Men i rapporten vill jag helst inte synas.",
    ),
    (
        R,
        "Självklart, det avidentifieras. Vi har nästan gått igenom allt jag hade tänkt. Något du vill tillägga?",
    ),
    (
        A,
        "Kanske att jag har världens bästa jobb, trots allt. När en elev som Mohamed kommer förbi i korridoren och säger hej, då vet jag varför jag håller på.",
    ),
    (
        R,
        "Det är ett fint sätt att avsluta. Tack så mycket, Annakarin, eller AK kanske jag ska säga.",
    ),
    (A, "AK går bra. Och Lundkvist med k, som Teams skriver, går också bra, haha. Tack själv."),
    (R, "Då stänger jag av här."),
]

ITEMS = [
    {
        "category": "speaker",
        "text": "AK",
        "owner": "Anna-Karin Lundqvist",
        "count": 1,
        "in": "filename",
        "note": "interviewee's initials (also her nickname) in the Teams default file name",
    },
    {
        "category": "speaker",
        "text": "Lundqvist",
        "owner": "Anna-Karin Lundqvist",
        "count": 1,
        "in": "filename",
        "note": "interviewee's surname in the file name",
    },
    {
        "category": "speaker",
        "text": "anna karin",
        "owner": "Anna-Karin Lundqvist",
        "count": 2,
        "note": "ASR lower case, hyphen lost: hesitant self-introduction and the local part of the spoken e-mail",
    },
    {
        "category": "speaker",
        "text": "Anna-Karin",
        "owner": "Anna-Karin Lundqvist",
        "count": 2,
        "note": "interviewee's first name",
    },
    {
        "category": "speaker",
        "text": "Lundqvist",
        "owner": "Anna-Karin Lundqvist",
        "count": 1,
        "note": "interviewee's surname (the lower-case one is in the e-mail)",
    },
    {
        "category": "speaker",
        "text": "lundqvist",
        "owner": "Anna-Karin Lundqvist",
        "count": 1,
        "note": "surname in lower case in the spoken e-mail",
    },
    {
        "category": "speaker",
        "text": "Lundkvist",
        "owner": "Anna-Karin Lundqvist",
        "count": 2,
        "note": "ASR spelling of her surname (in the threatening father's shouting and in her own comment)",
    },
    {
        "category": "speaker",
        "text": "Annakarin",
        "owner": "Anna-Karin Lundqvist",
        "count": 1,
        "note": "ASR joins the double name into one word",
    },
    {
        "category": "speaker",
        "text": "Anna Karin",
        "owner": "Anna-Karin Lundqvist",
        "count": 1,
        "note": "ASR drops the hyphen ('Anna Karin Lundkvist', shouted by a father)",
    },
    {
        "category": "speaker",
        "text": "AK",
        "owner": "Anna-Karin Lundqvist",
        "count": 3,
        "note": "her initials used as a nickname",
    },
    {
        "category": "email",
        "text": "anna karin punkt lundqvist snabel-a partille punkt se",
        "owner": "Anna-Karin Lundqvist",
        "count": 1,
        "note": "her work e-mail anna-karin.lundqvist@partille.se as spoken",
    },
    {
        "category": "name",
        "text": "Per Anders Hägg",
        "owner": "Per-Anders Hägg",
        "count": 1,
        "note": "the head teacher, double name split by ASR",
    },
    {
        "category": "name",
        "text": "Per-Anders",
        "owner": "Per-Anders Hägg",
        "count": 2,
        "note": "head teacher's first name with hyphen",
    },
    {
        "category": "name",
        "text": "Häggs",
        "owner": "Per-Anders Hägg",
        "count": 1,
        "note": "genitive of the head teacher's surname",
    },
    {
        "category": "name",
        "text": "Mohammed",
        "owner": "Mohammed (pupil)",
        "count": 1,
        "note": "pupil in year 8",
    },
    {
        "category": "name",
        "text": "Mohamed",
        "owner": "Mohammed (pupil)",
        "count": 2,
        "note": "the same pupil, ASR / other spelling",
    },
    {
        "category": "name",
        "text": "Muhammad",
        "owner": "Mohammed (pupil)",
        "count": 1,
        "note": "the same pupil, a third spelling ('alltså samma kille')",
    },
    {
        "category": "name",
        "text": "Mohammeds",
        "owner": "Mohammed (pupil)",
        "count": 1,
        "note": "genitive of the pupil's name",
    },
    {
        "category": "phone",
        "text": "noll tre ett tre nio noll noll sex fem tre",
        "owner": "Mohammed's mother",
        "count": 1,
        "note": "the pupil's mother's phone 031-390 06 53 spoken digit by digit",
    },
    {
        "category": "name",
        "text": "Malin Vinter",
        "owner": "Malin Vinter",
        "count": 1,
        "note": "teacher (mentor)",
    },
    {
        "category": "name",
        "text": "Malin",
        "owner": "Malin Vinter",
        "count": 3,
        "note": "teacher's first name (incl. the one in 'Malin Vinter')",
    },
    {
        "category": "name",
        "text": "Vinters",
        "owner": "Malin Vinter",
        "count": 1,
        "note": "genitive of the teacher's surname",
    },
    {
        "category": "name",
        "text": "Jessica",
        "owner": "Jessica (pupil)",
        "count": 2,
        "note": "pupil in year 7",
    },
    {
        "category": "name",
        "text": "Jessika",
        "owner": "Jessica (pupil)",
        "count": 1,
        "note": "ASR spelling, corrected by the speaker",
    },
    {
        "category": "name",
        "text": "jessika",
        "owner": "Jessica (pupil)",
        "count": 1,
        "note": "ASR lower-case misspelling",
    },
    {
        "category": "name",
        "text": "Jessikas",
        "owner": "Jessica (pupil)",
        "count": 1,
        "note": "ASR-spelt genitive",
    },
    {
        "category": "handle",
        "text": "jessan punkt k noll sju",
        "owner": "Jessica (pupil)",
        "count": 1,
        "note": "her social-media handle jessan.k07 as spoken",
    },
    {
        "category": "personnummer",
        "text": "noll nio noll åtta tjugosju trettiofem sextioåtta",
        "digits": "0908273568",
        "owner": "a pupil (read out by a caller)",
        "count": 1,
        "note": "personnummer 090827-3568 spoken in ASR words (Luhn ok)",
    },
    {
        "category": "address",
        "text": "Furuvägen nitton a",
        "owner": "a pupil",
        "count": 1,
        "note": "a pupil's home address, number spoken",
    },
    {
        "category": "name",
        "text": "Lejla",
        "owner": "Lejla Hodžić",
        "count": 2,
        "note": "school nurse (incl. the one in 'Lejla Hodžić')",
    },
    {
        "category": "name",
        "text": "Hodžić",
        "owner": "Lejla Hodžić",
        "count": 1,
        "note": "school nurse's surname",
    },
    {
        "category": "name",
        "text": "Leila",
        "owner": "Lejla Hodžić",
        "count": 1,
        "note": "ASR spelling of Lejla",
    },
]

NEGATIVES = [
    {
        "text": "Möte i Kuratorsintervju",
        "count": 1,
        "why": "Teams default title words, in the file name",
        "in": "filename",
    },
    {"text": "Partille", "count": 1, "why": "municipality (the one outside the e-mail)"},
    {
        "text": "profeten Muhammeds födelsedag",
        "count": 1,
        "why": "the prophet's birthday (a holiday), not the pupil",
    },
    {
        "text": "i vinter",
        "count": 1,
        "why": "the noun vinter (winter), next to the teacher's surname Vinter",
    },
    {"text": "i vintras", "count": 1, "why": "adverb (last winter)"},
    {"text": "BUP", "count": 1, "why": "child psychiatry, an organisation"},
    {"text": "Snapchat", "count": 1, "why": "a platform, not a handle"},
    {"text": "fyrahundrafemtio", "count": 1, "why": "number of pupils spoken in words"},
    {"text": "F till C", "count": 1, "why": "grades"},
    {"text": "elva år", "count": 1, "why": "a duration"},
]

EXTRA = [
    (R, "Hur ser samarbetet med socialtjänsten ut från ditt håll?"),
    (
        A,
        "Det har blivit bättre. Förut kändes det som att vi skickade orosanmälningar ut i ett svart hål. Nu har vi en kontaktperson på barn och unga som vi träffar en gång i månaden, och hon berättar åtminstone om de har inlett en utredning eller inte. Det gör stor skillnad för mig när jag ska möta eleven dagen efter.",
    ),
    (R, "Vad är det svåraste med orosanmälningar?"),
    (
        A,
        "Att föräldrarna ofta förstår att det är skolan som har anmält. Och då kan relationen till hemmet gå sönder. Jag försöker alltid berätta för föräldrarna innan, om det inte finns risk för barnet. Det är jobbiga samtal, men jag tror att det är mer ärligt.",
    ),
    (R, "Har du varit med om att det har gått riktigt illa?"),
    (
        A,
        "En gång kom en pappa till skolan och var väldigt hotfull. Han stod i receptionen och skrek mitt namn, Anna Karin Lundkvist, om och om igen. Rektorn fick ringa polisen. Efter det har vi rutiner för hot, och jag sitter inte längre med fönstret mot parkeringen.",
    ),
    (R, "Hur påverkade det dig?"),
    (
        A,
        "Jag sov dåligt i några veckor. Men jag fick bra stöd, både från Per-Anders och från företagshälsovården. Och eleverna märkte ingenting, tror jag. Det var viktigt för mig att de inte skulle bli rädda.",
    ),
    (R, "Hur arbetar ni förebyggande, alltså innan något har hänt?"),
    (
        A,
        "Vi har livskunskap på schemat i alla årskurser en gång i veckan. Där pratar vi om relationer, sex, alkohol, nätet, sådant. Jag är med på en del lektioner, och det gör att eleverna känner igen mig när de väl behöver komma till mig. Det är nästan det viktigaste, att man inte är en främling den dagen det är kris.",
    ),
    (R, "Hur tar eleverna emot de lektionerna?"),
    (
        A,
        "Sjuorna fnissar och niorna himlar med ögonen, men de lyssnar. Ibland kommer någon fram efteråt och frågar något som de inte vill säga inför klassen. Det är då jag vet att det fungerar.",
    ),
]
TURNS[-7:-7] = EXTRA
