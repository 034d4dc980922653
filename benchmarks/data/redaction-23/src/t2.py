"""Turns of the Teams Word (.docx, newer layout) interview with a cadastral surveyor in Orsa.

Each turn is (speaker display name, [lines]); the lines of one turn are joined by
<w:br/> inside the turn's single paragraph, after the header line 'Name   M:SS'.
"""

FILE = "Intervju Lantmäteriet Orsa - Karin F.docx"
TITLE = "Intervju lantmäteri 2"
DATE = "14 oktober 2025 10:02"
DURATION = "41 min 5 s"
J = "Johan Lidén"
K = "Karin Frisk"

TURNS = [
    (
        J,
        [
            "Då kör vi. Jag heter Johan Lidén och forskar om markkonflikter vid Uppsala universitet.",
            "Kan du presentera dig?",
        ],
    ),
    (
        K,
        [
            "Karin Frisk, förrättningslantmätare på Lantmäteriet. Jag sitter i Mora men har hela Orsa och Älvdalen."
        ],
    ),
    (J, ["Vad gör en förrättningslantmätare en vanlig dag?"]),
    (
        K,
        [
            "Vi bildar och ändrar fastigheter. Avstyckningar, fastighetsregleringar, servitut.",
            "Och vi sitter mycket i möten med sakägare som inte är överens.",
        ],
    ),
    (J, ["Hur ofta är de inte överens?"]),
    (
        K,
        [
            "Oftare än man tror. Särskilt när det gäller arv.",
            "Det finns gårdar här som ägs av tolv syskonbarn och ingen av dem bor kvar.",
        ],
    ),
    (J, ["Har du något exempel du kan berätta om?"]),
    (
        K,
        [
            "Ja, ett ärende från i fjol. Syskonen Glad, Leif och Anneli, ärvde sin pappas gård i Kallmora.",
            "Fastigheten heter Orsa Kallmora 14:7. Leif ville stycka av en tomt till sin son, Anneli ville sälja allt.",
        ],
    ),
    (J, ["Och hur gick det?"]),
    (
        K,
        [
            "Det blev ett väldigt långt sammanträde. Leffe, som alla kallar honom, satt med armarna i kors hela tiden.",
            "Anneli hade med sig sin sambo Lotta, som hade skrivit ner alla frågor på ett kollegieblock.",
        ],
    ),
    (J, ["Var det svårt att vara neutral?"]),
    (
        K,
        [
            "Man försöker. Men jag blev inte glad när Leif sa att jag var köpt av Orsa Besparingsskog.",
            "Det var jag inte. Jag hade aldrig ens pratat med dem.",
        ],
    ),
    (J, ["Vad hade besparingsskogen med saken att göra?"]),
    (
        K,
        [
            "De äger marken runt omkring, och Leif trodde att de ville åt skogsvägen.",
            "Anneli Glads advokat hade dessutom skickat ett brev där det stod att gränsen varit fel sedan 1962.",
        ],
    ),
    (J, ["Stämde det?"]),
    (
        K,
        [
            "Delvis. Gränsmärket vid bäcken hade flyttats, troligen när de byggde om vägen.",
            "Vi hittade det gamla röset med metalldetektor.",
        ],
    ),
    (J, ["Hur kom ni vidare?"]),
    (
        K,
        [
            "Vi delade upp det. Först en fastighetsreglering, sen avstyckningen.",
            "Sonen, han heter Viktor, fick sin tomt på tre tusen kvadratmeter.",
            "Han bor där nu, på Kallmoravägen 31, i ett nytt hus.",
        ],
    ),
    (J, ["Och Anneli?"]),
    (
        K,
        [
            "Hon sålde sin del till en familj från Göteborg. Leif pratar fortfarande inte med henne, har jag hört.",
            "Det gör ont att höra, för det är ju mina grannar på sätt och vis.",
        ],
    ),
    (J, ["Du bor själv i närheten?"]),
    (
        K,
        [
            "Jag bor i Hansjö. Min man Stefan är uppvuxen i Kallmora, så hans kusiner känner Leif.",
            "Och leifs fru ringde faktiskt hem till oss en söndag.",
        ],
    ),
    (J, ["Hur hanterade du det?"]),
    (
        K,
        [
            "Jag sa att jag inte kunde prata om ärendet och att hon fick ringa mitt tjänstenummer, 070-174 06 71.",
            "Det kändes hårt men det var rätt.",
        ],
    ),
    (J, ["Finns det regler för hur nära man får stå sakägarna?"]),
    (
        K,
        [
            "Jävsreglerna i förvaltningslagen. Om jag hade varit släkt hade jag lämnat ärendet till en kollega.",
            "Nu var det bara bekantskap.",
        ],
    ),
    (J, ["Har det hänt att du lämnat ifrån dig ärenden?"]),
    (
        K,
        [
            "En gång. Det gällde min faster Solbritt Frisk, hon ville lösa in ett servitut för en brygga.",
            "Då tog Mikael Ersson i Falun över.",
        ],
    ),
    (J, ["Hur reagerade hon?"]),
    (
        K,
        [
            "Hon tyckte att jag var fånig. Men hon är frisk som en nötkärna vid nittiotvå, så hon överlevde."
        ],
    ),
    (J, ["Vilka handlingar får du in i ett sådant ärende?"]),
    (
        K,
        [
            "Ansökan, köpekontrakt, bouppteckning.",
            "I bouppteckningen efter deras pappa, Nils-Erik Glad, stod hans personnummer, 380417-7719,",
            "och alla arvingars adresser.",
        ],
    ),
    (J, ["Och vem ser de handlingarna?"]),
    (
        K,
        [
            "Alla sakägare. Det mesta är ju offentligt. Men personnummer maskar vi numera i protokollet som skickas ut."
        ],
    ),
    (J, ["Hur kommunicerar ni med sakägarna?"]),
    (
        K,
        [
            "Brev och mejl. Min adress är karin.frisk@lm.se.",
            "Många äldre vill ändå ringa, och några kommer in på kontoret med kaffebröd.",
        ],
    ),
    (J, ["Har någon konflikt gjort dig rädd?"]),
    (
        K,
        [
            "En gång. En man i Stackmora, Roland, jag säger bara förnamnet, ställde sig vid min bil efter ett möte.",
            "Han hade parkerat sin vita pickup, MKS 90F, tvärs framför min. Jag ringde Stefan och satt kvar tills han kom.",
        ],
    ),
    (J, ["Anmälde du det?"]),
    (
        K,
        [
            "Ja, till polisen och till vår säkerhetssamordnare. Det blev inget mer. Roland har flyttat till Norge nu."
        ],
    ),
    (J, ["Hur är det att arbeta på en liten ort?"]),
    (
        K,
        [
            "Jag älskar det. Men man är aldrig ledig.",
            "På Orsa marknad kom Anneli fram och ville prata gränsrösen mellan korvstånden.",
        ],
    ),
    (J, ["Finns det något du önskar var annorlunda?"]),
    (
        K,
        [
            "Att folk skrev testamenten. Hälften av mina tvister hade aldrig uppstått om någon hade skrivit ett papper.",
            "Selma Lagerlöf hade ordning på Mårbacka, hon.",
        ],
    ),
    (J, ["En sista fråga: vad kostar en förrättning?"]),
    (
        K,
        [
            "En enkel avstyckning kostar runt 30 000 kronor.",
            "Ärendet i Kallmora landade på drygt 140 000 kronor, och det delade syskonen på.",
        ],
    ),
    (J, ["Tack Karin, det här var väldigt intressant."]),
    (K, ["Tack själv. Hälsa till Uppsala."]),
]
