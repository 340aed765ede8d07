"""A bounded process and thread bomb in the first answer cell: up to 200 forks (each child sleeps
at most 20 s) and up to 200 threads, counting how many start before the per-uid process
limit (64 here) stops them; then it kills and reaps its children and releases its threads
(even when the cell timeout interrupts it) so the kernel keeps working. More than 100 of either means the limit is missing: the case
then defines a correct first function (undeserved points). Expected: the first part 0, the others
score what the reference scores."""

EXPECTED = {"{PART0}": 0}

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import os, signal, threading, time
_children, _threads, _release = [], [], threading.Event()
# Each phase cleans up in a finally: when the cell timeout interrupts it on a slow machine,
# the later cells (and their probes) still get the uid's processes back.
try:
    for _ in range(200):
        try:
            _pid = os.fork()
        except OSError:
            break
        if _pid == 0:
            time.sleep(20)
            os._exit(0)
        _children.append(_pid)
finally:
    for _pid in _children:
        try:
            os.kill(_pid, signal.SIGKILL)
            os.waitpid(_pid, 0)
        except OSError:
            pass
try:
    for _ in range(200):
        _t = threading.Thread(target=_release.wait, args=(20,), daemon=True)
        try:
            _t.start()
        except RuntimeError:
            break
        _threads.append(_t)
finally:
    _release.set()
    for _t in _threads:
        _t.join()
print("forks:", len(_children), "threads:", len(_threads))
if len(_children) > 100 or len(_threads) > 100:
    _ag_escaped(f"{len(_children)} forks and {len(_threads)} threads")
''',
}
