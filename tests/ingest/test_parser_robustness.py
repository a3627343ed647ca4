"""Any input: the parser is linear in time and raises nothing but ParseError.

Hostile inputs are one kind of furniture repeated to a megabyte (tests/ingest/adversarial.py);
the property tests feed random bytes, random text over the characters the scanner cares about,
and the sample dumps with random damage. Every record that comes back is checked against the
output contract (tests/ingest/wellformed.py). bench/fuzz_parser.py runs the same for longer.
"""

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.parser import ParseError, parse_page, split_kind
from tests.ingest.adversarial import KINDS, UNITS, repeated
from tests.ingest.wellformed import check_page

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.txt"))
MEGABYTE = 1_000_000
# Each kind takes well under a second; the bound only has to catch quadratic time, which at a
# megabyte takes minutes.
BOUND_SECONDS = 3.0


def parse_or_refuse(data: bytes) -> None:
    """Parse; a ParseError is a refusal, anything else fails the test."""
    try:
        page = parse_page(data)
    except ParseError:
        return
    check_page(page)


@pytest.mark.parametrize("kind", KINDS)
def test_a_megabyte_of_one_repeated_kind_parses_in_linear_time(kind):
    data = repeated(kind, MEGABYTE)

    started = time.process_time()  # CPU time: other processes on the machine do not count
    parse_or_refuse(data)
    elapsed = time.process_time() - started

    assert elapsed < BOUND_SECONDS, f"{kind}: {elapsed:.1f} s for 1 MB"


def test_unclosed_caption_shortcodes_are_not_rescanned():
    started = time.process_time()
    page = parse_page(b"[caption " * 44445)
    elapsed = time.process_time() - started

    assert elapsed < 1.0
    assert page.articles == []


def test_private_use_characters_in_the_text_are_not_caption_markers():
    page = parse_page(
        "Bishkek Opens a Felt Museum\n\nThe museum \ue0007\ue001 shows felt from Naryn.\n".encode()
    )

    (article,) = page.articles
    assert article.captions == []
    assert article.paragraphs == ["The museum 7 shows felt from Naryn."]


def test_result_count_too_long_to_be_a_count_is_ignored_with_a_warning():
    page = parse_page(
        (
            "Viewing results 1 - 6 of " + "9" * 5000 + "\n\nAstana Plants Trees\n\nIn parks.\n"
        ).encode()
    )

    assert page.results_total is None
    assert page.warnings[0].startswith("result count not understood")


@pytest.mark.parametrize("title", ["İnterview: The Mayor", "Analyſis: Grain Prices"])
def test_kind_prefix_with_non_ascii_case_variants_is_not_a_prefix(title):
    assert split_kind(title) == (None, title)


def test_warnings_are_said_once_and_at_most_a_hundred_plus_a_count():
    lines = "".join(f"  • K{chr(65 + i % 26)}{chr(65 + i // 26)}/USD = n/a\n" for i in range(300))
    page = parse_page(
        (lines + "  • KZT/USD = n/a\n" * 50 + "\nAstana Plants Trees\n\nIn parks.\n").encode()
    )

    assert len(page.warnings) == 101
    assert page.warnings[-1] == "201 more warnings not shown"


# --- properties ------------------------------------------------------------------------------

# The characters the scanner, the layouts and the article builder branch on.
_ALPHABET = st.sampled_from(
    list("\n\n\n  abcKZTUSD•[]/=%@:.,;!?()—–-'\"…0123456789")
    + ["\u00a0", "\ue000", "\ue001", "\u200b", "\u202e", "\ufeff", "\r", "ж", "Қ", "ſ", "İ"]
    + ["Avatar", "divider", "Articles", "Our People > ", "View more articles from"]
    + ["Viewing results 1 - 6 of ", "photo: ", "Written by ", "Continue reading", "Read more: "]
    + ["[caption]", "[/caption]", "[video]", "[/video]", "Times of Central Asia", "(TCA) — "]
    + ["Kazakhstan Opens New Port", "ASTANA", "On May 23, 2025", "Dec 17 — ", "08 December 2025"]
    + ["  • KZT/USD = ", "0.5 ", "−5%", "Y", "(Ministry photo)", "The Publisher's note: "]
    + ["Weekly Digest", "SAMPLE PAGE — "]
)
_MUTATIONS = st.lists(
    st.tuples(
        st.sampled_from(["delete", "duplicate", "insert", "furniture", "swap"]),
        st.floats(0, 1),
        st.integers(0, 400),
        st.binary(max_size=40),
        st.sampled_from(sorted(UNITS)),
    ),
    min_size=1,
    max_size=8,
)
_SETTINGS = settings(
    derandomize=True,
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def mutate(data: bytes, mutations) -> bytes:
    """Apply (operation, where, how long, bytes, furniture kind) edits to a dump."""
    out = bytearray(data)
    for operation, where, length, payload, kind in mutations:
        at = int(where * len(out))
        if operation == "delete":
            del out[at : at + length]
        elif operation == "duplicate":
            out[at:at] = out[at : at + length]
        elif operation == "insert":
            out[at:at] = payload
        elif operation == "furniture":
            out[at:at] = (UNITS[kind] or "  • KZT/USD = 1 1%\n").encode()
        else:
            out[at : at + 2 * length] = out[at + length : at + 2 * length] + out[at : at + length]
    return bytes(out)


@_SETTINGS
@given(st.binary(max_size=3000))
def test_random_bytes_parse_or_raise_parse_error(data):
    parse_or_refuse(data)


@_SETTINGS
@given(st.lists(_ALPHABET, max_size=300).map("".join))
def test_random_text_of_meaningful_pieces_parses_or_raises_parse_error(text):
    parse_or_refuse(text.encode())
    parse_or_refuse(text.encode("windows-1251", "ignore"))


@_SETTINGS
@given(st.sampled_from(SAMPLES), _MUTATIONS)
def test_damaged_samples_parse_or_raise_parse_error(path, mutations):
    parse_or_refuse(mutate(path.read_bytes(), mutations))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.name)
def test_every_sample_is_well_formed(path):
    check_page(parse_page(path.read_bytes()))
