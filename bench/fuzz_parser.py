"""Fuzz the parser for longer than the test suite does; prints figures, asserts nothing.

    python bench/fuzz_parser.py [--random 20000] [--mutated 5000] [--seed 0] [--size 1000000]

Three parts:

1. Random inputs: random bytes, and random text made of the pieces the scanner branches on
   (ticker signs, shortcodes, author-box lines, datelines, private-use and bidi characters).
2. Mutated inputs: the sample dumps in samples/ with random deletions, duplications,
   insertions of random bytes or furniture lines, and swapped ranges.
3. Adversarial inputs: a megabyte of each kind in tests/ingest/adversarial.py, timed.

For 1 and 2 it counts inputs, ParseError refusals, exceptions other than ParseError (which
must be 0) and records that break the output contract in tests/ingest/wellformed.py (which
must be 0), and shows the first few of each. Times are CPU seconds of this process (the
machine may be busy with other work; wall-clock time would measure that too).
"""

import argparse
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.parser import ParseError, parse_page  # noqa: E402
from tests.ingest.adversarial import KINDS, UNITS, repeated  # noqa: E402
from tests.ingest.wellformed import check_page  # noqa: E402

PIECES = [
    *"\n\n\n  abcKZTUSD•[]/=%@:.,;!?()—–-'\"…0123456789",
    *["\u00a0", "\ue000", "\ue001", "\u200b", "\u202e", "\ufeff", "\r", "ж", "Қ", "ſ", "İ"],
    *["Avatar", "divider", "Articles", "Our People > ", "View more articles from"],
    *["Viewing results 1 - 6 of ", "photo: ", "  • Written by ", "Continue reading"],
    *["Read more: ", "[caption]", "[/caption]", "[video]", "[/video]", "Times of Central Asia"],
    *["(TCA) — ", "Kazakhstan Opens New Port", "ASTANA", "On May 23, 2025", "Dec 17 — "],
    *["08 December 2025", "(Ministry photo)", "The Publisher's note: ", "  • KZT/USD = "],
]
MAX_SHOWN = 5


def main() -> None:
    args = arguments()
    rng = random.Random(args.seed)
    samples = [path.read_bytes() for path in sorted((ROOT / "samples").glob("*.txt"))]

    random_inputs = (random_input(rng) for _ in range(args.random))
    report("random", run(random_inputs))
    mutated_inputs = (mutate(rng, rng.choice(samples)) for _ in range(args.mutated))
    report("mutated samples", run(mutated_inputs))
    adversarial(args.size)


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--random", type=int, default=20000, help="random inputs (20000)")
    parser.add_argument("--mutated", type=int, default=5000, help="mutated samples (5000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (0)")
    parser.add_argument("--size", type=int, default=1_000_000, help="adversarial bytes (1 MB)")
    return parser.parse_args()


def random_input(rng: random.Random) -> bytes:
    if rng.random() < 0.3:
        return rng.randbytes(rng.randrange(3000))
    text = "".join(rng.choices(PIECES, k=rng.randrange(400)))
    return text.encode("windows-1251", "ignore") if rng.random() < 0.2 else text.encode()


def mutate(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randrange(1, 9)):
        at, length = rng.randrange(len(out) + 1), rng.randrange(400)
        operation = rng.choice(["delete", "duplicate", "insert", "furniture", "swap"])
        if operation == "delete":
            del out[at : at + length]
        elif operation == "duplicate":
            out[at:at] = out[at : at + length] * rng.randrange(1, 4)
        elif operation == "insert":
            out[at:at] = rng.randbytes(rng.randrange(40))
        elif operation == "furniture":
            out[at:at] = (UNITS[rng.choice(KINDS)] or "  • KZT/USD = 1 1%\n").encode()
        else:
            out[at : at + 2 * length] = out[at + length : at + 2 * length] + out[at : at + length]
    return bytes(out)


def run(inputs) -> dict:
    tally = {"inputs": 0, "refused": 0, "seconds": 0.0, "bytes": 0}
    crashes: Counter = Counter()
    broken: Counter = Counter()
    examples: list[str] = []
    for data in inputs:
        tally["inputs"] += 1
        tally["bytes"] += len(data)
        started = time.process_time()
        try:
            page = parse_page(data)
        except ParseError:
            tally["refused"] += 1
            continue
        except Exception as error:  # the figure this script exists for
            crashes[type(error).__name__] += 1
            if len(examples) < MAX_SHOWN:
                examples.append(f"{data[:120]!r}\n{traceback.format_exc(limit=-3)}")
            continue
        finally:
            tally["seconds"] += time.process_time() - started
        try:
            check_page(page)
        except AssertionError as error:
            broken[str(error)[:80]] += 1
            if len(examples) < MAX_SHOWN:
                examples.append(f"{data[:120]!r}\ncontract: {error}")
    return {**tally, "crashes": crashes, "broken": broken, "examples": examples}


def report(name: str, result: dict) -> None:
    crashes, broken = sum(result["crashes"].values()), sum(result["broken"].values())
    print(f"{name}: {result['inputs']:,} inputs, {result['bytes'] / 1e6:.1f} MB")
    print(f"  refused with ParseError        {result['refused']:>8,}")
    print(f"  exceptions other than ParseError {crashes:>6,}  {dict(result['crashes']) or ''}")
    print(f"  records breaking the contract  {broken:>8,}  {dict(result['broken']) or ''}")
    per_mb = result["seconds"] / max(result["bytes"] / 1e6, 1e-9)
    print(f"  parse time (CPU)               {result['seconds']:>8.2f} s, {per_mb:.2f} s/MB")
    for example in result["examples"]:
        print("  ---", example.replace("\n", "\n      "))


def adversarial(size: int) -> None:
    print(f"adversarial: {size / 1e6:.1f} MB of each kind, CPU seconds per MB")
    slowest = 0.0
    for kind in KINDS:
        data = repeated(kind, size)
        started = time.process_time()
        try:
            page = parse_page(data)
            outcome = f"{len(page.articles)} articles"
        except ParseError as error:
            outcome = f"refused: {error}"
        except Exception as error:
            outcome = f"CRASH {type(error).__name__}"
        per_mb = (time.process_time() - started) / (len(data) / 1e6)
        slowest = max(slowest, per_mb)
        print(f"  {kind:28} {per_mb:6.3f} s/MB  {outcome}")
    print(f"  slowest                      {slowest:6.3f} s/MB")


if __name__ == "__main__":
    main()
