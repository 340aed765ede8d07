"""Correct (evaluate), JAX habit: evaluation as a pure apply(params, x). The student switches the model to
evaluation mode, takes detached copies of its parameters and its buffers, and calls
torch.func.functional_call(model, (params, buffers), (x,)) for every batch, under torch.no_grad(). functional_call
runs the model's own forward (in the mode model.eval() set) with those tensors, so the logits are the model's.
Exact mean loss (each batch mean weighted by its size), accuracy counted over all examples and divided once,
returned as two floats: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
from torch.func import functional_call


def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    params = {name: p.detach() for name, p in model.named_parameters()}
    buffers = dict(model.named_buffers())

    def apply(x):  # apply(params, x), as in JAX
        return functional_call(model, (params, buffers), (x,))

    total, correct, seen = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = apply(inputs)
            total += float(loss_fn(logits, targets)) * targets.shape[0]
            correct += int((logits.argmax(-1) == targets).sum())
            seen += targets.shape[0]
    return total / seen, correct / seen
''',
}
