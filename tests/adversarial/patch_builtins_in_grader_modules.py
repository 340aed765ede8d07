"""Makes builtins lie to the grader's own code in the kernel: in the globals of the harness, the
probe module and the grading library's modules shipped into the kernel, ``isinstance`` and
``callable`` always say yes, ``float`` returns 1.0 and ``len`` returns 1, so any object would
be recorded as a well-formed tensor. The functions return strings (every function the
assignment asks for). The probes then fail on the strings (or report junk numbers) and the
judge, outside the kernel, finds nothing consistent with the grader's inputs: 0 everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import sys

_liars = {"isinstance": lambda *args: True, "callable": lambda *args: True,
          "float": lambda *args: 1.0, "len": lambda *args: 1}
_shipped = [m for n, m in list(sys.modules.items()) if n.startswith("autograder.")]
for _module in [sys.modules.get(type(__autograder__).__module__), __autograder__.probes] + _shipped:
    if _module is not None:
        vars(_module).update(_liars)
type(__autograder__).probe.__globals__.update(_liars)
_ag_define_all(lambda: "weight * data + bias")
''',
}
