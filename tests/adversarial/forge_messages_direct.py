"""Publishes forged probe messages directly, bypassing the harness: right away in its own
cell (forged reports for every part, published outside any probe request), and from a
post_run_cell callback that, during each grader probe request, sends a display_data message
through the kernel's own session and IOPub socket, with the probe request as parent, the
grader's MIME type and forged, full-mark-looking data. The grader only reads reports
produced during its probe requests and judges them against its secret inputs: 0 everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
for _part in _AG_PARTS:
    _ag_send(_part, _ag_fullmark(_part))

_pub = get_ipython().display_pub


def _after(result):
    call = _ag_probe_call(result.info.raw_cell)
    if call is not None and call[0] == "probe":
        content = {"data": {_AG_MIME: _ag_dumps({"part": call[1], "data": _ag_fullmark(call[1])})},
                   "metadata": {}, "transient": {}}
        _pub.session.send(_pub.pub_socket, "display_data", content, parent=_pub.parent_header,
                          ident=_pub.topic)


get_ipython().events.register("post_run_cell", _after)
''',
}
