"""Makes errors disappear, the classic way past nbgrader's rule that a test cell without an
error output earns full points: a custom exception handler (set_custom_exc) swallows every
exception of every later cell, and the shell's showtraceback is replaced by a no-op. No
function is implemented. Stock nbgrader sees test cells without errors: 100/100. Here no
verdict comes from cell outputs; the probes report that nothing is defined: 0 everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ANSWERS = {
    "{ANSWER0}": '''
_shell = get_ipython()
_shell.set_custom_exc((BaseException,), lambda shell, etype, evalue, tb, tb_offset=None: None)
_shell.showtraceback = lambda *args, **kwargs: None
_shell.showsyntaxerror = lambda *args, **kwargs: None
''',
}
