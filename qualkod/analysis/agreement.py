"""Inter-coder agreement per theme: percent agreement, Cohen's kappa, Krippendorff's alpha.

The unit of analysis is an interviewee turn (or a sentence of one) in the
transcripts that every compared coder has coded. For each unit and theme a coder's
decision is 1 when any of their codings under that theme overlaps the unit, else 0.
Overall figures pool all (unit, theme) decisions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from qualkod.errors import ParameterError, QualkodError
from qualkod.measures import cohen_kappa
from qualkod.models import Codebook, Role
from qualkod.record_reprs import coder_name, free_text, repr_without_text
from qualkod.redaction import Redactor
from qualkod.redaction.project import coder_meant, project_redactor
from qualkod.store import Project
from qualkod.store import codings as coding_store
from qualkod.store import transcripts as transcript_store


class AgreementError(QualkodError):
    """Agreement cannot be computed for the coders asked."""


class AgreementParameterError(AgreementError, ParameterError):
    """A coder or unit given to compare is refused (named as the caller gave it)."""


_WITH_OTHERS = {"--with-others": "agreement_with_others()"}
"""What a Python caller uses where the command line has ``--with-others``."""


def percent_agreement(decisions: Sequence[Sequence[int]]) -> float:
    """Share of units on which every coder made the same decision.

    Args:
        decisions: one row per coder, one column per unit.
    """
    units = list(zip(*decisions, strict=True))
    if not units:
        return float("nan")
    return sum(1 for unit in units if len(set(unit)) == 1) / len(units)


def krippendorff_alpha(decisions: Sequence[Sequence[int | None]]) -> float | None:
    """Krippendorff's alpha (nominal) for two or more coders; None marks a missing value.

    Uses the ``krippendorff`` package; None when alpha is undefined (one value only).
    """
    import krippendorff
    import numpy as np

    data = np.array(
        [[np.nan if v is None else float(v) for v in row] for row in decisions], dtype=float
    )
    values = set(data[~np.isnan(data)].tolist())
    if data.size == 0 or len(values) < 2:
        return None
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


@dataclass(frozen=True)
class Agreement:
    """Agreement figures for one theme, or overall."""

    theme: str
    """Theme id, or 'overall'."""
    units: int
    """Number of decisions compared per coder."""
    percent: float
    """Share of units where all coders agree."""
    kappa: float | None
    """Cohen's kappa (two coders only)."""
    alpha: float | None
    """Krippendorff's alpha, nominal."""


@dataclass(frozen=True)
class Disagreement:
    """A unit and theme where the coders decided differently."""

    transcript_id: int
    turn: int
    sentence: int | None
    theme: str
    applied_by: tuple[str, ...] = coder_name()  # a repr hides them: logins may be names
    """Coders who applied the theme."""
    not_by: tuple[str, ...] = coder_name()
    """Coders who did not."""
    speaker: str
    text: str = free_text()  # a repr shows its length, as every record's words
    """The unit's words, redacted like every output."""

    __repr__ = repr_without_text


@dataclass(frozen=True)
class AgreementReport:
    """Everything ``qualkod agreement`` shows."""

    coders: tuple[str, ...] = coder_name()  # a repr hides them: logins may be names
    unit: str
    transcripts: tuple[int, ...]
    themes: tuple[Agreement, ...]
    overall: Agreement
    disagreements: tuple[Disagreement, ...]
    against: str | None = coder_name(default=None)
    """The coder compared with the others pair by pair (:func:`agreement_with_others`),
    or None when all ``coders`` coded every transcript compared."""
    second_coders: tuple[tuple[int, str], ...] = coder_name(default=())
    """With ``against``: (transcript, the coder ``against`` was compared with there)."""
    reached: tuple[tuple[str, int, int], ...] = coder_name(default=())
    """(coder, interviewee turns they coded or marked done, interviewee turns they were
    compared on): a turn a coder has not reached counts as every theme left out."""

    __repr__ = repr_without_text

    def not_reached(self, share: float = 0.5) -> list[tuple[str, int, int]]:
        """The coders who have coded or marked done less than ``share`` of the turns they
        are compared on (a coder half-way through a transcript)."""
        return [(c, done, total) for c, done, total in self.reached if done < share * total]


