"""Code the sample study and write the shipped codings and memos files.

The decisions below are the sample study's analysis, made by reading every interviewee
turn of both transcripts against ``codebooks/samsjuklighet.yaml``. Turns not listed were
read and judged to carry no theme (greetings, consent, technical talk, presentations
and plain facts such as case numbers). The second coder's decisions are read from
``transcripts/source/coder2.json``: an independent coding of every interviewee turn of
both transcripts, made blind to the first (its ``source`` field says where it came
from). Running the script applies the decisions through qualkod's own coding API in a
temporary project and exports:

* ``transcripts/codings.csv`` - the main coder (``kodare1``), both transcripts;
* ``transcripts/codings-coder2.csv`` - the independent second coder (``kodare2``), both
  transcripts, for the agreement feature;
* ``transcripts/memos.yaml`` - memos on each theme and each theme x concept link, and
  the study's conclusions.

Each coder's codings carry a fixed time (``created_at``), so that the files are the same
on every run.

    python transcripts/build_codings.py
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from qualkod.coding import add_coding, add_link, add_memo, codings, export_codings  # noqa: E402
from qualkod.coding.memos_file import export_memos  # noqa: E402
from qualkod.importing import import_files  # noqa: E402
from qualkod.models import Codebook, Role  # noqa: E402
from qualkod.project import init_project, turns, use_codebook  # noqa: E402
from qualkod.store import Project, open_project  # noqa: E402
from qualkod.store import codings as coding_store  # noqa: E402

INTERVIEW, FOCUS = "1", "2"
ALL = None  # code the whole turn

# When each coder's decisions were made: kodare1 coded the sample study on 2026-11-23;
# kodare2's time is in coder2.json.
KODARE1_AT = "2026-11-23T08:16:45+00:00"

# (transcript, turn, code, exact text or ALL, featured, memo)
KODARE1 = [
    (
        INTERVIEW,
        10,
        "samarbete",
        "Då ska man ju få till en kontakt med psykiatrin, och där börjar det ofta att skava.",
        False,
        "",
    ),
    (
        INTERVIEW,
        12,
        "ansvar_skjuts_undan",
        "Regionen backar liksom undan och säger att det här är ett missbruksärende, och då blir det vi som får bära hela ärendet fast det egentligen ligger på deras bord.",
        True,
        "Tydligaste bilden av hur ansvaret glider över till kommunen.",
    ),
    (
        INTERVIEW,
        12,
        "ansvar_skjuts_undan",
        "Alltså, det jag upplever är att psykiatrin gärna vill att personen ska vara nykter eller drogfri innan de tar emot för en utredning. Och vi säger att personen inte kan bli drogfri förrän psykiatrin har tagit hand om ångesten eller vad det nu är. Så det blir ett moment tjugotvå.",
        False,
        "",
    ),
    (
        INTERVIEW,
        14,
        "ansvar_skjuts_undan",
        "Vi har sökt akut med honom flera gånger och blivit hemskickade med beskedet att han ska kontakta socialtjänsten. Men vi är ju socialtjänsten.",
        False,
        "",
    ),
    (
        INTERVIEW,
        14,
        "annans_uppgift",
        "Till slut fick vår behandlare åka med honom till hälsocentralen och sitta kvar tills läkaren skrev en remiss. Det är ju inte vår uppgift egentligen, men annars hade ingen gjort det.",
        True,
        "",
    ),
    (
        INTERVIEW,
        16,
        "ansvar_pa_papperet",
        "Nyanställda får den i sin introduktionspärm, men ärligt talat vet jag inte hur många som öppnar den.",
        False,
        "",
    ),
    (
        INTERVIEW,
        18,
        "samordning",
        ALL,
        False,
        "Planen som gemensamt språk och något att hänvisa till.",
    ),
    (
        INTERVIEW,
        20,
        "samarbete",
        "I praktiken är det mer personberoende. Om man råkar ha en bra kontakt med en viss sjuksköterska på psykiatrisk öppenvård så funkar det fint.",
        False,
        "",
    ),
    (
        INTERVIEW,
        20,
        "ansvar_pa_papperet",
        "Planen har inte riktigt satt sig i organisationen, varken hos oss eller hos regionen. Det är eldsjälar som håller ihop det och inte strukturerna.",
        True,
        "",
    ),
    (INTERVIEW, 22, "ansvar_skjuts_undan", ALL, False, ""),
    (
        INTERVIEW,
        24,
        "ansvar_skjuts_undan",
        "Ingen vill riktigt äga de ärendena. Vi gör det vi kan inom ramen för vårt uppdrag, men vi kan inte medicinera, vi kan inte utreda neuropsykiatriskt. Och regionen pekar tillbaka på missbruket. Det är där de hamnar, i glappet mellan oss.",
        True,
        "Glappet mellan huvudmännen beskrivs som en plats där personer hamnar.",
    ),
    (INTERVIEW, 26, "samordning", ALL, False, ""),
    (
        INTERVIEW,
        28,
        "samarbete",
        "Då sitter alla runt samma bord, personen själv också, och man gör en plan där det står vem som gör vad och när vi ska följa upp.",
        False,
        "",
    ),
    (
        INTERVIEW,
        28,
        "ansvar_skjuts_undan",
        "Men det är svårt att få regionen att komma. Ibland tackar de nej med hänvisning till att personen inte är aktuell hos dem.",
        False,
        "",
    ),
    (INTERVIEW, 30, "forutsattningar", ALL, False, ""),
    (
        INTERVIEW,
        32,
        "annans_uppgift",
        ALL,
        True,
        "Det yttersta ansvaret gör att kommunen inte kan säga nej.",
    ),
    (INTERVIEW, 34, "samordning", ALL, False, ""),
    (
        INTERVIEW,
        36,
        "samordning",
        "Vi har haft några fall där utskrivningen från HVB blev väldigt hastig och det saknades en plan för eftervården.",
        False,
        "",
    ),
    (
        INTERVIEW,
        38,
        "forhoppningar_och_oro",
        "Det är logiskt att samla behandlingen på ett ställe så att personen inte behöver gå mellan två huvudmän. Å andra sidan är jag orolig.",
        False,
        "",
    ),
    (
        INTERVIEW,
        38,
        "ansvar_pa_papperet",
        "Reformen har ju varit på gång i flera år, utredningen kom för länge sedan, och det händer fortfarande väldigt lite. Regionen verkar inte ha börjat bygga upp det som behövs.",
        False,
        "",
    ),
    (INTERVIEW, 40, "oro_for_kapacitet", ALL, True, ""),
    (INTERVIEW, 42, "forutsattningar", ALL, True, ""),
    (
        INTERVIEW,
        44,
        "forhoppningar_och_oro",
        "Jag är rädd att man tror att problemet är löst bara för att behandlingen har flyttats. Det är det inte, glappet flyttar bara till ett annat ställe.",
        True,
        "",
    ),
    (
        INTERVIEW,
        44,
        "forutsattningar",
        "Så även efter reformen kommer vi att ha en stor del av ansvaret, och då måste gränsytan mellan oss fungera ännu bättre än i dag.",
        False,
        "",
    ),
    (INTERVIEW, 46, "forutsattningar", ALL, False, ""),
    (
        INTERVIEW,
        48,
        "sammanhallna_team",
        "Hos oss har vi redan börjat slå ihop vuxenenheten och socialpsykiatrin till ett team, så att en person med samsjuklighet bara har en kontakt hos kommunen och inte fyra olika handläggare.",
        True,
        "",
    ),
    (
        INTERVIEW,
        48,
        "over_granser",
        "Vi har också börjat jobba mer över åldersgränserna, så att unga vuxna som fyller arton inte tappas bort när de lämnar barn och unga.",
        False,
        "",
    ),
    (
        INTERVIEW,
        50,
        "sammanhallna_team",
        ALL,
        False,
        "Omorganisationen växte fram ur ett enskilt ärende.",
    ),
    (INTERVIEW, 52, "fall_till_fall", ALL, True, ""),
    (
        INTERVIEW,
        54,
        "situationsanpassning",
        "Jag brukar säga till personalen att riktlinjerna är en karta och inte terrängen. Man måste se till den specifika situationen.",
        True,
        "",
    ),
    (INTERVIEW, 56, "forhoppningar_och_oro", ALL, False, ""),
    (
        INTERVIEW,
        62,
        "ansvar_pa_papperet",
        "Det står klart och tydligt i överenskommelsen att regionen ska bistå med läkare, men i praktiken har vi fått jaga.",
        False,
        "",
    ),
    (INTERVIEW, 64, "samordning", ALL, False, ""),
    (
        INTERVIEW,
        66,
        "flexibla_arbetssatt",
        "De åker hem till folk, de vet hur det ser ut i lägenheten, de har koll på om hyran är betald. De har också tålamod att vänta in någon som inte är redo.",
        False,
        "",
    ),
    (
        INTERVIEW,
        66,
        "samarbete",
        "Det bästa vore om en sjuksköterska och en av våra behandlare kunde jobba tillsammans kring samma person, med var sin kunskap.",
        False,
        "",
    ),
    (INTERVIEW, 68, "samarbete", ALL, False, ""),
    (INTERVIEW, 70, "forutsattningar", ALL, True, "Relationer framför organisationsscheman."),
    (
        FOCUS,
        14,
        "samarbete",
        "Då vill jag ha in psykiatrin så snabbt som möjligt, men det är sällan det går snabbt.",
        False,
        "",
    ),
    (FOCUS, 15, "samarbete", "Så jag blir väldigt beroende av att någon annan tar vid.", False, ""),
    (FOCUS, 16, "ansvar_skjuts_undan", ALL, False, ""),
    (FOCUS, 18, "ansvar_skjuts_undan", ALL, True, ""),
    (FOCUS, 19, "ansvar_pa_papperet", ALL, True, ""),
    (FOCUS, 20, "annans_uppgift", ALL, False, ""),
    (FOCUS, 22, "ansvar_pa_papperet", ALL, False, ""),
    (FOCUS, 23, "bristande_ansvar", ALL, False, "Ekonomin som drivkraft bakom dragkampen."),
    (FOCUS, 24, "forutsattningar", ALL, False, ""),
    (FOCUS, 26, "samarbete", ALL, True, ""),
    (FOCUS, 27, "samarbete", ALL, False, ""),
    (FOCUS, 28, "samarbete", ALL, False, ""),
    (FOCUS, 30, "samordning", ALL, False, ""),
    (FOCUS, 31, "samordning", ALL, False, ""),
    (FOCUS, 32, "ansvar_pa_papperet", ALL, False, ""),
    (FOCUS, 34, "forhoppningar_och_oro", ALL, False, ""),
    (FOCUS, 35, "forhoppningar_och_oro", ALL, False, ""),
    (FOCUS, 36, "oro_for_kapacitet", ALL, True, ""),
    (FOCUS, 37, "forhoppningar_och_oro", ALL, True, ""),
    (FOCUS, 39, "forutsattningar", ALL, False, ""),
    (FOCUS, 40, "forutsattningar", ALL, False, ""),
    (FOCUS, 41, "forhoppningar_och_oro", ALL, False, ""),
    (FOCUS, 43, "flexibla_arbetssatt", ALL, True, ""),
    (FOCUS, 44, "flexibla_arbetssatt", ALL, False, ""),
    (FOCUS, 45, "sammanhallna_team", ALL, True, ""),
    (FOCUS, 47, "sammanhallna_team", ALL, False, ""),
    (FOCUS, 48, "situationsanpassning", ALL, False, ""),
    (FOCUS, 49, "fall_till_fall", ALL, False, ""),
    (
        FOCUS,
        51,
        "fall_till_fall",
        ALL,
        False,
        "Lösningar från fall till fall blir sårbara och ojämlika.",
    ),
    (FOCUS, 52, "annans_uppgift", ALL, True, ""),
    (FOCUS, 53, "annans_uppgift", ALL, False, ""),
    (FOCUS, 55, "forutsattningar", ALL, False, ""),
    (FOCUS, 56, "forutsattningar", ALL, False, ""),
    (FOCUS, 57, "samordning", ALL, False, ""),
    (FOCUS, 60, "sammanhallna_team", ALL, False, ""),
    (FOCUS, 61, "forutsattningar", ALL, False, ""),
    (FOCUS, 62, "samarbete", ALL, False, ""),
    (FOCUS, 66, "annans_uppgift", ALL, False, ""),
    (FOCUS, 67, "ansvar_skjuts_undan", ALL, False, ""),
    (FOCUS, 68, "flexibla_arbetssatt", ALL, False, ""),
    (FOCUS, 70, "over_granser", ALL, False, ""),
    (FOCUS, 71, "over_granser", ALL, True, ""),
    (FOCUS, 72, "over_granser", ALL, False, ""),
    (FOCUS, 74, "forutsattningar", ALL, False, ""),
    (FOCUS, 75, "forutsattningar", ALL, False, ""),
    (FOCUS, 76, "forhoppningar_och_oro", ALL, False, ""),
    (FOCUS, 82, "samordning", ALL, False, ""),
    (FOCUS, 83, "samordning", ALL, False, ""),
    (FOCUS, 84, "samarbete", ALL, False, ""),
    (FOCUS, 86, "ansvar_skjuts_undan", ALL, False, ""),
    (FOCUS, 87, "forhoppningar_och_oro", ALL, False, ""),
    (FOCUS, 88, "forutsattningar", ALL, False, ""),
]

# The second coder read every interviewee turn of both transcripts on their own, blind
# to kodare1, and listed per turn the codes that apply and the quotes to feature (each
# with the theme it was chosen for). The decisions were converted once into this file.
KODARE2 = HERE / "source" / "coder2.json"
LINKS = HERE / "source" / "links-kodare1.json"
"""kodare1's links of quotes to concepts, with memos: read, not generated."""
TITLES = {"Intervju 1": INTERVIEW, "Fokusgrupp 1": FOCUS}
KODARE2_TRANSCRIPTS = {"intervju-ifo-chef.vtt": INTERVIEW, "fokusgrupp.docx": FOCUS}


