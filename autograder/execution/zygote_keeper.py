"""The keeper of a kept zygote (:mod:`autograder.execution.kept_zygote`): standard library only,
run as ``python -I -c SOURCE FOLDER KEEP_SECONDS ZYGOTE_COMMAND_JSON`` in a session of its own.

It starts the zygote's sandbox (bubblewrap's ``--die-with-parent``: the zygote lives exactly as
long as this process), writes both pids to the folder, and every few seconds, if no run holds
the folder's lock, stops once the last run ended ``KEEP_SECONDS`` ago.  Stopping: the zygote's
process group killed, the folder removed, all while holding the lock so no run starts on it.
"""

import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import time


def _stamp(pid):
    with open(f"/proc/{pid}/stat") as handle:
        return f"{pid} {handle.read().rsplit(')', 1)[1].split()[19]}"


def _write(path, text):
    temporary = f"{path}.new"
    with open(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as handle:
        handle.write(text)
    os.replace(temporary, path)


def keep(folder, keep_seconds, cmd):
    log = os.open(os.path.join(folder, "zygote.log"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    zygote = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
    _write(os.path.join(folder, "keeper.pid"), _stamp(os.getpid()))
    _write(os.path.join(folder, "zygote.pid"), _stamp(zygote.pid))
    lock = os.open(os.path.join(folder, "lock"), os.O_RDWR | os.O_CREAT, 0o600)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop cleanly (finally below) when told
    try:
        while zygote.poll() is None:
            time.sleep(min(5.0, max(0.2, keep_seconds / 4)))
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # a run is using it
            try:
                idle = time.time() - os.stat(os.path.join(folder, "last-used")).st_mtime
            except OSError:
                idle = keep_seconds
            if idle >= keep_seconds:
                break  # keep the lock: no run may start on a zygote that is going away
            fcntl.flock(lock, fcntl.LOCK_UN)
    finally:
        try:
            os.killpg(zygote.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        zygote.wait()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    keep(sys.argv[1], float(sys.argv[2]), json.loads(sys.argv[3]))
