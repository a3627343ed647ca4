"""How close the reference rules come to an editor's topics, in figures.

The seed set is the 30 articles of the real dumps in ../shared/dumps with the topics an editor gave
them (expected-topics.json; without the dumps that test skips). The held-out and Russian sets are
invented articles in tests/articles/tagging_samples.py. Precision, recall and F1 are micro-averaged
over (article, topic) pairs and printed (run with -s to see them when the tests pass).
"""

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from articles.models import Topic
from articles.tagging import Tagger
from ingest.parser import parse_page
from tests.articles.tagging_samples import HELD_OUT, RUSSIAN

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "dumps"
EXPECTED = SHARED / "expected-topics.json"

pytestmark = pytest.mark.django_db


@dataclass(frozen=True)
class Figures:
    label: str
    articles: int
    true_positives: int
    false_positives: int
    false_negatives: int
    misses: list[str]  # "title: +given -missing" for the articles the tagger got wrong

    @property
    def precision(self):
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self):
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 0.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self):
        return (
            f"{self.label} ({self.articles} articles): precision {self.precision:.2f}, "
            f"recall {self.recall:.2f}, F1 {self.f1:.3f}"
        )

    def report(self):
        return "\n".join([str(self), *(f"  {miss}" for miss in self.misses)])


def measure(label, articles):
    """`articles`: (title, paragraphs, the editor's topic names) triples."""
    tagger = Tagger.from_database()
    names = dict(Topic.objects.values_list("pk", "name"))
    tp = fp = fn = 0
    misses = []
    for title, paragraphs, wanted in articles:
        given = {names[pk] for pk in tagger.tag(title, paragraphs).topic_ids}
        tp, fp, fn = tp + len(given & wanted), fp + len(given - wanted), fn + len(wanted - given)
        if given != wanted:
            misses.append(f"{title}: +{sorted(given - wanted)} -{sorted(wanted - given)}")
    figures = Figures(label, len(articles), tp, fp, fn, misses)
    print(f"\n{figures}")
    return figures


def seed_articles():
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    parsed = {}
    for path in sorted(SHARED.glob("*.txt")):
        for record in parse_page(path.read_bytes()).articles:
            parsed.setdefault(record.title, record)
    assert set(expected) <= set(parsed), "an expected title was not parsed"
    return [(t, parsed[t].paragraphs, set(topics)) for t, topics in expected.items()]


@pytest.mark.skipif(not EXPECTED.exists(), reason=f"real dumps not found at {SHARED}")
def test_topics_agree_with_the_editor_on_the_seed_articles():
    figures = measure("seed set", seed_articles())
    assert figures.f1 >= 0.9, figures.report()


def test_topics_agree_with_the_editor_on_held_out_articles():
    figures = measure("held-out set", [(s.title, s.paragraphs, s.topics) for s in HELD_OUT])
    assert figures.f1 >= 0.85, figures.report()


def test_russian_articles_get_their_topics_without_an_editor():
    figures = measure("Russian set", [(s.title, s.paragraphs, s.topics) for s in RUSSIAN])
    assert figures.precision == 1.0 and figures.recall >= 0.8, figures.report()


def test_every_article_gets_one_to_three_topics():
    tagger = Tagger.from_database()
    samples = [*HELD_OUT, *RUSSIAN]
    counts = [len(tagger.tag(s.title, s.paragraphs).topic_ids) for s in samples]
    assert all(1 <= count <= 3 for count in counts), counts
