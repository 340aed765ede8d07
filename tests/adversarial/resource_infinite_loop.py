"""An endless loop (bounded at 300 s of wall time, far beyond any timeout) in the fit_GD cell.
The grader interrupts it at the cell timeout; the KeyboardInterrupt ends the cell and the
rest of the notebook runs on. fit_GD is never defined: 0. The plot_GD cell (reference) still
earns full marks because the grader replays it with its own losses; every other part is the
reference."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 0, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "fit_GD_answer": '''
import time
_stop = time.monotonic() + 300
while time.monotonic() < _stop:
    pass
''',
}
