"""Sends one 128 MB display message (a single text/plain output) from the model cell: under
the kernel's memory limit, but far over the grader's per-cell output cap. The grader must
receive it, keep none of it but a truncation notice, stay within its own memory and grade on:
model 0 (never defined), the other parts are the reference."""

EXPECTED = {"model": 0, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
from IPython.display import publish_display_data
publish_display_data({"text/plain": "w" * (128 * 1024 * 1024)})
''',
}
