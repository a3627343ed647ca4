"""Import runs that can be told apart when they overlap or die: host, pid, who started them, a
heartbeat, an "interrupted" status, sample imports, and what lets an unchanged file be skipped
(the rules fingerprint, an index on the file checksum). File paths have no length limit.
"""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0006_content_version'),
    ]

    operations = [
        migrations.AddField(
            model_name='importfile',
            name='name',
            field=models.TextField(blank=True, help_text='The path relative to the folder the command was given.'),
        ),
        migrations.AddField(
            model_name='importrun',
            name='files_skipped',
            field=models.PositiveIntegerField(default=0, help_text='Files unchanged since an earlier import, not read again.'),
        ),
        migrations.AddField(
            model_name='importrun',
            name='heartbeat_at',
            field=models.DateTimeField(blank=True, help_text='Last sign of life: set after every file.', null=True),
        ),
        migrations.AddField(
            model_name='importrun',
            name='host',
            field=models.CharField(blank=True, help_text='The machine the run ran on.', max_length=255),
        ),
        migrations.AddField(
            model_name='importrun',
            name='is_sample',
            field=models.BooleanField(default=False, help_text='Imported with --sample: every article it created is marked as a sample.', verbose_name='sample import'),
        ),
        migrations.AddField(
            model_name='importrun',
            name='pid',
            field=models.PositiveIntegerField(blank=True, help_text='Its process id on that machine.', null=True),
        ),
        migrations.AddField(
            model_name='importrun',
            name='rules_fingerprint',
            field=models.CharField(blank=True, help_text="Digest of the tagging rules and the importer's code the run used: a file imported before under the same fingerprint, byte for byte, is skipped.", max_length=64),
        ),
        migrations.AddField(
            model_name='importrun',
            name='started_by',
            field=models.CharField(blank=True, help_text='The operating-system user who started it.', max_length=150),
        ),
        migrations.AlterField(
            model_name='importfile',
            name='checksum',
            field=models.CharField(blank=True, db_index=True, help_text="SHA-256 of the file's bytes.", max_length=64),
        ),
        migrations.AlterField(
            model_name='importfile',
            name='message',
            field=models.TextField(blank=True, help_text='Why the file failed or was skipped.'),
        ),
        migrations.AlterField(
            model_name='importfile',
            name='outcome',
            field=models.CharField(choices=[('imported', 'Imported'), ('skipped', 'Unchanged, skipped'), ('failed', 'Failed')], max_length=20),
        ),
        migrations.AlterField(
            model_name='importfile',
            name='path',
            field=models.TextField(help_text="The file's path as the command was given it."),
        ),
        migrations.AlterField(
            model_name='importfile',
            name='size',
            field=models.PositiveBigIntegerField(default=0),
        ),
        migrations.AlterField(
            model_name='importrun',
            name='status',
            field=models.CharField(choices=[('running', 'Running'), ('succeeded', 'Succeeded'), ('failed', 'Some files failed'), ('interrupted', 'Interrupted')], default='running', help_text='Interrupted: the process stopped (killed, crashed, lost its database session) before the run finished; every file it finished is stored whole, the rest untouched. The next import run finds such runs and marks them.', max_length=20),
        ),
    ]
