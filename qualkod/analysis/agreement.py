"""Inter-coder agreement per theme: percent agreement, Cohen's kappa, Krippendorff's alpha.

The unit of analysis is an interviewee turn (or a sentence of one) in the
transcripts that every compared coder has coded. For each unit and theme a coder's
decision is 1 when any of their codings under that theme overlaps the unit, else 0.
Overall figures pool all (unit, theme) decisions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qualkod.errors import QualkodError
from qualkod.measures import cohen_kappa
from qualkod.models import Codebook, Role
from qualkod.redaction import Redactor
from qualkod.redaction.project import project_redactor
from qualkod.store import Project
from qualkod.store import codings as coding_store
from qualkod.store import transcripts as transcript_store


class AgreementError(QualkodError):
    """Agreement cannot be computed for the coders asked."""


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
    applied_by: tuple[str, ...]
    """Coders who applied the theme."""
    not_by: tuple[str, ...]
    """Coders who did not."""
    speaker: str
    text: str
    """The unit's words, redacted like every output."""


@dataclass(frozen=True)
class AgreementReport:
    """Everything ``qualkod agreement`` shows."""

    coders: tuple[str, ...]
    unit: str
    transcripts: tuple[int, ...]
    themes: tuple[Agreement, ...]
    overall: Agreement
    disagreements: tuple[Disagreement, ...]


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
        AgreementError: with fewer than two coders, or no transcript coded by all.
    """
    from qualkod.nlp import sentence_spans

    coders = tuple(dict.fromkeys(coders))
    if len(coders) < 2:
        raise AgreementError("--coder: name at least two coders to compare")
    if unit not in ("turn", "sentence"):
        raise AgreementError(f"--unit {unit}: use turn or sentence")
    with project.read() as conn:
        by_coder = {c: coding_store.list_codings(conn, coder=c) for c in coders}
        for coder, rows in by_coder.items():
            if not rows:
                raise AgreementError(f"--coder {coder}: has no codings in {project.location}")
        shared = set.intersection(*({c.transcript_id for c in rows} for rows in by_coder.values()))
        if not shared:
            raise AgreementError(
                f"coders {', '.join(coders)} have not coded any transcript in common"
            )
        turns = {t: transcript_store.transcript_turns(conn, t) for t in sorted(shared)}
    redactor = redactor or project_redactor(project)
    themes = [t.id for t in codebook.themes]
    # (transcript, turn) -> coder -> list of (start, end, theme)
    spans: dict[tuple[int, int], dict[str, list[tuple[int, int, str]]]] = {}
    for coder, rows in by_coder.items():
        for c in rows:
            theme = codebook.theme_of(c.code_id)
            if theme is not None and c.transcript_id in shared:
                spans.setdefault((c.transcript_id, c.turn), {}).setdefault(coder, []).append(
                    (c.start, c.end, theme.id)
                )
    units = []
    for transcript_id, stored in turns.items():
        for turn in stored:
            if turn.speaker.role is not Role.INTERVIEWEE:
                continue
            pieces = sentence_spans(turn.text) if unit == "sentence" else [(0, len(turn.text))]
            for number, (start, end) in enumerate(pieces, start=1):
                units.append(
                    (transcript_id, turn, number if unit == "sentence" else None, start, end)
                )
    matrix = {theme: [[] for _ in coders] for theme in themes}
    disagreements = []
    for transcript_id, turn, sentence, start, end in units:
        coded = spans.get((transcript_id, turn.index), {})
        for theme in themes:
            applied = tuple(
                coder
                for coder in coders
                if any(s < end and e > start and t == theme for s, e, t in coded.get(coder, []))
            )
            for row, coder in zip(matrix[theme], coders, strict=True):
                row.append(1 if coder in applied else 0)
            if applied and len(applied) < len(coders):
                disagreements.append(
                    Disagreement(
                        transcript_id,
                        turn.index,
                        sentence,
                        theme,
                        applied,
                        tuple(c for c in coders if c not in applied),
                        turn.speaker.pseudonym,
                        redactor.excerpt(turn.text, start, end),
                    )
                )
    if not units:
        raise AgreementError("the shared transcripts have no interviewee turns to compare")
    per_theme = tuple(_figures(theme, matrix[theme]) for theme in themes)
    pooled = [sum((matrix[theme][i] for theme in themes), []) for i in range(len(coders))]
    return AgreementReport(
        coders,
        unit,
        tuple(sorted(shared)),
        per_theme,
        _figures("overall", pooled),
        tuple(disagreements),
    )
