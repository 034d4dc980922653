"""Suggest: codebook-driven Swedish suggestions with evidence, and a classifier that learns.

The NLP side (:mod:`lexicon`, :mod:`classifier`, :mod:`engine`) works on text and
models only; :mod:`service` connects it to a project.
"""
