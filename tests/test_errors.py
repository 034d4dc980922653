"""The error hierarchy: Python callers read parameters, the command line its options."""

from __future__ import annotations

from qualkod.errors import ParameterError, QualkodError


def test_a_refused_value_is_named_by_its_parameter_and_on_the_command_line_its_option():
    error = ParameterError("max_quotes", 0, "use 1 or more")
    assert str(error) == "max_quotes=0: use 1 or more"
    assert error.for_option() == "--max-quotes 0: use 1 or more"
    named = ParameterError("title", "2019", "digits alone", quoted=True)
    assert (str(named), named.for_option()) == (
        "title='2019': digits alone",
        "--title '2019': digits alone",
    )
    alone = ParameterError("template", None, "it has no heading 2 style")
    assert (str(alone), alone.for_option()) == (
        "template: it has no heading 2 style",
        "--template: it has no heading 2 style",
    )


def test_an_option_named_otherwise_and_values_refused_together():
    coders = ParameterError("coders", "cecilia", "has no codings", option="coder")
    assert (str(coders), coders.for_option()) == (
        "coders='cecilia': has no codings",
        "--coder cecilia: has no codings",
    )
    span = ParameterError("start", 5, "need start < end", also={"end": 3})
    assert (str(span), span.for_option()) == (
        "start=5, end=3: need start < end",
        "--start 5 --end 3: need start < end",
    )


def test_options_a_message_names_read_as_python_gives_them():
    error = QualkodError(
        "removing it deletes them too: add --with-codings to remove both",
        in_python={"--with-codings": "with_codings=True"},
    )
    assert str(error) == "removing it deletes them too: add with_codings=True to remove both"
    assert error.for_option() == "removing it deletes them too: add --with-codings to remove both"
    # an option standing alone only: not the start of a longer one, nor a value's part
    longer = QualkodError("give --coder or --coder-file x--coder", in_python={"--coder": "coder"})
    assert str(longer) == "give coder or --coder-file x--coder"
    # a value the message quotes is not read as a replacement template
    quoted = ParameterError(
        "quote",
        None,
        r"'a\1' is not in the turn; or give --start/--end",
        option="text",
        in_python={"--start/--end": r"start/end \1"},
    )
    assert str(quoted) == r"quote: 'a\1' is not in the turn; or give start/end \1"
    assert quoted.for_option() == r"--text: 'a\1' is not in the turn; or give --start/--end"


def test_an_error_without_options_reads_the_same_everywhere():
    error = QualkodError("studie.db: not a qualkod project")
    assert str(error) == error.for_option() == "studie.db: not a qualkod project"
