"""The grader's per-user cache: what depends on this machine's Python environment, not on a course."""

from __future__ import annotations

import os
from pathlib import Path


def user_cache() -> Path:
    """``$XDG_CACHE_HOME/autograder``, by default ``~/.cache/autograder`` (not created here)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "autograder"
