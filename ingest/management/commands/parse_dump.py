import json

from django.core.management.base import BaseCommand, CommandError

from articles.models import Country, Topic
from articles.tagging import Tagger
from ingest.parser import ParseError, parse_page, record_identity_key


class Command(BaseCommand):
    help = "Parse page dumps and print what the importer would see, as JSON. Writes nothing."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="dump files")

    def handle(self, *args, files, **options):
        tagger = Tagger.from_database()
        names = {
            "country": dict(Country.objects.values_list("pk", "name")),
            "topic": dict(Topic.objects.values_list("pk", "name")),
        }
        results = [self._parse(path, tagger, names) for path in files]
        self.stdout.write(json.dumps(results, ensure_ascii=False, indent=2))
        failed = [r for r in results if "error" in r]
        if failed:
            raise CommandError(f"{len(failed)} of {len(results)} files could not be read")

    def _parse(self, path, tagger, names):
        try:
            with open(path, "rb") as handle:
                page = parse_page(handle.read())
        except OSError as error:
            return {"path": path, "error": f"cannot read file: {error.strerror or error}"}
        except ParseError as error:
            return {"path": path, "error": str(error)}
        return page_json(path, page, tagger, names)


def page_json(path, page, tagger, names):
    profile = page.author_profile
    return {
        "path": path,
        "layout": page.layout,
        "encoding": page.encoding,
        "page_date": page.page_date.isoformat() if page.page_date else None,
        "results_total": page.results_total,
        "rates": [
            {
                "currency": rate.currency,
                "base": rate.base,
                "rate": str(rate.rate),
                "change_percent": rate.change_percent,
            }
            for rate in page.rates
        ],
        "author_profile": (
            {"name": profile.name, "role": profile.role, "bio": profile.bio} if profile else None
        ),
        "articles": [article_json(article, tagger, names) for article in page.articles],
        "warnings": page.warnings,
        "is_sample": page.is_sample,
    }


def article_json(article, tagger, names):
    tags = tagger.tag(article.title, article.paragraphs)
    return {
        "title": article.title,
        "title_provisional": article.title_provisional,
        "identity_key": record_identity_key(article),
        "kind": article.kind,
        "dateline": article.dateline,
        "photo_credit": article.photo_credit,
        "captions": article.captions,
        "author": article.author,
        "author_bio": article.author_bio,
        "subheadings": article.subheadings,
        "paragraphs": article.paragraphs,
        "list_items": article.list_items,
        "truncated": article.truncated,
        "published": published_json(article.published),
        "language": article.language,
        "countries": [names["country"][pk] for pk in tags.country_ids],
        "topics": [names["topic"][pk] for pk in tags.topic_ids],
    }


def published_json(published):
    """``{"date": "2025-05-01", "precision": "month"}``: the first day the estimate can mean."""
    if published is None:
        return None
    return {"date": published.first_day().isoformat(), "precision": published.precision}
