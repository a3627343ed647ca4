"""Honest dates, language, sample marks and provisional titles.

The old `date` was the first capture date or, without one, the import day: it becomes the
derived ordering key `sort_date`, and the capture dates are re-read from the import records
(`first_seen`/`last_seen`), so no import day survives as a date.
"""

from django.db import migrations, models

CAPTURE_DATES = """
    UPDATE articles_article SET
        first_seen = (
            SELECT MIN(f.page_date) FROM articles_article_seen_in s
            JOIN articles_importfile f ON f.id = s.importfile_id
            WHERE s.article_id = articles_article.id
        ),
        last_seen = (
            SELECT MAX(f.page_date) FROM articles_article_seen_in s
            JOIN articles_importfile f ON f.id = s.importfile_id
            WHERE s.article_id = articles_article.id
        )
"""
SORT_DATES = "UPDATE articles_article SET sort_date = COALESCE(published_on, first_seen, '0001-01-01')"


class Migration(migrations.Migration):
    dependencies = [("articles", "0004_search_index")]

    operations = [
        migrations.RemoveIndex(model_name="article", name="article_published_date"),
        migrations.RemoveIndex(model_name="article", name="article_country_date"),
        migrations.RemoveIndex(model_name="article", name="article_author_date"),
        migrations.RenameField(model_name="article", old_name="date", new_name="sort_date"),
        migrations.AlterField(
            model_name="article",
            name="sort_date",
            field=models.DateField(
                editable=False,
                help_text="Ordering key: the publication date, else the first capture date, "
                "else UNDATED (sorted last among the newest). Never shown as a date.",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="published_on",
            field=models.DateField(
                blank=True,
                null=True,
                verbose_name="publication date",
                help_text="When the story was published, as far as it is known: estimated by the "
                "importer from a date the article's own text names, or set by an editor. At "
                "month or year precision it holds the first day of that month or year. Empty "
                "when unknown; the import day is never used.",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="date_precision",
            field=models.CharField(
                blank=True,
                choices=[("day", "Day"), ("month", "Month"), ("year", "Year")],
                help_text="How much of the publication date is known; empty when nothing is.",
                max_length=5,
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="date_source",
            field=models.CharField(
                blank=True,
                choices=[
                    ("text", "Estimated from the article's text"),
                    ("editor", "Set by an editor"),
                ],
                help_text="Where the publication date comes from; pages call an estimate an "
                "estimate.",
                max_length=6,
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="first_seen",
            field=models.DateField(
                blank=True,
                null=True,
                help_text="Capture date of the earliest page the article was seen on (empty when "
                "no page carrying it had a date).",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="last_seen",
            field=models.DateField(
                blank=True,
                null=True,
                help_text="Capture date of the latest page the article was seen on.",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="language",
            field=models.CharField(
                default="en",
                help_text="The article's language (ISO 639-1), detected at import: en, ru, kk…",
                max_length=8,
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="is_sample",
            field=models.BooleanField(
                default=False,
                verbose_name="sample",
                help_text="An invented story from the bundled sample pages, marked as such "
                "wherever it is shown; `manage.py remove_samples` deletes them all.",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="title_is_provisional",
            field=models.BooleanField(
                default=False,
                verbose_name="provisional title",
                help_text="The page gave no headline: the title was made from the series name or "
                "the first words. Set a real one (editing the title clears this).",
            ),
        ),
        migrations.RunSQL(CAPTURE_DATES, migrations.RunSQL.noop),
        migrations.RunSQL(SORT_DATES, migrations.RunSQL.noop),
        migrations.AlterModelOptions(name="article", options={"ordering": ["-sort_date", "-id"]}),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                fields=["is_published", "-sort_date", "-id"], name="article_published_date"
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["primary_country", "-sort_date"], name="article_country_date"),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["author", "-sort_date"], name="article_author_date"),
        ),
    ]
