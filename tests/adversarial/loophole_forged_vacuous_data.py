"""Forges the reports that need no knowledge of any answer, aimed at vacuous checks in the
judges: every function part reports an empty list of cases (nothing to compare, nothing
wrong), each training function (PA2's fits, PA3's train_epoch and evaluate) reports one
evaluation of the model on the grader's data at its starting parameters and no update at
all (so "every step is a gradient step" holds vacuously), and each plot reports a curve of made-up
values together with a claim that the plot cell reassigned the loss variable to those very
values. It implements nothing and draws nothing: an honest grader gives 0 everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"


ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
__autograder__.setup = lambda part, inputs_json: None
__autograder__.probe = lambda part, inputs_json: _ag_send(part, _ag_vacuous(part, _ag_loads(inputs_json)))
''',
}
