"""Gunicorn, sized for the machine it runs on: `gunicorn config.wsgi -c gunicorn.conf.py`.

`make run` uses it on 127.0.0.1:$PORT. In production every host runs the same command behind the
load balancer with GUNICORN_BIND=0.0.0.0:8000 (see README "Production"). Each setting can be
overridden from the environment; GUNICORN_CMD_ARGS still works for anything else.
"""

import os


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def cores():
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may use (containers)
    except AttributeError:
        return os.cpu_count() or 1


wsgi_app = "config.wsgi:application"
bind = os.environ.get("GUNICORN_BIND") or f"127.0.0.1:{os.environ.get('PORT') or '8000'}"

# Threads let a worker keep serving while one request waits on the database or Redis; several
# processes use every core. 2 x cores + 1 is Gunicorn's rule of thumb, capped so that a big
# machine does not open more database connections than PostgreSQL allows (workers x threads
# per host, each kept for DATABASE_CONN_MAX_AGE).
worker_class = "gthread"
workers = env_int("WEB_CONCURRENCY", min(2 * cores() + 1, 12))
threads = env_int("GUNICORN_THREADS", 4)

# A request that takes longer than `timeout` has hung: the worker is replaced. On a restart or
# deploy (SIGTERM, SIGHUP) workers get `graceful_timeout` to finish what they are serving.
timeout = env_int("GUNICORN_TIMEOUT", 30)
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# Longer than a load balancer's idle timeout is wrong (it would close first and drop requests
# in flight); 5 s suits a browser or a proxy on the same host.
keepalive = env_int("GUNICORN_KEEPALIVE", 5)
# Recycle workers now and then so that slow growth in memory never becomes an outage.
max_requests = env_int("GUNICORN_MAX_REQUESTS", 5000)
max_requests_jitter = max_requests // 10

accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
# Client, request, status, bytes, time taken in milliseconds, referrer, user agent.
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(f)s" "%(a)s"'