def kodare2_decisions(
    project: Project, codebook: Codebook
) -> tuple[str, list[tuple[str, int, str, str | None, bool]]]:
    """kodare2's time and decisions as (transcript, turn, code, exact text or ALL, featured).

    A code covers the whole turn, unless the turn has a featured quote chosen for the
    code's theme: then the code covers that quote, featured. Turns are matched by number
    and checked against the start of their text; every interviewee turn must be listed.
    """
    data = json.loads(KODARE2.read_text(encoding="utf-8"))
    decisions = []
    for listed in data["transcripts"]:
        transcript = KODARE2_TRANSCRIPTS[listed["file"]]
        _, stored = turns(project, transcript)
        by_index = {t.index: t for t in stored}
        interviewee = sorted(t.index for t in stored if t.speaker.role == Role.INTERVIEWEE)
        numbers = sorted(turn["turn"] for turn in listed["turns"])
        if numbers != interviewee:
            raise SystemExit(
                f"{KODARE2.name}: {listed['file']} lists turns {numbers}, "
                f"but its interviewee turns are {interviewee}"
            )
        for turn in listed["turns"]:
            where = f"{KODARE2.name}: {listed['file']} turn {turn['turn']}"
            text = by_index[turn["turn"]].text
            if not text.startswith(turn["text_start"]):
                raise SystemExit(
                    f"{where}: the turn starts {text[:60]!r}, not {turn['text_start']!r}"
                )
            featured: dict[str, list[str]] = {}
            for item in turn["featured"]:
                featured.setdefault(item["theme"], []).append(item["quote"])
            coded = set()
            for code in turn["codes"]:
                theme = codebook.theme_of(code)
                if theme is None:
                    raise SystemExit(f"{where}: code {code!r} is not in the codebook")
                coded.add(theme.id)
                quotes = featured.get(theme.id)
                if not quotes:
                    decisions.append((transcript, turn["turn"], code, ALL, False))
                for quote in quotes or ():
                    decisions.append((transcript, turn["turn"], code, quote, True))
            if set(featured) - coded:
                raise SystemExit(
                    f"{where}: featured quotes for {sorted(set(featured) - coded)}, "
                    "a theme none of the turn's codes belongs to"
                )
    return data["created_at"], decisions


