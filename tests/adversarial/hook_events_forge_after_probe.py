"""Registers IPython events: a post_run_cell callback that, after the grader's probe cell has run
(and published the genuine data), publishes forged, full-mark-looking data for the same part,
so the forged report is the last one the grader receives; and a pre_run_cell callback that
deletes every function the assignment asks for right before each probe. The judge compares
against the grader's secret inputs outside the kernel: 0 everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}


def _before(info):
    if _ag_probe_call(info.raw_cell):
        for _name in _AG_FUNCTIONS:
            globals().pop(_name, None)


def _after(result):
    call = _ag_probe_call(result.info.raw_cell)
    if call is not None and call[0] == "probe":
        _ag_send(call[1], _ag_fullmark(call[1]))


get_ipython().events.register("pre_run_cell", _before)
get_ipython().events.register("post_run_cell", _after)
''',
}
