"""Words that start sentences as ``Word: ...`` but never name a speaker.

Swedish, English and German discourse words, pronouns and note-taking words. A label
made of one of these (``Obs:``, ``Honestly:``, ``Achtung:``) is prose, not a person.
Names that are also words (``Bo``, ``Per``, ``Mark``) are deliberately not listed.
"""

from __future__ import annotations

COMMON_WORDS = frozenset(
    """
    obs observera notera notering anteckning anteckningar kommentar citat tips varning
    viktigt sammanfattning slutsats resultat orsak problemet poängen grejen saken exempel
    uppdatering fråga frågan svaret tanke tanken alltså ärligt ärligtvis ja nej jo okej ok
    och men eller så då nu här där det den detta denna dessa vad varför hur när var vem
    vilken vilket vilka första andra tredje slutligen sen sedan också dock därför eftersom
    fortfarande bara verkligen faktiskt typ liksom precis absolut bra sant exakt alla ingen
    inget jag du han hon vi ni de dom man mig dig oss er dem kanske egentligen visst tja
    nja jaha aha oj nämligen förresten dessutom alternativ steg punkt regel tid plats datum
    note notes nb ps honestly well so okay yes no yeah yep nope right actually basically
    anyway also and but or then now here there this that these those it what why how when
    where who which example question answer update edit warning important remember summary
    conclusion result results reason problem point tip fact truth listen look wait sorry
    thanks please first second third finally next again plus however therefore because
    since still just really seriously frankly obviously clearly literally apparently fine
    good great true exactly same both all none everyone everybody someone nobody me you he
    she we they my your our their his her its lol btw fyi step rule time place date
    location topic subject agenda chapter scene part caption
    hinweis anmerkung achtung notiz ehrlich gesagt also ja nein doch gut genau und aber
    oder dann jetzt hier da das die der dies was warum wie wann wo wer welche beispiel
    frage antwort zusammenfassung wichtig ergebnis grund punkt tipp übrigens eigentlich
    natürlich klar sicher vielleicht wirklich bitte danke erstens zweitens drittens
    schließlich ich du er sie es wir ihr kapitel szene teil thema
    """.split()
)
