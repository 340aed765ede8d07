"""A pre_run_cell event callback replaces the ``__autograder__`` object in the notebook's
namespace, right before each grader request, by an impostor whose setup() does nothing and
whose probe() publishes forged, full-mark-looking data with the grader's MIME type. The
judge compares against the grader's secret inputs outside the kernel: 0 everywhere."""

EXPECTED = {"model": 0, "loss_func": 0, "fit_GD": 0, "plot_GD": 0, "fit_BGD": 0, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "model_answer": '''
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
    "loss_func_answer": "pass",
    "fit_GD_answer": "pass",
    "plot_GD_answer": "pass",
    "fit_BGD_answer": "pass",
    "plot_BGD_answer": "pass",
}
