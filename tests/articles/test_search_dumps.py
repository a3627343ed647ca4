"""The done-when search facts, with the real dumps in ../shared/dumps imported.

Expectations are derived from the imported text at run time: no dump text is copied here.
"""

from collections import Counter
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article
from articles.search.query import SEARCH_WORD_RE

DUMPS = Path(__file__).resolve().parents[2].parent / "shared" / "dumps"

pytestmark = pytest.mark.django_db


@pytest.fixture
def dumps(db):
    if not DUMPS.is_dir():
        pytest.skip(f"../shared/dumps not found at {DUMPS}: nothing real to search")
    call_command("import_dumps", str(DUMPS), stdout=StringIO())
    assert Article.objects.published().exists()


def found(client, query):
    response = client.get(reverse("articles:search"), {"q": query})
    assert response.status_code == 200
    paginator = response.context["page_obj"].paginator
    return {article.title for article in paginator.object_list[: paginator.count]}


def titles_where(predicate):
    return {a.title for a in Article.objects.published() if predicate(a.search_text)}


def words(text):
    return SEARCH_WORD_RE.findall(text)


def test_every_spelling_of_tokayev_finds_the_articles_that_mention_him(client, dumps):
    mentioning = titles_where(lambda text: "tokayev" in words(text))
    assert mentioning, "the dumps mention Tokayev"
    for query in ("Tokayev", "Tokaev", "Токаев", "ТОКАЕВ", "tokaev"):
        assert found(client, query) == mentioning, query


def test_a_cyrillic_word_is_found_whatever_its_case(client, dumps):
    about_kazakhstan = titles_where(lambda text: "kazakhstan" in words(text))
    assert about_kazakhstan
    for query in ("Казахстан", "КАЗАХСТАН", "казахстан", "каЗАХстан"):
        assert found(client, query) == about_kazakhstan, query


def test_a_quoted_phrase_finds_only_the_article_that_contains_it(client, dumps):
    texts = {a.title: words(a.search_text) for a in Article.objects.published()}
    document_frequency = Counter(word for ws in texts.values() for word in set(ws))
    pairs = Counter(pair for ws in texts.values() for pair in set(zip(ws, ws[1:], strict=False)))
    # Two words that each appear in several articles but side by side in only one.
    title, phrase = next(
        (title, pair)
        for title, ws in texts.items()
        for pair in zip(ws, ws[1:], strict=False)
        if pairs[pair] == 1
        and min(document_frequency[pair[0]], document_frequency[pair[1]]) >= 3
        and sum(set(pair) <= set(other) for other in texts.values()) >= 2
    )
    assert found(client, " ".join(phrase)) > {title}
    assert found(client, '"' + " ".join(phrase) + '"') == {title}
