"""train_epoch trains nothing; it reaches the grader's recording model (model.recorder, the
log the probe reports) and overwrites the recorded forward passes with a forged one: a
forward pass on data the attacker made up, at parameters it made up, and returns a made-up
mean loss. The judge replays the log against the grader's own data and parameters outside
the kernel: the data is not the loader's, nothing trained: train_epoch 0; every other part
is the reference (evaluate is probed on a fresh recording model)."""

EXPECTED = {"linear_classifier": 10, "mlp": 10, "cross_entropy": 15, "train_epoch": 0, "evaluate": 20,
            "plot_curves": 10, "discussion": None}

ANSWERS = {
    "train_epoch_answer": '''
{KERNEL_LIB}


def train_epoch(model, loader, loss_fn, optimizer):
    recorder = getattr(model, "recorder", None)
    if recorder is not None and hasattr(recorder, "calls"):
        recorder.calls[:] = _ag_fullmark("train_epoch")["cases"][0]["calls"]
    return 0.42
''',
}
