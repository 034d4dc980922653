"""Analysis: agreement between coders and the DataFrames reviewers read."""

from qualkod.analysis.agreement import (
    AgreementReport,
    agreement,
    agreement_with_others,
    cohen_kappa,
    krippendorff_alpha,
    percent_agreement,
)
from qualkod.analysis.material import Material, Scope, load_material
from qualkod.analysis.tables import (
    ALL_TRANSCRIPTS,
    LINK_COLUMNS,
    QUOTE_COLUMNS,
    concept_coverage,
    cooccurrence,
    counts,
    coverage,
    links,
    quotes,
    theory_matrix,
)

__all__ = [
    "ALL_TRANSCRIPTS",
    "LINK_COLUMNS",
    "QUOTE_COLUMNS",
    "AgreementReport",
    "Material",
    "Scope",
    "agreement",
    "agreement_with_others",
    "cohen_kappa",
    "concept_coverage",
    "cooccurrence",
    "counts",
    "coverage",
    "krippendorff_alpha",
    "links",
    "load_material",
    "percent_agreement",
    "quotes",
    "theory_matrix",
]