def _figures(theme: str, decisions: list[list[int]]) -> Agreement:
    kappa = cohen_kappa(decisions[0], decisions[1]) if len(decisions) == 2 else None
    return Agreement(
        theme,
        len(decisions[0]),
        percent_agreement(decisions),
        kappa,
        krippendorff_alpha(decisions),
    )


def agreement(
    project: Project,
    coders: Sequence[str],
    codebook: Codebook,
    *,
    unit: str = "turn",
    redactor: Redactor | None = None,
) -> AgreementReport:
    """Compare coders on the interviewee turns (or sentences) of the transcripts all coded.

    The disagreements' words are redacted by ``redactor`` (the project's by default).

    Raises:
        AgreementError: with fewer than two coders, or no transcript coded by all
            (:class:`AgreementParameterError` for a coder or unit refused).
    """
    redactor = redactor or project_redactor(project)
    _check_unit(unit)
    with project.read() as conn:
        # "--coder 'Intervjuare 1'": the interviewer coding under her own name, as shown
        known = {c.coder for c in coding_store.list_codings(conn)}
        meant = [coder_meant(redactor, c, known) for c in coders]
        coders = tuple(dict.fromkeys(meant))
        if len(coders) < 2:
            raise AgreementParameterError(
                "coders",
                None,
                "the same coder twice; name two coders to compare"
                if len(meant) >= 2
                else "name at least two coders to compare, or one with --with-others",
                option="coder",
                in_python=_WITH_OTHERS,
            )
        by_coder = {c: coding_store.list_codings(conn, coder=c) for c in coders}
        for coder, rows in by_coder.items():
            if not rows:
                raise AgreementParameterError(
                    "coders", coder, f"has no codings in {project.location}", option="coder"
                )
        shared = set.intersection(*({c.transcript_id for c in rows} for rows in by_coder.values()))
        if not shared:
            raise AgreementError(
                f"coders {', '.join(coders)} have not coded any transcript in common; to "
                "compare one of them with each interview's second coder, give that one "
                "--coder and --with-others",
                in_python={"--coder and --with-others": "to agreement_with_others()"},
            )
        turns = {t: transcript_store.transcript_turns(conn, t) for t in sorted(shared)}
        done = {c: coding_store.reviewed_turns(conn, c) for c in coders}
    comparisons = [(t, coders) for t in sorted(shared)]
    return _report(coders, comparisons, turns, by_coder, codebook, unit, redactor, done)


def agreement_with_others(
    project: Project,
    coder: str,
    codebook: Codebook,
    *,
    unit: str = "turn",
    redactor: Redactor | None = None,
) -> AgreementReport:
    """Compare one coder with the second coder of each of their transcripts, pooled.

    For a study where a second coder checked some interviews and a third others: each
    transcript the coder shares with another coder is compared as a pair, and the
    figures pool the pairs. Where several others coded a transcript, its second coder is
    the one with the most codings there (the first by name on a tie), so that every turn
    counts once.

    Raises:
        AgreementError: when nobody else coded any of the coder's transcripts.
    """
    redactor = redactor or project_redactor(project)
    _check_unit(unit)
    with project.read() as conn:
        everyone = {c.coder for c in coding_store.list_codings(conn)}
        coder = coder_meant(redactor, coder, everyone)
        by_coder = {c: coding_store.list_codings(conn, coder=c) for c in sorted(everyone)}
        own = {c.transcript_id for c in by_coder.get(coder, [])}
        comparisons = []
        for t in sorted(own):
            others = [
                (-sum(c.transcript_id == t for c in by_coder[other]), other)
                for other in sorted(everyone - {coder})
            ]
            most, second = min(others, default=(0, ""))
            if most:
                comparisons.append((t, (coder, second)))
        if not comparisons:
            raise AgreementError(f"nobody else has coded a transcript {coder} coded")
        turns = {
            t: transcript_store.transcript_turns(conn, t)
            for t in sorted({t for t, _ in comparisons})
        }
        paired = tuple(dict.fromkeys(c for _, pair in comparisons for c in pair))
        done = {c: coding_store.reviewed_turns(conn, c) for c in paired}
    report = _report(paired, comparisons, turns, by_coder, codebook, unit, redactor, done)
    return replace(
        report, against=coder, second_coders=tuple((t, pair[1]) for t, pair in comparisons)
    )


