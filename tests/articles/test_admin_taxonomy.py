import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from articles.models import Country, Topic
from tests.factories import make_article

pytestmark = pytest.mark.django_db

TASHKENT_BODY = [{"kind": "p", "text": "An invented paragraph about Tashkent and its markets."}]


def test_country_list_shows_article_counts(admin_client):
    make_article(countries=["kazakhstan", "china"])
    make_article(countries=["china"])

    response = admin_client.get(reverse("admin:articles_country_changelist"), {"q": "China"})

    china = response.context["cl"].result_list[0]
    assert (china.name, china.article_count, china.primary_count) == ("China", 2, 1)
    assert "Re-tag all articles" in response.content.decode()


def test_topic_list_shows_article_counts(admin_client):
    make_article(topics=["energy"])
    response = admin_client.get(reverse("admin:articles_topic_changelist"), {"q": "Energy"})
    assert response.context["cl"].result_list[0].article_count == 1


def test_editing_aliases_then_retag_all_applies_them_except_where_set_by_hand(admin_client):
    mongolia = Country.objects.get(slug="mongolia")
    tagged = make_article(title="Invented Story From Zorgolville", body=TASHKENT_BODY)
    hand_set = make_article(
        title="Another Invented Story From Zorgolville",
        countries=["china"],
        locked_fields=["countries"],
    )
    url = reverse("admin:articles_country_change", args=[mongolia.pk])
    page = admin_client.get(url)
    data = {
        key: value
        for key, value in page.context["adminform"].form.initial.items()
        if value not in (None, False)
    }
    data["aliases"] = mongolia.aliases + "\nZorgolville"
    assert admin_client.post(url, data).status_code == 302

    retag = reverse("admin:articles_country_retag")
    confirm = admin_client.get(retag)
    assert confirm.status_code == 200
    assert "1 of them have countries or topics set by hand" in confirm.content.decode()
    assert admin_client.post(retag).status_code == 302

    tagged.refresh_from_db()
    hand_set.refresh_from_db()
    assert tagged.primary_country == mongolia
    assert hand_set.primary_country.slug == "china"


def test_retag_all_action_on_topics_goes_to_the_confirmation(admin_client):
    topic = Topic.objects.first()
    response = admin_client.post(
        reverse("admin:articles_topic_changelist"),
        {"action": "retag_all", ACTION_CHECKBOX_NAME: [topic.pk], "index": "0"},
    )
    assert response.status_code == 302
    assert response.url == reverse("admin:articles_topic_retag")


def test_retag_all_adds_a_new_topic_keyword_to_articles(admin_client):
    energy = Topic.objects.get(slug="energy")
    energy.keywords += "\nzorgonium"
    energy.save()
    article = make_article(title="Invented Zorgonium Find Announced")

    admin_client.post(reverse("admin:articles_topic_retag"))

    assert energy in article.topics.all()
