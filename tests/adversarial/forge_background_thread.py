"""Forges from a background thread, asynchronously: the thread sends forged probe reports
through the kernel's session (display_data with the grader's MIME type, parent header of the
request being served), every 5 ms, for whichever part is being probed; event callbacks only
tell it which part that is, and hold each probe request open 0.1 s after the genuine report
so that the thread's forgeries arrive last. The thread stops after 30 s at most. The judge
compares whatever arrives against the grader's secret inputs outside the kernel: 0
everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import threading
import time

_kernel = get_ipython().kernel
_pub = get_ipython().display_pub
_target = {"part": None}


def _flood():
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        part = _target["part"]
        if part is None:
            time.sleep(0.005)
            continue
        parent = _pub.parent_header or _kernel.get_parent("shell")
        content = {"data": {_AG_MIME: _ag_dumps({"part": part, "data": _ag_fullmark(part)})},
                   "metadata": {}, "transient": {}}
        try:
            _pub.session.send(_pub.pub_socket, "display_data", content, parent=parent, ident=_pub.topic)
        except Exception:
            pass
        time.sleep(0.005)


def _before(info):
    call = _ag_probe_call(info.raw_cell)
    _target["part"] = call[1] if call is not None and call[0] == "probe" else None


def _after(result):
    if _target["part"] is not None:
        time.sleep(0.1)
        _target["part"] = None


get_ipython().events.register("pre_run_cell", _before)
get_ipython().events.register("post_run_cell", _after)
threading.Thread(target=_flood, daemon=True).start()
''',
}
