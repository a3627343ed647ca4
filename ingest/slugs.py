"""Unique URL slugs for objects about to be created in bulk."""

import hashlib

from articles.derived_text import make_slug


def assign_unique_slugs(objects, *, text, seed, fallback):
    """Give each unsaved object a slug made from `text(obj)`, unique among the stored rows of its
    model and among `objects`.

    A slug already taken gets a six-character digest of `seed(obj)` appended, so the same object
    gets the same slug whichever run creates it. `fallback` stands in when the text has no
    letters a slug can keep.
    """
    if not objects:
        return
    model = type(objects[0])
    for obj in objects:
        obj.slug = make_slug(text(obj)) or fallback
    taken = set(
        model.objects.filter(slug__in=[obj.slug for obj in objects]).values_list("slug", flat=True)
    )
    for obj in objects:
        if obj.slug in taken:
            obj.slug = f"{obj.slug}-{hashlib.sha1(seed(obj).encode()).hexdigest()[:6]}"
        taken.add(obj.slug)
