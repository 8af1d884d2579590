"""gunicorn settings for the platform (Procfile) and for scripts/serve.

Every value can be set from the environment, as platforms expect: PORT, WEB_CONCURRENCY
(worker processes), and the GUNICORN_* variables below. Workers keep no state of their own,
so a platform may run as many web processes as it likes behind its router.
"""

import os

bind = f"0.0.0.0:{os.environ.get('PORT', '5000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
# Under the 30 s after which platform routers give up on a request.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# SIGTERM lets requests in flight finish; platforms send SIGKILL about 30 s after SIGTERM.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
keepalive = 5
# The app is loaded once, in the master, and every worker is forked from it: a worker that
# replaces a recycled or crashed one serves within milliseconds instead of importing
# everything again (about a second of CPU, taken from the workers still serving).
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") != "0"
# A worker is replaced after this many requests (with jitter, so not all at once): memory
# that creeps up in a long-lived process is given back.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "10000"))
max_requests_jitter = max_requests // 10
# Heartbeat files in memory: a slow or full disk must not get healthy workers killed.
if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"
# Requests are logged by the app itself: one JSON line each, with the route's template and
# no query string, header or token. gunicorn's own access log would print raw URLs.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("REBOUND_LOG_LEVEL", "info").lower()
# Whose X-Forwarded-Proto to believe for https (a platform's router: set to "*" there).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_fork(server, worker):
    """Each worker opens its own database connections, never ones inherited from the master."""
    from server.connections import forget_inherited_connections

    forget_inherited_connections(worker.app.wsgi())
