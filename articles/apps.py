from django.apps import AppConfig
from django.db.models.signals import post_migrate


def reinstall_search_index(sender, using, **kwargs):
    """After every migrate: put back any part of the search index a migration dropped.

    On SQLite, a migration that rebuilds articles_article (most AlterField and RemoveField
    operations on Article) drops the table's triggers and indexes with it. Doing this here
    rather than in each such migration means no migration can forget.
    """
    from django.db import connections

    from articles.search import schema

    connection = connections[using]
    if schema.table_exists(connection) and schema.missing_parts(connection):
        schema.install(connection)


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Articles"

    def ready(self):
        post_migrate.connect(reinstall_search_index, sender=self)
