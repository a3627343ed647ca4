"""Every write that public pages show moves the content version: the next request for a page a
client holds is a 200 with a new ETag, not a 304."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles import editorial
from articles.models import Topic
from tests.factories import make_article
from tests.ingest.dumps import river

pytestmark = pytest.mark.django_db


@pytest.fixture
def held_page(client):
    """The home page's ETag as a client holds it, and a check that it is still current."""
    make_article(title="Already here", countries=["kazakhstan"])
    etag = client.get("/")["ETag"]
    assert client.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 304

    def still_current():
        response = client.get("/", HTTP_IF_NONE_MATCH=etag)
        if response.status_code == 200:
            assert response["ETag"] != etag
        return response.status_code == 304

    return still_current


def test_an_import_makes_the_page_stale(held_page, tmp_path):
    dump = tmp_path / "a.txt"
    dump.write_text(river(("Kazakhstan Opens a Rail Link", ["Astana opened a railway."])))
    call_command("import_dumps", str(dump), stdout=io.StringIO())
    assert not held_page()


def test_an_editorial_service_makes_the_page_stale(held_page):
    editorial.set_published(articles=[make_article(title="Hidden")], published=False)
    assert not held_page()


def test_an_admin_save_makes_the_page_stale(held_page, admin_client):
    topic = Topic.objects.get(slug="energy")
    url = reverse("admin:articles_topic_change", args=[topic.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data["description"] = "Oil, gas, power and the grids that carry it."
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    assert not held_page()


def test_reading_leaves_the_page_current(held_page, client):
    client.get(reverse("articles:article_list"))
    assert held_page()
