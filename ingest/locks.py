"""Locks that keep import runs apart, on the one database every host shares.

- The write of each file is serialised: on PostgreSQL by a transaction-level advisory lock taken
  first thing in the file's transaction; on SQLite the IMMEDIATE transaction already holds the
  only write lock. Two runs then interleave file by file, and everything a file reads inside its
  transaction (authors, articles by identity, slugs) includes what the other run committed.
- Each run holds a session-level advisory lock on PostgreSQL for its whole life: when the process
  dies its session ends and the lock goes, which is how another run knows it is gone.

The keys are pairs of 32-bit integers: a namespace for this project, and the object.
"""

from django.db import connection

NAMESPACE = 0x54434100  # "TCA\0"
FILE_WRITES = (NAMESPACE, 1)
RUN_NAMESPACE = NAMESPACE + 1


def _run_key(run_id):
    return RUN_NAMESPACE, run_id % 2**31


def _is_postgresql():
    return connection.vendor == "postgresql"


IMPORT_BUSY_TIMEOUT_MS = 300_000


def wait_patiently():
    """On SQLite, let this connection wait up to five minutes for the write lock (the settings'
    20 s suit a web request): SQLite's busy handler is not fair, and a run can wait through many
    of another run's files before it gets its turn."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA busy_timeout = {IMPORT_BUSY_TIMEOUT_MS}")


def lock_file_writes():
    """Wait until no other run is writing a file; held until this transaction ends."""
    if _is_postgresql():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", FILE_WRITES)


def hold_run(run_id):
    """Hold the run's liveness lock for the rest of this session (PostgreSQL only)."""
    if _is_postgresql():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s, %s)", _run_key(run_id))


def release_run(run_id):
    if _is_postgresql():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", _run_key(run_id))


def run_is_held(run_id):
    """On PostgreSQL: does some session hold the run's liveness lock? None elsewhere."""
    if not _is_postgresql():
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", _run_key(run_id))
        acquired = cursor.fetchone()[0]
        if acquired:
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", _run_key(run_id))
    return not acquired
