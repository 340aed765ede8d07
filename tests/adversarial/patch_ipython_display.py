"""Monkeypatches IPython's display functions (IPython.display.publish_display_data and the
function it re-exports) and registers a display-publisher message hook, so every grader
message of type text/x-autograder-probe leaves the kernel with forged, full-mark-looking
data. The judge compares against the grader's secret inputs outside the kernel: 0
everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import json
import IPython.core.display_functions
import IPython.display


def _forge_bundle(data):
    if isinstance(data, dict) and _AG_MIME in data:
        part = json.loads(data[_AG_MIME])["part"]
        data = dict(data, **{_AG_MIME: _ag_dumps({"part": part, "data": _ag_fullmark(part)})})
    return data


def _forging_publish(data, *args, **kwargs):
    return _ag_publish_real(_forge_bundle(data), *args, **kwargs)


def _message_hook(msg):
    content = msg.get("content", {})
    if "data" in content:
        content["data"] = _forge_bundle(content["data"])
    return msg


IPython.display.publish_display_data = _forging_publish
IPython.core.display_functions.publish_display_data = _forging_publish
get_ipython().display_pub.register_hook(_message_hook)
''',
}
