"""The Editors group: curate articles, authors, countries, topics and spellings; never users.

Articles are neither added nor deleted in the admin (they come from dumps, and the next import
would bring a deleted one back: unpublishing is what lasts), so editors get view and change.
ArticleCountry is edited through the article's inline, which needs add, change and delete.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PERMISSIONS = {
    "article": ("view", "change"),
    "articlecountry": ("view", "add", "change", "delete"),
    "author": ("view", "add", "change", "delete"),
    "country": ("view", "change"),
    "topic": ("view", "add", "change"),
    "spellingvariant": ("view", "add", "change", "delete"),
    "exchangerate": ("view",),
    "importrun": ("view",),
    "importfile": ("view",),
}


def create_editors(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = [
        f"{action}_{model}" for model, actions in EDITOR_PERMISSIONS.items() for action in actions
    ]
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.set(
        Permission.objects.filter(content_type__app_label="articles", codename__in=codenames)
    )


def remove_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_reference_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors, remove_editors)]
