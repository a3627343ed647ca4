import pytest

from articles.models import Article
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_article_body_html_escapes_dump_text():
    article = make_article(
        body=[
            {"kind": "p", "text": "<script>alert(1)</script> & more"},
            {"kind": "h", "text": "A <b>heading</b>"},
        ]
    )
    assert "<script>" not in article.body_html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in article.body_html
    assert '<h2 id="s1-a-bheadingb">' in article.body_html
    assert "&lt;b&gt;heading&lt;/b&gt;" in article.body_html


def test_article_derived_fields_are_computed_on_save():
    words = " ".join(["word"] * 440)
    article = make_article(title="Почта Казахстана", body=[{"kind": "p", "text": words}])
    assert article.word_count == 440
    assert article.reading_minutes == 2
    assert article.summary == words
    assert "почта казахстана" in article.search_text


def test_published_queryset_hides_unpublished():
    shown = make_article()
    make_article(is_published=False)
    assert list(Article.objects.published()) == [shown]
