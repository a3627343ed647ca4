import pytest

from articles.models import Article, Country, Topic
from articles.tagging import Tagger, apply_tags
from tests.factories import make_article, set_countries

pytestmark = pytest.mark.django_db


def country_slugs(tags):
    names = dict(Country.objects.values_list("pk", "slug"))
    return [names[pk] for pk in tags.country_ids]


def topic_slugs(tags):
    names = dict(Topic.objects.values_list("pk", "slug"))
    return [names[pk] for pk in tags.topic_ids]


@pytest.fixture
def tagger():
    return Tagger.from_database()


def test_headline_country_is_primary_and_body_mentions_rank_the_rest(tagger):
    tags = tagger.tag(
        "Kyrgyzstan Signs Deal With Turkey",
        ["Bishkek and Ankara agreed on trade.", "Turkish firms and Russian banks will join."],
    )
    assert country_slugs(tags)[:2] == ["kyrgyzstan", "turkey"]


def test_central_asian_headline_country_leads_in_headline_order(tagger):
    tags = tagger.tag(
        "China Buys Grain From Kazakhstan and Uzbekistan",
        ["Chinese buyers met in Beijing, Shanghai and Urumqi with Chinese officials."],
    )
    assert country_slugs(tags)[:3] == ["kazakhstan", "uzbekistan", "china"]


def test_single_passing_mention_does_not_count(tagger):
    tags = tagger.tag(
        "Kazakhstan Opens Museum",
        ["Astana opened a museum.", "Visitors came from Iran too.", "It is large."],
    )
    assert country_slugs(tags) == ["kazakhstan"]


def test_short_aliases_match_case_exactly(tagger):
    assert "united-states" in country_slugs(
        tagger.tag("U.S. Envoy Visits Tashkent", ["The US envoy met officials."])
    )
    assert "united-states" not in country_slugs(
        tagger.tag("Tashkent Welcomes Visitors", ["Let us hope for us all and us again."])
    )


def test_wildcard_aliases_match_cyrillic_inflections_in_any_case(tagger):
    tags = tagger.tag("ТОКАЕВ ВСТРЕТИЛСЯ С ИНВЕСТОРАМИ", ["В Казахстане прошла встреча."])
    assert country_slugs(tags) == ["kazakhstan"]


def test_topics_need_a_headline_match_or_three_mentions(tagger):
    tags = tagger.tag(
        "Railway Freight Grows",
        ["Cargo volumes rose.", "Freight trains carried cargo.", "The weather was fine."],
    )
    assert topic_slugs(tags)[0] == "transport-and-logistics"
    assert "environment-climate-and-water" not in topic_slugs(tags)


def test_rules_come_from_the_database(tagger):
    kazakhstan = Country.objects.get(slug="kazakhstan")
    kazakhstan.aliases += "\nZhetysu Valley"
    kazakhstan.save()
    tags = Tagger.from_database().tag("Floods Hit Zhetysu Valley", ["Rescuers arrived."])
    assert country_slugs(tags) == ["kazakhstan"]


def test_apply_tags_keeps_locked_relations():
    free = make_article(title="Tajikistan Opens Dam", body=[{"kind": "p", "text": "In Dushanbe."}])
    locked = make_article(
        title="Tajikistan Opens Bridge",
        body=[{"kind": "p", "text": "In Dushanbe."}],
        locked_fields=["countries"],
    )
    set_countries(locked, ["mongolia"])

    changed = apply_tags(Article.objects.all())

    assert changed == 1
    free.refresh_from_db()
    locked.refresh_from_db()
    assert free.primary_country.slug == "tajikistan"
    assert locked.primary_country.slug == "mongolia"
    assert list(locked.countries.values_list("slug", flat=True)) == ["mongolia"]
