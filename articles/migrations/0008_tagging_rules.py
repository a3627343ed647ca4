"""Topic.min_score, and help texts for the weighted keyword syntax (see articles.tagging.rules)."""

import django.core.validators
from decimal import Decimal
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0007_import_runs'),
    ]

    operations = [
        migrations.AddField(
            model_name='topic',
            name='min_score',
            field=models.DecimalField(decimal_places=1, default=Decimal('10'), help_text="Evidence an article needs for this topic: the weights of the keywords found, a headline match counting four times and an opening-paragraph match twice, the text's points scaled down to 300 words when it is longer. An article gets at most three topics, the strongest first, none under a fifth of the strongest.", max_digits=4, validators=[django.core.validators.MinValueValidator(Decimal('0.5'))], verbose_name='minimum score'),
        ),
        migrations.AlterField(
            model_name='topic',
            name='keywords',
            field=models.TextField(blank=True, help_text='One term per line, matched as whole words in any case (terms in capitals, like IT, match exactly); a * on a word matches any ending (pipeline*, нефт*). A number after a term is its weight (pipeline* 3; none is 1; World Bank 0 keeps a look-alike out); a leading - makes it count against the topic (-river bank*). A phrase is counted instead of the words in it. Lines starting with # are notes.'),
        ),
    ]
