"""Processes the grader starts (its workers, the feedback writer) exit when the grader is gone.

``concurrent.futures`` workers outlive a grader killed outright (SIGKILL, or SIGTERM while
they wait for work): they keep the grader's output pipes open, so that whoever waits for the
grader's output (a script, a test) waits for ever, and a worker keeps its zygote.  Linux's
parent-death signal follows the thread that started a process, which need not live as long
as the grader; a watch of the parent's pid does not depend on threads.
"""

from __future__ import annotations

import os
import threading
import time
from typing import Callable, Optional

INTERVAL = 1.0
"""Seconds between two looks at the parent."""


def die_with_parent(*, interval: float = INTERVAL, cleanup: Optional[Callable[[], None]] = None) -> None:
    """Exit this process (after ``cleanup``) once its parent has exited; returns at once."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        try:
            if cleanup is not None:
                cleanup()
        finally:
            os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()
