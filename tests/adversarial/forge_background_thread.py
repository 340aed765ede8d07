"""Starts a background thread that keeps sending forged probe reports for every part
(every 20 ms, for at most 30 s) through the kernel's session, each time with the parent
header of whatever request the kernel is serving (as the display publisher tracks it), so
forgeries land inside the grader's probe requests while they run. The judge compares whatever arrives against its secret
inputs outside the kernel: 0 everywhere."""

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 0, "plot_GD": 0, "fit_BGD": 0, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "model_answer": '''
{KERNEL_LIB}
import threading
import time

_kernel = get_ipython().kernel
_pub = get_ipython().display_pub


def _flood():
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        parent = _pub.parent_header or _kernel.get_parent("shell")
        for part in ("model", "loss_func", "fit_GD", "plot_GD", "fit_BGD", "plot_BGD"):
            content = {"data": {_AG_MIME: _ag_dumps({"part": part, "data": _ag_fullmark(part)})},
                       "metadata": {}, "transient": {}}
            try:
                _pub.session.send(_pub.pub_socket, "display_data", content, parent=parent, ident=_pub.topic)
            except Exception:
                pass
        time.sleep(0.02)


threading.Thread(target=_flood, daemon=True).start()
''',
    "loss_func_answer": "pass",
    "fit_GD_answer": "pass",
    "plot_GD_answer": "pass",
    "fit_BGD_answer": "pass",
    "plot_BGD_answer": "pass",
}
