"""The data migration that ships the weighted reference rules keeps what editors added."""

from importlib import import_module

import pytest
from django.apps import apps

from articles.models import Country, Topic

pytestmark = pytest.mark.django_db

rules = import_module("articles.migrations.0009_tagging_reference_rules")


def test_every_reference_topic_has_weighted_english_and_russian_rules():
    for topic in Topic.objects.all():
        lines = topic.keyword_list()
        assert any(line[0].isascii() and line[-1].isdigit() for line in lines), topic.name
        assert any("а" <= line[0].lower() <= "я" for line in lines), topic.name
        assert topic.min_score == 10


def test_every_central_asian_country_has_russian_aliases():
    for country in Country.objects.filter(is_central_asian=True):
        assert sum("а" <= alias[0].lower() <= "я" for alias in country.alias_list()) >= 5


def test_backwards_and_forwards_keep_an_editors_own_lines():
    economy = Topic.objects.get(slug="economy-and-trade")
    economy.keywords += "\nzorgonium 2"
    economy.save()
    kazakhstan = Country.objects.get(slug="kazakhstan")
    kazakhstan.aliases += "\nZhetysu Valley"
    kazakhstan.save()

    rules.update(apps, forwards=False)

    economy.refresh_from_db()
    kazakhstan.refresh_from_db()
    assert economy.keyword_list()[:3] == ["economy", "economic*", "trade"]
    assert economy.keyword_list()[-1] == "zorgonium 2"
    assert "Шымкент*" not in kazakhstan.alias_list()
    assert kazakhstan.alias_list()[-1] == "Zhetysu Valley"

    rules.update(apps, forwards=True)

    economy.refresh_from_db()
    kazakhstan.refresh_from_db()
    assert economy.keyword_list()[:2] == ["# The topic itself", "economy 3"]
    assert economy.keyword_list()[-1] == "zorgonium 2"
    assert "Шымкент*" in kazakhstan.alias_list()
    assert "Zhetysu Valley" in kazakhstan.alias_list()
