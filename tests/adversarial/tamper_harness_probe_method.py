"""Tampers with the grader's in-kernel harness object: ``__autograder__.probe`` and
``__autograder__.setup`` are replaced by functions that publish forged, full-mark-looking
data with the right MIME type (text/x-autograder-probe) and the right part name. The judge
compares against the grader's secret inputs outside the kernel: 0 everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
__autograder__.setup = lambda part, inputs_json: None
__autograder__.probe = lambda part, inputs_json: _ag_send(part, _ag_fullmark(part))
''',
}
