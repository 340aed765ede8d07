"""The fit_BGD cell ignores SIGINT (and SIGTERM) and then spins (for at most 200 s): the
grader's interrupt at the cell timeout is swallowed, so the grader must kill the kernel
instead of waiting. Parts probed before keep their reference marks; fit_BGD and plot_BGD,
whose probes can no longer run, get 0."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 0, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "fit_BGD_answer": '''
import signal, time
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
_stop = time.monotonic() + 200
while time.monotonic() < _stop:
    try:
        pass
    except BaseException:
        pass
''',
}
