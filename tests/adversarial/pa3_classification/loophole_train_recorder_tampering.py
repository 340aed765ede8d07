"""train_epoch trains nothing; it reaches the log the probe reports (no attribute of the model:
it looks in the model's attributes, its forward's closure and every Recorder the garbage
collector knows) and overwrites the recorded forward passes with a forged one: a
forward pass on data the attacker made up, at parameters it made up, and returns a made-up
mean loss. The judge replays the log against the grader's own data and parameters outside
the kernel: the data is not the loader's, nothing trained: train_epoch 0; every other part
is the reference (evaluate is probed on a fresh recording model)."""

EXPECTED = {"linear_classifier": 10, "mlp": 10, "cross_entropy": 15, "train_epoch": 0, "evaluate": 20,
            "plot_curves": 10, "discussion": None}

ANSWERS = {
    "train_epoch_answer": '''
{KERNEL_LIB}


def _logs(model):
    """Every call log the grader may keep for this model."""
    import gc
    owners = [getattr(model, "recorder", None)]
    for cell in getattr(type(model).forward, "__closure__", None) or ():
        owners.append(getattr(cell.cell_contents, "__self__", cell.cell_contents))
    owners += [o for o in gc.get_objects() if type(o).__name__ == "Recorder"]
    return [o.calls for o in owners if isinstance(getattr(o, "calls", None), list)]


def train_epoch(model, loader, loss_fn, optimizer):
    for calls in _logs(model):
        calls[:] = _ag_fullmark("train_epoch")["cases"][0]["calls"]
    return 0.42
''',
}
