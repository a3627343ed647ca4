"""Article rows written by executemany of prepared tuples.

An import writes thousands of rows a second; building each INSERT through the ORM's compiler
(bulk_create) cost more than the database spent storing them. The columns come from the model,
so a field added to Article is written without a change here; only the value conversion is done
once per column type instead of once per value through the field machinery.
"""

from django.db import connection
from django.utils import timezone

IN_BATCH = 500  # identity keys per "IN (...)" lookup: under every backend's parameter limit


def _converter(field):
    ops = connection.ops
    kind = field.get_internal_type()
    if kind == "JSONField":
        return lambda value: ops.adapt_json_value(value, field.encoder)
    if kind == "DateField":
        return ops.adapt_datefield_value
    if kind == "DateTimeField":
        return ops.adapt_datetimefield_value
    if kind in {"DecimalField", "TimeField", "UUIDField", "BinaryField", "DurationField"}:
        return lambda value: field.get_db_prep_save(value, connection)
    return None  # text, numbers, booleans, foreign key ids: as they are


class RowWriter:
    """INSERT and UPDATE statements for one model's concrete columns, built once."""

    def __init__(self, model):
        self.model = model
        meta = model._meta
        self.fields = [f for f in meta.concrete_fields if not f.primary_key]
        self.converters = {f.attname: _converter(f) for f in self.fields}
        self.quote = connection.ops.quote_name
        self.table = self.quote(meta.db_table)
        self._auto_now = [f for f in self.fields if getattr(f, "auto_now", False)]
        self._auto_add = [f for f in self.fields if getattr(f, "auto_now_add", False)]

    def _value(self, obj, name):
        value = getattr(obj, name)
        convert = self.converters[name]
        return value if convert is None or value is None else convert(value)

    def insert(self, objects):
        """Insert unsaved objects (their pk is not set here: read them back by a unique key)."""
        if not objects:
            return
        now = timezone.now()
        for obj in objects:
            for field in self._auto_now + self._auto_add:
                setattr(obj, field.attname, now)
        names = [f.attname for f in self.fields]
        sql = "INSERT INTO {} ({}) VALUES ({})".format(
            self.table,
            ", ".join(self.quote(f.column) for f in self.fields),
            ", ".join(["%s"] * len(names)),
        )
        rows = [tuple(self._value(obj, name) for name in names) for obj in objects]
        with connection.cursor() as cursor:
            cursor.executemany(sql, rows)

    def update(self, objects, names):
        """Write the named fields (plus auto_now ones) of saved objects, one statement shape."""
        if not objects:
            return
        now = timezone.now()
        for obj in objects:
            for field in self._auto_now:
                setattr(obj, field.attname, now)
        fields = [f for f in self.fields if f.name in names or f.attname in names]
        fields += [f for f in self._auto_now if f not in fields]
        attnames = [f.attname for f in fields]
        sql = "UPDATE {} SET {} WHERE {} = %s".format(
            self.table,
            ", ".join(f"{self.quote(f.column)} = %s" for f in fields),
            self.quote(self.model._meta.pk.column),
        )
        rows = [(*(self._value(obj, n) for n in attnames), obj.pk) for obj in objects]
        with connection.cursor() as cursor:
            cursor.executemany(sql, rows)


def insert_links(through, columns, rows):
    """Plain link rows (article, import file) by one executemany."""
    if not rows:
        return
    quote = connection.ops.quote_name
    meta = through._meta
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(meta.db_table),
        ", ".join(quote(meta.get_field(c).column) for c in columns),
        ", ".join(["%s"] * len(columns)),
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def ids_by(model, field, keys):
    """{key: pk} for the rows whose unique `field` is one of `keys`."""
    keys = list(keys)
    found = {}
    for start in range(0, len(keys), IN_BATCH):
        chunk = keys[start : start + IN_BATCH]
        found.update(
            model.objects.filter(**{f"{field}__in": chunk}).values_list(field, "pk").iterator()
        )
    return found
