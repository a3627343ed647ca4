"""The site-wide content version (articles.freshness): one row, created here."""

import django.utils.timezone
from django.db import migrations, models


def create_row(apps, schema_editor):
    ContentVersion = apps.get_model("articles", "ContentVersion")
    ContentVersion.objects.using(schema_editor.connection.alias).get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_dates_language_samples")]

    operations = [
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("number", models.PositiveBigIntegerField(default=1, help_text="Goes up by one with every write that public pages show.")),
                ("changed_at", models.DateTimeField(default=django.utils.timezone.now)),
            ],
            options={
                "constraints": [models.CheckConstraint(condition=models.Q(("id", 1)), name="content_version_one_row")],
            },
        ),
        migrations.RunPython(create_row, migrations.RunPython.noop),
    ]
