"""Prints 50 MiB (800 lines of 64 KiB) from the model cell, then also floods display_data
(200 outputs of 64 KiB of HTML). The grader keeps a bounded prefix of each cell's output and
of the notebook's, says it truncated, and grades on: model 0 (never defined), the other
parts are the reference. The feedback stays small."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
import sys
from IPython.display import HTML, display
_line = "x" * 65535 + "\\n"
for _ in range(800):
    sys.stdout.write(_line)
sys.stdout.flush()
for _ in range(200):
    display(HTML("<b>" + "y" * 65536 + "</b>"))
''',
}
