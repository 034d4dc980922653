"""Turns of the plain-text interview with a study and careers adviser at Komvux in Ovanåker.

Each turn is (speaker, text); build.py writes '[HH:MM:SS] Name: text', one paragraph
per turn with a blank line between turns (a researcher's typed-up transcript).
"""

FILE = "SYV Edsbyn intervju - vinter a 2025-11-04.txt"
M = "Malin Forsgren"
A = "Anders Vinter"

TURNS = [
    (
        M,
        "Då har inspelningen startat. Jag är Malin Forsgren från Högskolan i Gävle, och det här är den fjärde "
        "intervjun om vuxenutbildning på landsbygden.",
    ),
    (
        A,
        "Anders Vinter heter jag, studie- och yrkesvägledare på Komvux i Ovanåker. Vi sitter i Lärcentrum i Edsbyn.",
    ),
    (M, "Vad gör du mest av på en vanlig dag?"),
    (
        A,
        "Samtal. Jag har ungefär tvåhundra elever och många är nyanlända eller har varit borta från skolan länge. "
        "Sen CSN-frågor, betyg, validering.",
    ),
    (M, "Kan du beskriva en elev som du tänker på?"),
    (
        A,
        "Pim, hon heter egentligen Supaporn Chaiyasit men alla säger Pim. Hon kom från Thailand för åtta år sedan "
        "och jobbar på ett äldreboende i Alfta. Hon vill bli sjuksköterska.",
    ),
    (M, "Vad står i vägen för henne?"),
    (
        A,
        "Matten. Och tiden. Hon har två barn, och hennes man, Roger, jobbar skift på sågen. "
        "Pims dotter heter Ellen och går i trean.",
    ),
    (M, "Hur stöttar ni henne?"),
    (
        A,
        "Vi har lagt upp en studieplan på fyra år. I vinter läser hon Matematik 1a på distans, och till våren svenska. "
        "Hon skickade sitt CV till mig i en fil som hette CV_supaporn_chaiyasit_2025.docx, och jag rättade stavfelen.",
    ),
    (M, "Hur vanligt är det att eleverna jobbar samtidigt?"),
    (
        A,
        "Nästan alla. Och många har barn. Agnieszka Wrona till exempel, hon är undersköterska och ensamstående med "
        "tre barn. Hon läste in hela gymnasiet på kvällarna. Agnieszkas äldsta son hjälpte henne med engelskan.",
    ),
    (M, "Hur gick det för henne?"),
    (
        A,
        "Hon kom in på sjuksköterskeprogrammet i Gävle i höstas. Hon skickade ett sms och skrev bara: Jag kom in! "
        "Med sju utropstecken.",
    ),
    (M, "Hur kommunicerar du med eleverna?"),
    (
        A,
        "Mest via Itslearning. Och mejl, min adress är anders.vinter@ovanaker.se. Och mobilen, 070-174 06 84. "
        "Många föredrar sms.",
    ),
    (M, "Stöter du på eleverna utanför jobbet?"),
    (
        A,
        "Jämt. Edsbyn är litet. Jag spelar bandy med Edsbyns IF:s veteraner, och Hamid, en av mina elever, "
        "är materialare där. Hamid Rezaei. Han kom som ensamkommande 2015.",
    ),
    (M, "Vad läser han?"),
    (
        A,
        "Han läser till elektriker, ett yrkespaket på ett och ett halvt år. hamids handledare på praktiken, "
        "Conny på elfirman, ringer mig varje vecka och berömmer honom.",
    ),
    (M, "Hur ser samarbetet ut med Arbetsförmedlingen?"),
    (
        A,
        "Blandat. De skickar elever från etableringen, men handläggarna byts ut ofta. Just nu heter vår kontakt "
        "Lejla Hodžić, hon sitter i Bollnäs och är jättebra.",
    ),
    (M, "Finns det elever du oroar dig för?"),
    (
        A,
        "Ja. En ung kille, Linus, som bor hos sin mormor i Viksjöfors. Han är nitton och har inga betyg från "
        "högstadiet. Mormor Maj-Lis ringde mig och grät. Han hade inte gått upp ur sängen på tre veckor.",
    ),
    (M, "Vad gjorde du?"),
    (
        A,
        "Jag åkte hem till dem. De bor på Bruksgatan 3, i ett gult hus. Linus satt och spelade Minecraft. "
        "Vi pratade om spel i en timme och sen om att bli spelutvecklare.",
    ),
    (M, "Hur gick det sen?"),
    (
        A,
        "Han läser programmering nu, och han har inte missat en lektion sedan jul. Maj-Lis skickar hälsningar "
        "via min mamma, de sjunger i samma kör.",
    ),
    (M, "Du nämnde validering. Vad innebär det här?"),
    (
        A,
        "Att vi kartlägger vad folk redan kan. En man från Eritrea, Tesfay, hade jobbat som svetsare i femton år. "
        "Vi fick honom validerad hos en svetsfirma i Hedemora. På hans papper från Skatteverket stod "
        "samordningsnumret 870672-3155, så det fick jag skriva in i ansökan.",
    ),
    (M, "Vad händer när man inte får ihop ekonomin under studierna?"),
    (
        A,
        "Då blir det CSN eller försörjningsstöd. Studiestartsstödet har varit en räddning för några. "
        "Men det är krångligt, jag sitter ofta bredvid och hjälper dem fylla i på Mina sidor.",
    ),
    (M, "Hur påverkar det lilla samhället arbetet?"),
    (
        A,
        "Allt hänger ihop. Min fru Johanna är rektor på Runemoskolan, så många av mina elevers barn går hos henne. "
        "Man får vara noga med vad man säger hemma.",
    ),
    (M, "Har du fått några märkliga frågor?"),
    (
        A,
        "En elev frågade om man kunde läsa till astronaut på Komvux. Jag sa att det bara är att läsa fysik och "
        "hoppas, som Christer Fuglesang. Han blev glad.",
    ),
    (M, "Vad tycker du att kommunen borde satsa på?"),
    (
        A,
        "Yrkesutbildning på orten, så att folk inte behöver pendla till Bollnäs. Och barnomsorg på kvällstid. "
        "Det hade hjälpt både Agnieszka och Pim.",
    ),
    (M, "Finns det något du vill tillägga?"),
    (
        A,
        "Bara att jag är stolt över dem. Nu i vinter tar trettio av våra elever examen, fler än någonsin.",
    ),
    (M, "Tack Anders, det var väldigt givande."),
    (A, "Tack själv, Malin. Hör av dig om du vill ha mer."),
]
