"""The chapter's sentence and table on inter-coder agreement, in Swedish and English:
turns counted as turns, the figures pooled over the themes, the chance-corrected
measures cited (templates in :mod:`qualkod.export.chapter_phrases`)."""

from __future__ import annotations

from collections.abc import Callable

from qualkod.analysis import AgreementReport
from qualkod.export.chapter_phrases import TEXTS
from qualkod.export.chapter_text import (
    all_themes,
    capital,
    coders_shown,
    count,
    join,
    number,
    spelled,
    whole,
)


def agreement_sentence(
    report: AgreementReport,
    lang: str,
    table: int,
    coder: Callable[[str], str] = str,
    title: Callable[[int], str] = str,
) -> str:
    """Inter-coder agreement: turns counted as turns, the figures pooled over the themes;
    ``coder`` gives a coder's name as shown (:meth:`Material.coder`), ``title`` an
    interview's (:meth:`Material.title`)."""
    texts = TEXTS[lang]
    overall = report.overall
    turns = report.themes[0].units if report.themes else overall.units
    figures = [texts["percent"].format(value=number(overall.percent * 100, lang, 1))]
    if overall.kappa is not None:
        figures.append(texts["kappa"].format(value=number(overall.kappa, lang)))
    if overall.alpha is not None:
        figures.append(texts["alpha"].format(value=number(overall.alpha, lang)))
    interviews_of: dict[str, list[int]] = {}
    for transcript_id, second in report.second_coders:
        interviews_of.setdefault(second, []).append(transcript_id)
    if report.against is not None and len(interviews_of) > 1:
        pairs = [
            texts["pair_in"].format(
                coder=coder(second), interviews=join([title(t) for t in ids], lang)
            )
            for second, ids in interviews_of.items()
        ]
        sentence = texts["agreement_pairs"].format(
            coder=coder(report.against),
            pairs=join(pairs, lang),
            turns=spelled(turns, lang),
            all_themes=all_themes(len(report.themes), lang),
            figures=join(figures, lang),
            table=table,
        )
    else:
        sentence = texts["agreement"].format(
            coders=join(coders_shown(report.coders, coder), lang),
            turns=spelled(turns, lang),
            interviews=count(len(report.transcripts), "interview", lang),
            all_themes=all_themes(len(report.themes), lang),
            figures=join(figures, lang),
            table=table,
        )
    measures = [texts["measures"][m] for m in agreement_measures(report)]
    if measures:
        correct = "correct" if len(measures) > 1 else "corrects"  # Swedish has no such ending
        sentence += " " + capital(
            texts["chance"].format(measures=join(measures, lang), correct=correct)
        )
    return sentence


def agreement_measures(report: AgreementReport) -> list[str]:
    """The chance-corrected measures the report has figures for (``kappa``, ``alpha``):
    the chapter cites and lists the work behind each."""
    overall = report.overall
    return [
        m for m, value in (("kappa", overall.kappa), ("alpha", overall.alpha)) if value is not None
    ]


def agreement_rows(report: AgreementReport, names: dict[str, str], lang: str) -> list[list[str]]:
    """Per theme and pooled: agreement, kappa, alpha and turns decided differently."""
    texts = TEXTS[lang]
    differing: dict[str, int] = {}
    for disagreement in report.disagreements:
        differing[disagreement.theme] = differing.get(disagreement.theme, 0) + 1

    def row(name: str, figures, differ: int) -> list[str]:
        return [
            name,
            number(figures.percent * 100, lang, 1) + ("\u00a0%" if lang == "sv" else "%"),
            number(figures.kappa, lang) if figures.kappa is not None else "–",
            number(figures.alpha, lang) if figures.alpha is not None else "–",
            whole(differ, lang),
        ]

    rows = [row(names.get(t.theme, t.theme), t, differing.get(t.theme, 0)) for t in report.themes]
    return rows + [row(texts["pooled"], report.overall, len(report.disagreements))]
