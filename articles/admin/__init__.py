"""The editorial admin. Importing the modules registers their ModelAdmins."""

from django.conf import settings
from django.contrib import admin

from articles.admin import articles, authors, imports, reference, taxonomy  # noqa: F401

admin.site.site_header = f"{settings.SITE_NAME}: editing"
admin.site.site_title = admin.site.index_title = "Editing"
