"""os._exit(0) in the last answer cell (plot_BGD): the kernel process ends on the spot. Every
part probed before that cell keeps its (reference) marks; plot_BGD, whose probe can no
longer run, gets 0. The run is reported, not crashed, and no verdict comes from the dead
kernel."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_BGD_answer": '''
import os
os._exit(0)
''',
}
