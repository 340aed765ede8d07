"""A bounded process and thread bomb in the model cell: up to 200 forks (each child sleeps
at most 20 s) and up to 200 threads, counting how many start before the per-uid process
limit (64 here) stops them; then it kills and reaps its children and releases its threads
so the kernel keeps working. More than 100 of either means the limit is missing: the case
then defines a correct model (undeserved points). Expected: model 0, other parts are the
reference."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
{KERNEL_LIB}
import os, signal, threading, time
_children = []
for _ in range(200):
    try:
        _pid = os.fork()
    except OSError:
        break
    if _pid == 0:
        time.sleep(20)
        os._exit(0)
    _children.append(_pid)
for _pid in _children:
    try:
        os.kill(_pid, signal.SIGKILL)
        os.waitpid(_pid, 0)
    except OSError:
        pass
_release = threading.Event()
_threads = []
for _ in range(200):
    _t = threading.Thread(target=_release.wait, args=(20,), daemon=True)
    try:
        _t.start()
    except RuntimeError:
        break
    _threads.append(_t)
_release.set()
for _t in _threads:
    _t.join()
print("forks:", len(_children), "threads:", len(_threads))
if len(_children) > 100 or len(_threads) > 100:
    _ag_escaped(f"{len(_children)} forks and {len(_threads)} threads")
''',
}
