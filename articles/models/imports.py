"""The record of every import run and every file it read."""

from django.db import models


class ImportRun(models.Model):
    class Status(models.TextChoices):
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Some files failed"
        INTERRUPTED = "interrupted", "Interrupted"

    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(
        max_length=20,
        choices=Status.choices,
        default=Status.RUNNING,
        help_text="Interrupted: the process stopped (killed, crashed, lost its database session) "
        "before the run finished; every file it finished is stored whole, the rest untouched. "
        "The next import run finds such runs and marks them.",
    )
    dry_run = models.BooleanField(default=False)
    is_sample = models.BooleanField(
        "sample import",
        default=False,
        help_text="Imported with --sample: every article it created is marked as a sample.",
    )
    arguments = models.JSONField(default=list, help_text="The paths the command was given.")
    host = models.CharField(max_length=255, blank=True, help_text="The machine the run ran on.")
    pid = models.PositiveIntegerField(
        null=True, blank=True, help_text="Its process id on that machine."
    )
    started_by = models.CharField(
        max_length=150, blank=True, help_text="The operating-system user who started it."
    )
    heartbeat_at = models.DateTimeField(
        null=True, blank=True, help_text="Last sign of life: set after every file."
    )
    rules_fingerprint = models.CharField(
        max_length=64,
        blank=True,
        help_text="Digest of the tagging rules and the importer's code the run used: a file "
        "imported before under the same fingerprint, byte for byte, is skipped.",
    )
    files_total = models.PositiveIntegerField(default=0)
    files_failed = models.PositiveIntegerField(default=0)
    files_skipped = models.PositiveIntegerField(
        default=0, help_text="Files unchanged since an earlier import, not read again."
    )
    articles_created = models.PositiveIntegerField(default=0)
    articles_updated = models.PositiveIntegerField(default=0)
    articles_unchanged = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-started_at", "-id"]

    def __str__(self):
        return f"Import #{self.pk} at {self.started_at:%Y-%m-%d %H:%M}"


class ImportFile(models.Model):
    class Outcome(models.TextChoices):
        IMPORTED = "imported", "Imported"
        SKIPPED = "skipped", "Unchanged, skipped"
        FAILED = "failed", "Failed"

    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="files")
    # Paths have no length limit worth trusting (a deep tree passes 1,000 characters), and a
    # file name that is not UTF-8 is stored with its odd bytes replaced.
    path = models.TextField(help_text="The file's path as the command was given it.")
    name = models.TextField(
        blank=True, help_text="The path relative to the folder the command was given."
    )
    checksum = models.CharField(
        max_length=64, blank=True, db_index=True, help_text="SHA-256 of the file's bytes."
    )
    size = models.PositiveBigIntegerField(default=0)
    layout = models.CharField(max_length=40, blank=True)
    encoding = models.CharField(max_length=20, blank=True)
    page_date = models.DateField(null=True, blank=True)
    articles_found = models.PositiveIntegerField(default=0)
    articles_created = models.PositiveIntegerField(default=0)
    articles_updated = models.PositiveIntegerField(default=0)
    articles_unchanged = models.PositiveIntegerField(default=0)
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    message = models.TextField(blank=True, help_text="Why the file failed or was skipped.")
    warnings = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.name or self.path
