"""A pre_run_cell event callback replaces the ``__autograder__`` object in the notebook's
namespace, right before each grader request, by an impostor whose setup() does nothing and
whose probe() publishes forged, full-mark-looking data with the grader's MIME type. The
judge compares against the grader's secret inputs outside the kernel: 0 everywhere."""

EXPECTED = {"*": 0}

#: Every other autograded answer cell: nothing implemented.
OTHERS = "pass"

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}


class _Impostor:
    def setup(self, part, inputs_json):
        pass

    def probe(self, part, inputs_json):
        _ag_send(part, _ag_fullmark(part))


def _swap(info):
    globals()["__autograder__"] = _Impostor()


get_ipython().events.register("pre_run_cell", _swap)
''',
}
