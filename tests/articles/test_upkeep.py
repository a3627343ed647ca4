"""articles.upkeep: one scope per write, nested scopes join it, applied once at its end."""

import pytest

from articles import editorial, upkeep
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def applied(monkeypatch):
    calls = []
    monkeypatch.setattr(upkeep, "_REFRESHERS", [lambda ids, before: calls.append(set(ids))])
    return calls


def test_nested_scopes_join_the_outer_one_and_apply_once(applied):
    with upkeep.articles_changing([1]) as outer:
        with upkeep.articles_changing([2]) as inner:
            inner.created([3])
        assert applied == []
        assert inner is outer
    assert applied == [{1, 2, 3}]


def test_a_failed_write_applies_nothing(applied):
    with pytest.raises(RuntimeError), upkeep.articles_changing([1]):
        raise RuntimeError("write failed")
    assert applied == []


def test_an_editorial_service_applies_for_the_articles_it_changed(applied):
    shown, hidden = make_article(), make_article(is_published=False)
    editorial.set_published(articles=[shown, hidden], published=False)
    assert applied == [{shown.pk, hidden.pk}]
