"""Write codebook and catalogue models back as YAML that loads into equal models."""

from __future__ import annotations

import yaml

from qualkod.models import Code, Codebook, TheoryCatalogue


def _code(code: Code) -> dict:
    data: dict = {"id": code.id, "name": code.name, "definition": code.definition}
    if code.color:
        data["color"] = code.color
    if code.include:
        data["include"] = list(code.include)
    if code.exclude:
        data["exclude"] = [
            {"text": rule.text, "see": rule.see} if rule.see else rule.text for rule in code.exclude
        ]
    examples = {}
    if code.positive_examples:
        examples["positive"] = list(code.positive_examples)
    if code.negative_examples:
        examples["negative"] = list(code.negative_examples)
    if examples:
        data["examples"] = examples
    lexicon: dict = {}
    for name in ("lemmas", "phrases", "negation"):
        if values := getattr(code.lexicon, name):
            lexicon[name] = list(values)
    if code.lexicon.patterns:
        lexicon["patterns"] = [
            {"pattern": p.pattern, "negated": True} if p.negated else p.pattern
            for p in code.lexicon.patterns
        ]
    if lexicon:
        data["lexicon"] = lexicon
    if code.concepts:
        data["concepts"] = list(code.concepts)
    if code.codes:
        data["codes"] = [_code(child) for child in code.codes]
    return data


def _references(references) -> list[dict]:
    return [{"id": r.id, "text": r.text} for r in references]


def _yaml(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=88)


def dump_codebook(codebook: Codebook) -> str:
    """The codebook as YAML text."""
    meta: dict = {
        "id": codebook.id,
        "name": codebook.name,
        "version": codebook.version,
        "language": codebook.language,
    }
    if codebook.authors:
        meta["authors"] = list(codebook.authors)
    if codebook.description:
        meta["description"] = codebook.description
    if codebook.references:
        meta["references"] = _references(codebook.references)
    if codebook.theory:
        meta["theory"] = codebook.theory
    data: dict = {"codebook": meta, "themes": [_code(t) for t in codebook.themes]}
    if codebook.passages:
        data["passages"] = [
            {"text": p.text, "codes": list(p.codes), **({"voice": p.voice} if p.voice else {})}
            for p in codebook.passages
        ]
    return _yaml(data)


def dump_theory(catalogue: TheoryCatalogue) -> str:
    """The theory catalogue as YAML text."""
    meta: dict = {
        "id": catalogue.id,
        "name": catalogue.name,
        "version": catalogue.version,
        "language": catalogue.language,
    }
    if catalogue.description:
        meta["description"] = catalogue.description
    if catalogue.references:
        meta["references"] = _references(catalogue.references)
    concepts = []
    for concept in catalogue.concepts:
        source = {
            "author": concept.source.author,
            "year": concept.source.year,
            "title": concept.source.title,
        }
        if concept.source.pages:
            source["pages"] = concept.source.pages
        if concept.source.publisher:
            source["publisher"] = concept.source.publisher
        item = {
            "id": concept.id,
            "name": concept.name,
            "definition": concept.definition,
            "source": source,
        }
        if concept.related:
            item["related"] = list(concept.related)
        if concept.cues:
            item["cues"] = list(concept.cues)
        concepts.append(item)
    return _yaml({"catalogue": meta, "concepts": concepts})
