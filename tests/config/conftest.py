"""Helpers for tests that load the settings as a fresh process would, from a given environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
GOOD_KEY = "operator-chosen-key-9f8e7d6c5b4a3928171605f4e3d2c1b0a9f8e7d6c5b4a39281"
# What an operator sets in production; everything else keeps its default.
PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": GOOD_KEY,
    "DJANGO_ALLOWED_HOSTS": "news.example.org",
}


def run_python(code, env, *args):
    """Run code in a new interpreter with only `env` (plus PATH) and no key file to fall back on."""
    base = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_SECRET_KEY_FILE": str(BASE_DIR / "var" / "no-such-key-file"),
    }
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=BASE_DIR,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def load_settings():
    """The named settings as a fresh process computes them from `env`; raises on failure."""

    def load(env, *names):
        code = (
            "import json, sys\n"
            "from django.conf import settings\n"
            "print(json.dumps({n: getattr(settings, n) for n in sys.argv[1:]}, default=str))\n"
        )
        result = run_python(code, env, *names)
        if result.returncode:
            raise RuntimeError(result.stderr.strip().splitlines()[-1])
        return json.loads(result.stdout)

    return load
