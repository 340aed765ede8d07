"""Tampers with the harness's insides instead of its entry points: swaps its probe module for
one whose probe_<part> functions return forged, full-mark-looking data (so the genuine
harness code publishes the forgery), injects a forged figure record into its figure list,
pins its phase to "replay", and unregisters its end-of-cell hook so real figures are never
recorded. The judge compares against the grader's secret inputs outside the kernel: 0
everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import types

_forged_probes = types.ModuleType("assignment_probes")
for _part in _AG_PARTS:
    setattr(_forged_probes, "probe_" + _part, lambda ns, inputs, figures, _p=_part: _ag_fullmark(_p))
    setattr(_forged_probes, "setup_" + _part, lambda ns, inputs: None)
__autograder__.probes = _forged_probes
__autograder__.figures.append({"phase": "replay", "figures": _ag_fullmark("plot_GD")["replay"]})
__autograder__.phase = "replay"
try:
    get_ipython().events.unregister("post_run_cell", __autograder__._end_of_cell)
except ValueError:
    pass
''',
}