def _check_unit(unit: str) -> None:
    if unit not in ("turn", "sentence"):
        raise AgreementParameterError("unit", unit, "use turn or sentence")


def _report(
    coders: tuple[str, ...],
    comparisons: list[tuple[int, tuple[str, ...]]],
    turns: dict,
    by_coder: dict,
    codebook: Codebook,
    unit: str,
    redactor: Redactor,
    done: dict[str, set[tuple[int, int]]],
) -> AgreementReport:
    """Figures over ``comparisons``: (transcript, the coders compared on it), every
    tuple as long, its first coder in the first row of decisions, and so on; ``done``:
    per coder the turns they marked done."""
    from qualkod.nlp import sentence_spans

    themes = [t.id for t in codebook.themes]
    # (transcript, turn) -> coder -> list of (start, end, theme)
    spans: dict[tuple[int, int], dict[str, list[tuple[int, int, str]]]] = {}
    for coder, rows in by_coder.items():
        for c in rows:
            theme = codebook.theme_of(c.code_id)
            if theme is not None and c.transcript_id in turns:
                spans.setdefault((c.transcript_id, c.turn), {}).setdefault(coder, []).append(
                    (c.start, c.end, theme.id)
                )
    rows_per_unit = len(comparisons[0][1])
    matrix = {theme: [[] for _ in range(rows_per_unit)] for theme in themes}
    disagreements = []
    units = 0
    for transcript_id, compared in comparisons:
        for turn in turns[transcript_id]:
            if turn.speaker.role is not Role.INTERVIEWEE:
                continue
            pieces = sentence_spans(turn.text) if unit == "sentence" else [(0, len(turn.text))]
            coded = spans.get((transcript_id, turn.index), {})
            for number, (start, end) in enumerate(pieces, start=1):
                units += 1
                for theme in themes:
                    applied = tuple(
                        coder
                        for coder in compared
                        if any(
                            s < end and e > start and t == theme for s, e, t in coded.get(coder, [])
                        )
                    )
                    for row, coder in zip(matrix[theme], compared, strict=True):
                        row.append(1 if coder in applied else 0)
                    if applied and len(applied) < len(compared):
                        disagreements.append(
                            Disagreement(
                                transcript_id,
                                turn.index,
                                number if unit == "sentence" else None,
                                theme,
                                applied,
                                tuple(c for c in compared if c not in applied),
                                turn.speaker.pseudonym,
                                redactor.excerpt(turn.text, start, end),
                            )
                        )
    if not units:
        raise AgreementError("the shared transcripts have no interviewee turns to compare")
    reached = []
    for coder in coders:
        theirs = [
            (t, turn.index)
            for t, compared in comparisons
            if coder in compared
            for turn in turns[t]
            if turn.speaker.role is Role.INTERVIEWEE
        ]
        touched = sum(key in done[coder] or coder in spans.get(key, {}) for key in theirs)
        reached.append((coder, touched, len(theirs)))
    per_theme = tuple(_figures(theme, matrix[theme]) for theme in themes)
    pooled = [sum((matrix[theme][i] for theme in themes), []) for i in range(rows_per_unit)]
    return AgreementReport(
        coders,
        unit,
        tuple(sorted({t for t, _ in comparisons})),
        per_theme,
        _figures("overall", pooled),
        tuple(disagreements),
        reached=tuple(reached),
    )