def apply_links(project: Project) -> int:
    """Link kodare1's codings to concepts as ``LINKS`` says, through the link API."""
    data = json.loads(LINKS.read_text(encoding="utf-8"))
    by_span = {
        (str(c.transcript_id), c.turn, c.start, c.end, c.code_id): c.id
        for c in codings(project, coder="kodare1")
    }
    made = 0
    with clock(KODARE1_AT):
        for item in data["links"]:
            key = (
                TITLES[item["transcript"]],
                item["turn"],
                item["start"],
                item["end"],
                item["code"],
            )
            if key not in by_span:
                raise SystemExit(f"{LINKS.name}: no kodare1 coding {key}")
            for link in item["links"]:
                add_link(project, by_span[key], link["concept"], "kodare1", memo=link["memo"])
                made += 1
    return made


@contextmanager
def clock(stamp: str) -> Iterator[None]:
    """Record the codings made inside at ``stamp`` instead of the current time."""
    current = coding_store.now
    coding_store.now = lambda: stamp
    try:
        yield
    finally:
        coding_store.now = current


MEMOS = [
    (
        "bristande_ansvar",
        None,
        "Temat bärs av berättelser om hur ansvar som är fördelat på papperet inte tas i praktiken. Regionen beskrivs backa när missbruk finns med, och kommunen fyller glappet eftersom socialtjänsten har det yttersta ansvaret och inte kan säga nej.",
    ),
    (
        "bristande_ansvar",
        "ansvarsgranser_och_organisationstillhorighet",
        "Gränsen mellan missbruk och psykiatri används för att avgöra vems ärendet är. Ansvarsgränserna följer organisationernas uppdrag i stället för personens behov, vilket är den andra förklaringen till misslyckad samverkan.",
    ),
    (
        "bristande_ansvar",
        "arbetskraftsintensiva_tjanster",
        "När regionen inte utför sin del får kommunens personal bära arbetet: följa med till läkare, påminna om medicin, tjata om remisser. Tid som skulle ha gått till behandling går åt till kompensation, och personen väntar.",
    ),
    (
        "bristande_ansvar",
        "organisatoriska_mellanrum",
        "Intervjupersonerna beskriver ett glapp mellan huvudmännen där personer hamnar och blir utan insats; IP 1 nämner särskilt personer med psykossjukdom som samtidigt använder narkotika.",
    ),
    (
        "samverkan",
        None,
        "Samverkan fungerar där människor känner varandra och sitter i samma rum, som vid en väl genomförd SIP eller med en fast kontaktperson. Strukturerna finns men bär inte: planen har enligt intervjupersonerna inte fått genomslag i det dagliga arbetet och mötena handlar om övergripande frågor. Förhoppningarna på reformen blandas med oro för att det sociala perspektivet och kunskapen försvinner.",
    ),
    (
        "samverkan",
        "integrering",
        "Värdet uppstår när insatserna fogas ihop: ett gemensamt möte där alla bestämmer vem som gör vad ger en helhet som ingen part kan skapa ensam.",
    ),
    (
        "samverkan",
        "tjansteperspektiv",
        "Personalens villkor, som tid att träffas, möjlighet att dela information och stöd från ledningen, framstår som förutsättningen för att klienten ska få en sammanhållen tjänst.",
    ),
    (
        "samverkan",
        "vertikal_styrning",
        "Styrningen uppifrån beskrivs som budget, statistik och beslut utan tid eller resurser snarare än stöd, och beslut fattas på en nivå medan arbetet görs på en annan. Samtidigt ser IP 1 nytta i att ha en skriftlig plan att hänvisa till.",
    ),
    (
        "samverkan",
        "horisontell_samordning",
        "Samordningen i sidled vilar på personer och eldsjälar; utan rutiner blir samarbetet beroende av att rätt personer råkar jobba samtidigt.",
    ),
    (
        "situationsanpassning",
        None,
        "Verksamheterna anpassar organisationen efter personen: team slås ihop så att klienten har en kontakt, unga vuxna följs över åldersgränsen och samverkan ordnas med den enhet personen litar på. Samtidigt blir lösningarna sårbara när de bygger på enskilda medarbetare.",
    ),
    (
        "situationsanpassning",
        "natverks_och_projektmodellen",
        "Sammanslagna team och lösningar från fall till fall är exempel på att foga samman specialister kring en person i stället för att dela upp ansvaret.",
    ),
    (
        "situationsanpassning",
        "generella_riktlinjer_och_specifika_situationer",
        "Riktlinjerna beskrivs som en karta och inte terrängen; personalen väger det generella mot vad den enskilda situationen kräver och gör undantag när personen behöver det.",
    ),
]

