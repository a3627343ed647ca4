import pytest
from django.urls import reverse

from articles.models import Article
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


def make_story(**overrides):
    return make_article(
        title="Glaciers Retreat Faster in the Pamirs",
        kind=Article.Kind.INTERVIEW,
        dateline="DUSHANBE",
        photo_credit="Field Team",
        captions=["A glacier tongue above a valley."],
        body=[
            {"kind": "p", "text": "Scientists measured the ice for a decade."},
            {"kind": "h", "text": "What the numbers say"},
            {"kind": "p", "text": "The ice shrank by a fifth <quietly>."},
        ],
        author=make_author(name="Dana Field", role="Science Editor", bio="Writes about ice."),
        countries=["tajikistan", "kyrgyzstan"],
        topics=["environment-climate-and-water"],
        **overrides,
    )


def test_article_page_shows_the_story(client):
    article = make_story()
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    html = response.text
    assert "<h1" in html and "Glaciers Retreat Faster in the Pamirs</h1>" in html
    assert '<span class="kind">Interview</span>' in html
    assert "DUSHANBE" in html
    assert "1 min read" in html
    assert "Photo: Field Team" in html
    assert "A glacier tongue above a valley." in html
    assert '<h2 id="s1-what-the-numbers-say">What the numbers say</h2>' in html
    assert "&lt;quietly&gt;" in html  # the body stays escaped


def test_article_page_links_countries_topics_and_author(client):
    html = client.get(make_story().get_absolute_url()).text
    assert html.index('href="/countries/tajikistan/"') < html.index('href="/countries/kyrgyzstan/"')
    assert 'href="/topics/environment-climate-and-water/"' in html
    assert 'href="/authors/dana-field/"' in html
    assert "Science Editor" in html and "Writes about ice." in html


def test_article_page_includes_the_head_partial(client):
    article = make_story()
    html = client.get(article.get_absolute_url()).text
    assert f'<link rel="canonical" href="http://testserver{article.get_absolute_url()}">' in html


def test_excerpt_only_articles_say_so_and_trail_off(client):
    response = client.get(make_article(is_truncated=True).get_absolute_url())
    assert "Only the opening of this story was captured." in response.text
    assert 'class="story__body story__body--open"' in response.text  # the stylesheet's ellipsis
    response = client.get(make_article().get_absolute_url())
    assert "Only the opening of this story was captured." not in response.text
    assert "story__body--open" not in response.text


def test_an_excerpt_already_ending_in_an_ellipsis_gets_no_second_one(client):
    body = [{"kind": "p", "text": "It began with a letter..."}]
    response = client.get(make_article(is_truncated=True, body=body).get_absolute_url())
    assert "story__body--open" not in response.text


def test_a_credit_repeated_as_every_caption_is_shown_once(client):
    article = make_article(
        photo_credit="akorda", captions=["akorda", "Akorda ", "A yurt.", "akorda"]
    )
    html = client.get(article.get_absolute_url()).text
    assert html.count("akorda") + html.count("Akorda") == 1
    assert '<p class="story__caption">A yurt.</p>' in html
    assert '<p class="story__credit">Photo: akorda</p>' in html


def test_repeated_captions_without_a_credit_are_shown_once(client):
    html = client.get(make_article(captions=["akorda"] * 4).get_absolute_url()).text
    assert html.count('<p class="story__caption">akorda</p>') == 1


def test_sample_stories_say_so_on_the_page_and_in_lists(client):
    sample = make_article(title="An Invented Story", is_sample=True)
    html = client.get(sample.get_absolute_url()).text
    assert "<strong>Sample story:</strong> invented text bundled with the reader, not news." in html
    listed = client.get(reverse("articles:article_list")).text
    assert 'class="sample-label"' in listed
    real = client.get(make_article().get_absolute_url()).text
    assert "Sample story" not in real


def test_the_page_says_the_articles_language(client):
    article = make_article(title="Бишкек обсуждает бюджет", language="ru")
    html = client.get(article.get_absolute_url()).text
    assert '<article class="story" lang="ru">' in html
    assert '<meta property="og:locale" content="ru_RU">' in html
    english = client.get(make_article().get_absolute_url()).text
    assert '<meta property="og:locale" content="en_GB">' in english


def test_related_articles_share_countries_or_topics_most_first(client):
    article = make_article(countries=["turkmenistan"], topics=["energy"])
    make_article(title="Shares both", countries=["turkmenistan"], topics=["energy"])
    make_article(title="Shares a topic", countries=["japan"], topics=["energy"])
    make_article(title="Shares nothing", countries=["japan"], topics=["health"])
    make_article(title="Hidden twin", countries=["turkmenistan"], is_published=False)
    response = client.get(article.get_absolute_url())
    assert [a.title for a in response.context["related"]] == ["Shares both", "Shares a topic"]


def test_unpublished_article_is_404(client):
    article = make_article(is_published=False)
    assert client.get(article.get_absolute_url()).status_code == 404


def test_duplicate_redirects_permanently_to_the_kept_article(client):
    kept = make_article(title="The kept one")
    duplicate = make_article(duplicate_of=kept, is_published=False)
    response = client.get(duplicate.get_absolute_url())
    assert response.status_code == 301
    assert response["Location"] == kept.get_absolute_url()


def test_duplicate_of_an_unpublished_article_is_404(client):
    kept = make_article(is_published=False)
    duplicate = make_article(duplicate_of=kept, is_published=False)
    assert client.get(duplicate.get_absolute_url()).status_code == 404


def test_unknown_article_is_404_in_the_site_design(client):
    response = client.get("/articles/no-such-story/")
    assert response.status_code == 404
    assert "We could not find that page" in response.text


@pytest.mark.parametrize("extra", [1, 6])
def test_article_page_query_count_does_not_grow(client, django_assert_num_queries, extra):
    article = make_story()
    for _ in range(extra):
        make_article(countries=["tajikistan"], topics=["environment-climate-and-water", "energy"])
    # the content version (articles.freshness); article with author and country, its country
    # links, its topics, related + their topics
    with django_assert_num_queries(1 + 5):
        client.get(article.get_absolute_url())
