"""The bar chart of coded quotes per theme and interview (matplotlib, PNG).

Grouped bars: one group per interview, one bar per theme in the codebook's colours,
the count written on each bar. The PNG carries no software version or date, so the
same counts always give the same bytes.
"""

from __future__ import annotations

import io
import textwrap
import warnings
from collections import Counter
from pathlib import Path

from qualkod.analysis.material import Material
from qualkod.errors import ParameterError, QualkodError
from qualkod.output_files import write_atomic
from qualkod.redaction.project import refuse_a_named_file

MAX_BARS = 5000
"""Themes x interviews beyond which a chart is refused: 40 themes across 100 interviews
still draw; a catalogue's 3,000 codes would take minutes and gigabytes for an unreadable
picture."""


def write_chart(material: Material, path: str | Path) -> Path:
    """Draw :func:`quotes_chart` of ``material`` into the PNG file ``path`` as ``qualkod
    stats --chart`` does, whole or not at all. Returns the path.

    Raises:
        ParameterError: when the name does not end in ``.png``.
        RedactionError: when the file name names someone in the interviews.
        QualkodError: when the chart would be too crowded to read, or the file cannot be
            written (see :func:`~qualkod.output_files.write_atomic`).
    """
    path = Path(path)
    if path.suffix.lower() != ".png":
        raise ParameterError("path", str(path), "give a .png file name", option="chart")
    refuse_a_named_file(material.redactor, path, option="chart")
    write_atomic(path, quotes_chart(material))
    return path


def quotes_chart(
    material: Material,
    *,
    title: str | None = "Kodade citat per tema och intervju",
    axis: str = "Kodade citat",
) -> bytes:
    """PNG bytes of the chart for the material's codings; no ``title`` in a document,
    where its caption says it.

    Raises:
        QualkodError: when it would have more than :data:`MAX_BARS` bars.
    """
    from matplotlib.figure import Figure  # no pyplot: no GUI backend, no global state
    from matplotlib.ticker import MaxNLocator

    transcripts = sorted(material.transcripts)
    labels = [textwrap.fill(material.title(t), 22) for t in transcripts]
    themes = [
        t
        for t in material.codebook.themes
        if not material.scope.theme or t.id == material.scope.theme
    ]
    count = len(themes) * len(transcripts)
    if count > MAX_BARS:
        raise QualkodError(
            f"the chart of quotes per theme and interview would have {count} bars "
            f"({len(themes)} themes x {len(transcripts)} interviews; at most {MAX_BARS} can "
            "be read); 'qualkod stats --chart' draws one theme's with --theme",
            in_python={"with --theme": "of a material loaded with theme=..."},
        )
    # Keyed by transcript id: titles may coincide once redacted ("Intervju [person]").
    # A passage (theme, transcript, ...) is one quote however many sub-codes it carries.
    totals = Counter(passage[:2] for passage in {material.passage(c) for c in material.codings})
    figure = Figure(figsize=(8, 4.5), dpi=150)
    axes = figure.subplots()
    width = 0.8 / max(len(themes), 1)
    for number, theme in enumerate(themes):
        values = [totals.get((theme.id, t), 0) for t in transcripts]
        positions = [x + (number - (len(themes) - 1) / 2) * width for x in range(len(transcripts))]
        bars = axes.bar(positions, values, width, label=theme.name, color=theme.color or "#777777")
        axes.bar_label(bars, padding=2, fontsize=8)
    axes.set_xticks(range(len(transcripts)), labels, fontsize=8)
    axes.set_ylabel(axis)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))  # quotes: no "2.5" on the axis
    if title:
        axes.set_title(title, fontsize=11)
    axes.spines[["top", "right"]].set_visible(False)
    axes.margins(y=0.15)
    axes.legend(frameon=False, fontsize=8, ncols=min(len(themes), 3), loc="upper left")
    with warnings.catch_warnings():  # a crowded legend's layout warning is no user's business
        warnings.simplefilter("ignore", UserWarning)
        figure.tight_layout()
        out = io.BytesIO()
        figure.savefig(out, format="png", metadata={"Software": None})
    return out.getvalue()
