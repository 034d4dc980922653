"""The chapter's fixed wording per language (``sv``, ``en``): headings, sentence
templates with ``{placeholders}``, lead-ins, table headers and captions, numbers in
words and nouns with their plural and gender.

Only words: :mod:`qualkod.export.chapter_text` fills the templates in from the
project's data and re-exports :data:`TEXTS`.
"""

TEXTS = {
    "sv": {
        "title": "Intervjuanalys",
        "intro_title": "Material och metod",
        "concepts_title": "Citaten och begreppen",
        "summary_title": "Sammanfattande analys",
        "discussion_title": "Diskussion",
        "appendix_title": "Bilaga: Citat per tema",
        "references_title": "Referenser",
        "and": "och",
        "marks": ("\u201d", "\u201d"),
        "material": "Materialet består av {interviews} med sammanlagt {participants}: {kinds}.",
        "material_one": "Materialet består av en individuell intervju.",
        "material_group": "Materialet består av en fokusgruppsintervju med {participants}.",
        "teams": (
            " Intervjun genomfördes via Microsoft Teams och transkriberades.",
            " Intervjuerna genomfördes via Microsoft Teams och transkriberades.",
        ),
        "transcribed": (" Intervjun transkriberades.", " Intervjuerna transkriberades."),
        "pseudonyms": (
            " Transkriptet har pseudonymiserats: intervjupersonen benämns {pseudonym}.",
            " Transkripten har pseudonymiserats: intervjupersonerna benämns IP 1, IP 2 och så "
            "vidare.",
            " Transkriptet har pseudonymiserats: intervjupersonerna benämns IP 1, IP 2 och så "
            "vidare.",
        ),
        "pseudonyms_named": (  # pseudonyms set by hand: the ones used, named
            " Transkripten har pseudonymiserats: intervjupersonerna benämns {pseudonyms}.",
            " Transkriptet har pseudonymiserats: intervjupersonerna benämns {pseudonyms}.",
        ),
        "redacted": " I citaten har deltagarnas namn ersatts med deras pseudonymer inom "
        "hakparentes, andra personers namn med [person] och personnummer, telefonnummer, "
        "e-post- och gatuadresser med motsvarande markering, utom e-postadresser som bär en "
        "deltagares namn: de har ersatts med deltagarens pseudonym.",
        "coding": (
            "Transkriptet analyserades med tematisk analys{cite} mot kodboken {codebook} "
            "(version {version}) med {themes}: {names}. Kodningen gjordes av {coders}.",
            "Transkripten analyserades med tematisk analys{cite} mot kodboken {codebook} "
            "(version {version}) med {themes}: {names}. Kodningen gjordes av {coders}.",
        ),
        "linking": (
            "Därefter prövades citatet mot teoretiska begrepp ({cite}): {linked} kopplades "
            "till {concepts}{links}.",
            "Därefter prövades citaten ett och ett mot teoretiska begrepp ({cite}): {linked} "
            "kopplades till {concepts}{links}.",
        ),
        "linked_share": ("citatet", "alla {total} citaten", "{linked} av de {total} citaten"),
        "links_in_all": ", med {links} sammanlagt",
        "no_links": "Inga citat har kopplats till teoretiska begrepp ({cite}).",
        "suggested": "Kodningen stöddes av automatiska kodförslag: {accepted} godtogs, "
        "{rejected} avvisades och {manual} gjordes utan förslag.",
        "unsuggested": "Inga automatiska kodförslag användes: {manual} gjordes utan förslag.",
        "by_hand": "Utan automatiska kodförslag gjordes {manual}.",
        "imported": "Från en kodningsfil lästes {imported} in; filen visar inte om {pronoun} "
        "gjordes med stöd av kodförslag.",
        "imported_pronoun": ("den", "de"),
        "agreement": "Samstämmigheten mellan kodarna ({coders}) prövades på {turns} av "
        "intervjupersonernas repliker i {interviews}: för varje replik och tema jämfördes om kodarna "
        "hade använt temat. Sammanvägt över {all_themes} var {figures}. Tabell {table} visar "
        "värdena per tema och antalet repliker där kodarna bedömde olika.",
        "agreement_pairs": "Samstämmigheten prövades mellan {coder} och en andra kodare per "
        "intervju ({pairs}) på {turns} av intervjupersonernas repliker: för varje replik och "
        "tema jämfördes om kodarna hade använt temat. Sammanvägt över {all_themes} och "
        "kodarparen var {figures}. Tabell {table} visar värdena per tema och antalet "
        "repliker där kodarna bedömde olika.",
        "pair_in": "{coder} i {interviews}",
        "all_themes": ("temat", "båda temana", "de {n} temana"),
        "percent": "överensstämmelsen {value} procent",
        "kappa": "Cohens kappa {value}",
        "alpha": "Krippendorffs alfa {value}",
        "chance": "{measures} räknar bort den överensstämmelse som kan väntas av slumpen.",
        "measures": {"kappa": "kappa (Cohen, 1960)", "alpha": "alfa (Krippendorff, 2019)"},
        "measure_works": {
            "kappa": "Cohen, J. (1960). A coefficient of agreement for nominal scales. "
            "*Educational and Psychological Measurement*, *20*(1), 37–46.",
            "alpha": "Krippendorff, K. (2019). *Content analysis: An introduction to its "
            "methodology* (4:e uppl.). SAGE.",
        },
        "agreement_caption": "Tabell {n}. Samstämmighet mellan kodarna per tema och "
        "sammanvägt: överensstämmelse, Cohens kappa, Krippendorffs alfa och antal repliker "
        "där kodarna bedömde olika.",
        "agreement_header": ["Tema", "Överensstämmelse", "Kappa", "Alfa", "Olika bedömningar"],
        "pooled": "Sammanvägt",
        "theme_count": "Temat omfattar {quotes} från {interviewees}.",
        "theme_only": (
            "Ett av citaten är kodat med enbart temat{where}.",
            "{n} av citaten är kodade med enbart temat{where}.",
        ),
        "theme_only_where": (" och återges i bilagan", " och återges i bilagan"),
        "theme_none": "Inga citat har kodats med temat.",
        "several_codes": "Ett citat kan höra till flera koder, så koderna nedan omfattar "
        "tillsammans fler citat än temat.",
        "code_count": (
            "Koden omfattar {quotes} från {interviewees}.",
            "Under koden finns {quotes} från {interviewees}.",
            "Koden har använts för {quotes} från {interviewees}.",
        ),
        "some_shown": "Av dem återges {shown} nedan.",
        "none_shown": ("Citatet finns i bilagan.", "Citaten finns i bilagan."),
        "lead_block": (
            "{speaker} beskriver det så här:",
            "{speaker} berättar:",
            "Så här säger {speaker}:",
            "{speaker} uttrycker det så här:",
            "{speaker} säger:",
        ),
        "lead_inline": (
            "{speaker} säger: ",
            "Som {speaker} uttrycker det: ",
            "{speaker} berättar: ",
            "{speaker} beskriver det så här: ",
        ),
        "lead_later": ("Senare i intervjun:", "Längre fram:", "Och senare:"),
        "lead_same_turn": ("I samma replik:", "Och vidare i samma replik:"),
        "concepts_intro": "Citaten i temat har kopplats till {concepts}: {names}.",
        "linked": "Till begreppet kopplas {quotes} från {interviewees}.",
        "linked_cited": "Till begreppet kopplas {quotes} från {interviewees} ({cite}).",
        "also_linked": "Även {quotes} ({cite}) kopplas till begreppet.",
        "discussion_intro": "Avsnittet relaterar temana till de begrepp ur {cite} som citaten "
        "har kopplats till, ett begrepp i taget. Tabell {table} visar hur många citat i "
        "varje tema som har kopplats till varje begrepp.",
        "discussion_none": "Inga citat har kopplats till begreppen ur {cite}.",
        "discussion_no_theory": "Citaten har inte kopplats till teoretiska begrepp.",
        "conclusions_title": "Slutsatser",
        "limits_title": "Metodens begränsningar",
        "limits_material": "Analysen bygger på {interviews} med {interviewees}. Resultaten "
        "beskriver {whose} erfarenheter och kan inte utan vidare överföras till andra "
        "verksamheter.",
        "limits_whose": ("intervjupersonens", "intervjupersonernas"),
        "limits_one_coder": "Kodningen{and_links} prövades inte mot en andra, oberoende "
        "kodares bedömningar.",
        "limits_and_links": " och kopplingarna till begreppen",
        "limits_agreement": "Samstämmigheten mellan kodarna prövades på temanivå {where}; "
        "underkoderna{and_links} prövades inte.",
        "limits_where": {
            "one": "i intervjun",
            "both": "i båda intervjuerna",
            "all": "i samtliga {interviews}",
            "some": "i {tested} av {interviews}",
        },
        "limits_selection": "Kapitlet återger högst {most} citat per tema: först de utvalda "
        "citaten, sedan citat från intervjupersonerna i tur och ordning; alla kodade citat "
        "finns i bilagan.",
        "limits_all_shown": "Kapitlet återger alla kodade citat; de finns också i bilagan.",
        "unlinked": " Inga citat har kopplats till {names}, som kodboken knyter till temana.",
        "concept_overview": (
            "{name} belyses av {quotes} från {interviewees} i {themes}.",
            "I {themes} finns {quotes} från {interviewees} som belyser {lname}.",
            "Till {lname} har {quotes} från {interviewees} i {themes} kopplats.",
        ),
        "of_themes": ("ett av de {n} temana", "{k} av de {n} temana", "alla {n} temana"),
        "one_theme": "temat",
        "both_themes": "båda temana",
        "theme_linked": (
            "Till begreppet kopplas {quotes} från {interviewees} i temat ({cite}).",
            "Här knyts {quotes} från {interviewees} till begreppet ({cite}).",
            "I temat belyser {quotes} från {interviewees} begreppet ({cite}).",
            "Begreppet återkommer i {quotes} från {interviewees} ({cite}).",
        ),
        "matrix_caption": "Tabell {n}. Citat kopplade till begreppen per tema: antal citat "
        "(antal intervjupersoner).",
        "matrix_first": "Begrepp",
        "total": "Totalt",
        "themes_summary": "Analysen resulterade i {themes}: {counts}. Tabell {table} "
        "sammanfattar temana och figur {figure} visar hur citaten fördelar sig på intervjuerna.",
        "themes_summary_one": "Analysen resulterade i {themes}: {counts}. Tabell {table} "
        "sammanfattar temana och figur {figure} visar antalet citat per tema.",
        "theme_quotes": "{name} ({quotes})",
        "summary_caption": "Tabell {n}. Teman med antal citat, intervjupersoner och citat "
        "kopplade till begrepp.",
        "summary_header": ["Tema", "Citat", "Intervjupersoner", "Kopplade citat"],
        "figure": "Figur {n}. Kodade citat per tema och intervju.",
        "chart_axis": "Kodade citat",
        "chart_alt": "Stapeldiagram: antal kodade citat per tema i varje intervju.",
        "appendix_caption": "Tabell {n}. Samtliga kodade citat under temat {theme}.",
        "appendix_header": ["Kod", "Talare", "Intervju", "Tid", "Citat", "Begrepp"],
        "numbers": (
            *("inga", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"),
            *("tio", "elva", "tolv"),
        ),
        "neuter_one": "ett",
        "coder_label": "Kodare",
        "nouns": {
            "interview": ("intervju", "intervjuer", False),
            "interviewee": ("intervjuperson", "intervjupersoner", False),
            "individual": ("individuell intervju", "individuella intervjuer", False),
            "group": ("fokusgruppsintervju", "fokusgruppsintervjuer", False),
            "theme": ("tema", "teman", True),
            "quote": ("citat", "citat", True),
            "turn": ("replik", "repliker", False),
            "coding": ("kodning", "kodningar", False),
            "suggestion": ("förslag", "förslag", True),
            "link": ("koppling", "kopplingar", False),
            "concept": ("begrepp", "begrepp", True),
        },
        "the_quote": ("citatet", "citaten"),
    },
    "en": {
        "title": "Interview analysis",
        "intro_title": "Material and method",
        "concepts_title": "The quotes and the concepts",
        "summary_title": "Summary of the analysis",
        "discussion_title": "Discussion",
        "appendix_title": "Appendix: Quotes by theme",
        "references_title": "References",
        "and": "and",
        "marks": ("\u201c", "\u201d"),
        "material": "The material consists of {interviews} with {participants} in all: {kinds}.",
        "material_one": "The material consists of one individual interview.",
        "material_group": "The material consists of one focus group interview with {participants}.",
        "teams": (
            " The interview was held over Microsoft Teams and transcribed.",
            " The interviews were held over Microsoft Teams and transcribed.",
        ),
        "transcribed": (" The interview was transcribed.", " The interviews were transcribed."),
        "pseudonyms": (
            " The transcript is pseudonymised: the interviewee is called {pseudonym}.",
            " The transcripts are pseudonymised: interviewees are called IP 1, IP 2 and so on.",
            " The transcript is pseudonymised: interviewees are called IP 1, IP 2 and so on.",
        ),
        "pseudonyms_named": (
            " The transcripts are pseudonymised: interviewees are called {pseudonyms}.",
            " The transcript is pseudonymised: interviewees are called {pseudonyms}.",
        ),
        "redacted": " In the quotes, participants' names are replaced by their pseudonyms in "
        "brackets, other people's names by [person], and personal identity numbers, phone "
        "numbers, e-mail and street addresses by a corresponding marker, except e-mail "
        "addresses bearing a participant's name, which are replaced by that participant's "
        "pseudonym.",
        "coding": (
            "The transcript was analysed by thematic analysis{cite} against the codebook "
            "{codebook} (version {version}) with {themes}: {names}. The coding was done by "
            "{coders}.",
            "The transcripts were analysed by thematic analysis{cite} against the codebook "
            "{codebook} (version {version}) with {themes}: {names}. The coding was done by "
            "{coders}.",
        ),
        "linking": (
            "The quote was then weighed against theoretical concepts ({cite}): {linked} "
            "{were} linked to {concepts}{links}.",
            "The quotes were then weighed one by one against theoretical concepts ({cite}): "
            "{linked} {were} linked to {concepts}{links}.",
        ),
        "linked_share": ("the quote", "all {total} quotes", "{linked} of the {total} quotes"),
        "links_in_all": ", with {links} in all",
        "no_links": "No quote is linked to a theoretical concept ({cite}).",
        "suggested": "Automatic code suggestions supported the coding: {accepted} accepted, "
        "{rejected} rejected, and {manual} made without a suggestion.",
        "unsuggested": "No automatic code suggestions were used: {manual} made without a "
        "suggestion.",
        "by_hand": "Without automatic code suggestions, {manual} made.",
        "imported": "From a codings file, {imported} read in; the file does not show whether "
        "code suggestions supported {pronoun}.",
        "imported_pronoun": ("it", "them"),
        "agreement": "Agreement between the coders ({coders}) was tested on {turns} of the "
        "interviewees' turns in {interviews}: for each turn and theme, the coders' decisions on "
        "whether the theme applied were compared. Pooled over {all_themes}, {figures}. "
        "Table {table} gives the figures per theme and the number of turns on which the "
        "coders decided differently.",
        "agreement_pairs": "Agreement was tested between {coder} and a second coder per "
        "interview ({pairs}) on {turns} of the interviewees' turns: for each turn and theme, "
        "the coders' decisions on whether the theme applied were compared. Pooled over "
        "{all_themes} and the pairs of coders, {figures}. Table {table} gives the figures "
        "per theme and the number of turns on which the coders decided differently.",
        "pair_in": "{coder} in {interviews}",
        "all_themes": ("the theme", "both themes", "the {n} themes"),
        "percent": "agreement was {value} per cent",
        "kappa": "Cohen's kappa {value}",
        "alpha": "Krippendorff's alpha {value}",
        "chance": "{measures} {correct} for the agreement expected by chance.",
        "measures": {"kappa": "kappa (Cohen, 1960)", "alpha": "alpha (Krippendorff, 2019)"},
        "measure_works": {
            "kappa": "Cohen, J. (1960). A coefficient of agreement for nominal scales. "
            "*Educational and Psychological Measurement*, *20*(1), 37–46.",
            "alpha": "Krippendorff, K. (2019). *Content analysis: An introduction to its "
            "methodology* (4th ed.). SAGE.",
        },
        "agreement_caption": "Table {n}. Agreement between the coders per theme and pooled: "
        "per cent agreement, Cohen's kappa, Krippendorff's alpha and the number of turns on "
        "which the coders decided differently.",
        "agreement_header": ["Theme", "Agreement", "Kappa", "Alpha", "Disagreements"],
        "pooled": "Pooled",
        "theme_count": "The theme covers {quotes} from {interviewees}.",
        "theme_only": (
            "One of the quotes is coded with the theme alone{where}.",
            "{n} of the quotes are coded with the theme alone{where}.",
        ),
        "theme_only_where": (" and is given in the appendix", " and are given in the appendix"),
        "theme_none": "No quote has been coded under the theme.",
        "several_codes": "A quote can belong to several codes, so the codes below together "
        "hold more quotes than the theme.",
        "code_count": (
            "The code covers {quotes} from {interviewees}.",
            "This code holds {quotes} from {interviewees}.",
            "The code was applied to {quotes} from {interviewees}.",
        ),
        "some_shown": "Of these, {shown} {are} quoted below.",
        "none_shown": ("The quote is in the appendix.", "The quotes are in the appendix."),
        "lead_block": (
            "{speaker} puts it like this:",
            "{speaker} says:",
            "In the words of {speaker}:",
            "{speaker} describes it as follows:",
            "{speaker} explains:",
        ),
        "lead_inline": (
            "{speaker} says: ",
            "As {speaker} puts it: ",
            "In the words of {speaker}: ",
            "{speaker} explains: ",
        ),
        "lead_later": ("Later in the interview:", "Further on:", "And later:"),
        "lead_same_turn": ("In the same turn:", "Further in the same turn:"),
        "concepts_intro": "The theme's quotes are linked to {concepts}: {names}.",
        "linked": "The concept has {quotes} from {interviewees} linked to it.",
        "linked_cited": "The concept has {quotes} from {interviewees} linked to it ({cite}).",
        "also_linked": "The concept is also linked to {quotes} ({cite}).",
        "discussion_intro": "This section relates the themes to the concepts from {cite} that "
        "the quotes are linked to, one concept at a time. Table {table} shows how many quotes "
        "of each theme are linked to each concept.",
        "discussion_none": "No quote is linked to the concepts from {cite}.",
        "discussion_no_theory": "The quotes have not been linked to theoretical concepts.",
        "conclusions_title": "Conclusions",
        "limits_title": "Limitations of the method",
        "limits_material": "The analysis rests on {interviews} with {interviewees}. The results "
        "describe {whose} experience and do not carry over to other services without further "
        "study.",
        "limits_whose": ("the interviewee's", "the interviewees'"),
        "limits_one_coder": "The coding{and_links} {were} not tested against the judgements of "
        "a second, independent coder.",
        "limits_and_links": " and the links to the concepts",
        "limits_agreement": "Agreement between the coders was tested at theme level {where}; "
        "the codes under the themes{and_links} were not tested.",
        "limits_where": {
            "one": "in the interview",
            "both": "in both interviews",
            "all": "in all {interviews}",
            "some": "in {tested} of {interviews}",
        },
        "limits_selection": "The chapter shows a selection of the quotes, at most {most} per "
        "theme with the featured quotes first; every coded quote is in the appendix.",
        "limits_all_shown": "The chapter shows every coded quote; they are also in the appendix.",
        "unlinked": " No quote is linked to {names}, which the codebook ties to the themes.",
        "concept_overview": (
            "{name} is illustrated by {quotes} from {interviewees} in {themes}.",
            "In {themes}, {name} is illustrated by {quotes} from {interviewees}.",
            "{name} is linked to {quotes} from {interviewees} in {themes}.",
        ),
        "of_themes": ("one of the {n} themes", "{k} of the {n} themes", "all {n} themes"),
        "one_theme": "the theme",
        "both_themes": "both themes",
        "theme_linked": (
            "In the theme, {quotes} from {interviewees} {are} linked to the concept ({cite}).",
            "Here the concept is illustrated by {quotes} from {interviewees} ({cite}).",
            "The concept recurs in {quotes} from {interviewees} ({cite}).",
        ),
        "matrix_caption": "Table {n}. Quotes linked to the concepts per theme: number of quotes "
        "(number of interviewees).",
        "matrix_first": "Concept",
        "total": "Total",
        "themes_summary": "The analysis resulted in {themes}: {counts}. Table {table} "
        "summarises the themes and Figure {figure} shows how the quotes are spread over the "
        "interviews.",
        "themes_summary_one": "The analysis resulted in {themes}: {counts}. Table {table} "
        "summarises the themes and Figure {figure} shows the number of quotes per theme.",
        "theme_quotes": "{name} ({quotes})",
        "summary_caption": "Table {n}. Themes with the number of quotes, of interviewees and "
        "of quotes linked to concepts.",
        "summary_header": ["Theme", "Quotes", "Interviewees", "Linked quotes"],
        "figure": "Figure {n}. Coded quotes per theme and interview.",
        "chart_axis": "Coded quotes",
        "chart_alt": "Bar chart: the number of coded quotes per theme in each interview.",
        "appendix_caption": "Table {n}. All coded quotes under the theme {theme}.",
        "appendix_header": ["Code", "Speaker", "Interview", "Time", "Quote", "Concepts"],
        "numbers": (
            *("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
            *("ten", "eleven", "twelve"),
        ),
        "neuter_one": "one",
        "coder_label": "Coder",
        "nouns": {
            "interview": ("interview", "interviews", False),
            "interviewee": ("interviewee", "interviewees", False),
            "individual": ("individual interview", "individual interviews", False),
            "group": ("focus group interview", "focus group interviews", False),
            "theme": ("theme", "themes", False),
            "quote": ("quote", "quotes", False),
            "turn": ("turn", "turns", False),
            "coding": ("coding", "codings", False),
            "suggestion": ("suggestion", "suggestions", False),
            "link": ("link", "links", False),
            "concept": ("concept", "concepts", False),
        },
        "the_quote": ("the quote", "the quotes"),
    },
}
