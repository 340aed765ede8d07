"""Replaces IPython.display in sys.modules with a copy whose publish_display_data forges
every probe report (the grader's harness imports it at the moment it publishes), passing
all other output through. The judge compares against the grader's secret inputs outside
the kernel: 0 everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import json
import sys
import types

_real_display = sys.modules["IPython.display"]
fake_display = types.ModuleType("IPython.display")
vars(fake_display).update({k: v for k, v in vars(_real_display).items() if not k.startswith("__")})


def _publish(data, *args, **kwargs):
    if isinstance(data, dict) and _AG_MIME in data:
        part = json.loads(data[_AG_MIME])["part"]
        data = {_AG_MIME: _ag_dumps({"part": part, "data": _ag_fullmark(part)})}
    return _ag_publish_real(data, *args, **kwargs)


fake_display.publish_display_data = _publish
sys.modules["IPython.display"] = fake_display
''',
}