CONCLUSIONS = [
    "Över de tre temana återkommer samma mönster: ansvaret är fördelat på papperet, men "
    "fördelningen följer huvudmännens uppdrag och inte den enskildes behov. Med teorins "
    "begrepp uppstår de organisatoriska mellanrummen ur ansvarsgränserna snarare än ur "
    "bristande vilja hos dem som gör arbetet, vilket IP 4 själv betonar.",
    "Det som håller ihop arbetet i dag är relationer: en fast kontaktperson, en väl "
    "genomförd SIP, ett team som har slagits ihop. Det är ett sätt att foga samman i "
    "stället för att dela upp, men det vilar på enskilda medarbetare och försvinner när de "
    "slutar. Intervjupersonerna efterfrågar därför rutiner som bär oberoende av vem som "
    "råkar vara i tjänst.",
    "För reformen tyder materialet på att en flytt av huvudmannaskapet inte i sig stänger "
    "glappet: intervjupersonerna befarar att det i stället flyttar någon annanstans, till "
    "exempel till gränsen mot boendestödet. Slutsatserna vilar på fyra intervjupersoner i två "
    "intervjuer och behöver prövas i fler verksamheter.",
]
"""kodare1's conclusions of the study: the chapter's "Slutsatser", in this order."""


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        location = Path(folder) / "sample.db"
        init_project(location)
        project = open_project(location)
        import_files(
            project,
            [HERE / "intervju-ifo-chef.vtt", HERE / "fokusgrupp.docx"],
            interviewers=["Karin Lindqvist", "Johan Ek"],
        )
        codebook = use_codebook(project, HERE.parent / "codebooks" / "samsjuklighet.yaml").codebook
        with clock(KODARE1_AT):
            for transcript, turn, code, text, featured, memo in KODARE1:
                add_coding(
                    project,
                    transcript,
                    turn,
                    code,
                    "kodare1",
                    quote=text,
                    featured=featured,
                    memo=memo,
                    codebook=codebook,
                )
        kodare2_at, kodare2 = kodare2_decisions(project, codebook)
        with clock(kodare2_at):
            for transcript, turn, code, text, featured in kodare2:
                add_coding(
                    project,
                    transcript,
                    turn,
                    code,
                    "kodare2",
                    quote=text,
                    featured=featured,
                    codebook=codebook,
                )
        for theme, concept, text in MEMOS:
            add_memo(project, text, "kodare1", theme=theme, concept=concept)
        for text in CONCLUSIONS:
            add_memo(project, text, "kodare1", conclusion=True)
        linked = apply_links(project)
        export_codings(project, HERE / "codings.csv", coder="kodare1")
        export_codings(project, HERE / "codings-coder2.csv", coder="kodare2")
        export_memos(project, HERE / "memos.yaml")
        project.close()
    print(
        f"{dt.date.today()}: wrote codings.csv ({len(KODARE1)}), codings-coder2.csv "
        f"({len(kodare2)}) and memos.yaml ({len(MEMOS)} memos, {len(CONCLUSIONS)} "
        f"conclusions, {linked} link memos)"
    )


if __name__ == "__main__":
    main()
