"""Layout 5: an author profile: breadcrumb, avatar, name, role, bio, "Articles", entries."""

from tests.ingest import parse_text

PROFILE = """
Our People > Kamila Yusupova

Kamila Yusupova's Avatar

Kamila Yusupova

Senior Editor

Kamila Yusupova edits the economy desk in Tashkent. divider She reported on energy before.

Articles

Viewing results 1 - 2 of 2

Uzbekistan Sells Stake in Copper Giant

The government sold a minority stake in the Almalyk mining company to foreign investors.

Tashkent Metro Fares Rise

Fares on the Tashkent metro will rise by a fifth from next month, the city said.
"""


def test_profile_header_gives_name_role_and_bio():
    page = parse_text(PROFILE)

    assert page.layout == "author-profile"
    profile = page.author_profile
    assert profile.name == "Kamila Yusupova"
    assert profile.role == "Senior Editor"
    assert profile.bio == (
        "Kamila Yusupova edits the economy desk in Tashkent. She reported on energy before."
    )


def test_profile_entries_are_that_persons_articles():
    page = parse_text(PROFILE)

    assert [article.title for article in page.articles] == [
        "Uzbekistan Sells Stake in Copper Giant",
        "Tashkent Metro Fares Rise",
    ]
    assert {article.author for article in page.articles} == {"Kamila Yusupova"}
    assert page.results_total == 2


def test_profile_header_lines_never_reach_the_articles():
    page = parse_text(PROFILE)

    texts = [text for a in page.articles for text in [a.title, *a.paragraphs, *a.subheadings]]
    assert not any("Avatar" in text or "Our People" in text for text in texts)
    assert "Articles" not in texts
    assert not any(text.startswith("Kamila Yusupova edits") for text in texts)


def test_person_on_the_name_line_wins_over_an_outlet_breadcrumb():
    page = parse_text(
        """
        Our People > Times of Central Asia

        Ruslan Temirov

        Journalist

        Ruslan Temirov covers Kyrgyz politics from Bishkek.

        Articles

        Kyrgyz Parliament Elects New Speaker

        Deputies elected a new speaker by a large majority on Wednesday.
        """
    )

    assert page.author_profile.name == "Ruslan Temirov"
    assert page.author_profile.role == "Journalist"
    assert page.articles[0].author == "Ruslan Temirov"


def test_profile_without_name_role_or_bio_falls_back_to_the_breadcrumb():
    page = parse_text(
        """
        Our People > Saule Nurlanova

        Articles

        Astana Hosts Chess Olympiad Qualifier

        Players from twelve countries arrived in Astana for the qualifying event.
        """
    )

    assert page.author_profile.name == "Saule Nurlanova"
    assert page.author_profile.role is None
    assert page.author_profile.bio is None
    assert page.articles[0].author == "Saule Nurlanova"
