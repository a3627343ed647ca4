"""The site-wide content version behind HTTP caching: one row (see articles.freshness)."""

from django.db import models
from django.utils import timezone


class ContentVersion(models.Model):
    """Changes whenever a write changes what public pages show; pages are cached under it."""

    ROW = 1

    number = models.PositiveBigIntegerField(
        default=1, help_text="Goes up by one with every write that public pages show."
    )
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=models.Q(id=1), name="content_version_one_row")
        ]

    def __str__(self):
        return f"content version {self.number} ({self.changed_at:%Y-%m-%d %H:%M:%S})"
