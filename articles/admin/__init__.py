"""The editorial admin. Importing the modules registers their ModelAdmins."""

from articles.admin import articles, authors, imports, reference, taxonomy  # noqa: F401
