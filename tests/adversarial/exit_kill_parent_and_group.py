"""Kills upwards and sideways from the last answer cell (plot_BGD): SIGKILL to its parent
(the sandbox's init, owned by root: refused), to its process group, then to every process it
may signal (kill(-1)), which includes the kernel itself. The kernel dies; parts probed
before keep their reference marks, plot_BGD gets 0, and the grader itself is untouched."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": '''
import os, signal
for _target in (lambda: os.kill(os.getppid(), signal.SIGKILL),
                lambda: os.kill(1, signal.SIGKILL),
                lambda: os.killpg(0, signal.SIGKILL),
                lambda: os.kill(-1, signal.SIGKILL)):
    try:
        _target()
    except OSError as _e:
        print("refused:", _e)
''',
}
