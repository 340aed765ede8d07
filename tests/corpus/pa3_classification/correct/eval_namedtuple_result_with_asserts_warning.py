"""Correct (evaluate), over-engineered: evaluate returns a typing.NamedTuple EvalResult(loss, accuracy), which IS a
2-tuple (unpacks as `loss, acc = ...`, len 2, indexable), with asserts that hold on every valid input (the loader gives
at least one example, the accuracy lies in [0, 1]) and a warnings.warn if the model was left in training mode on
entry ("evaluate switches it to eval mode"; the warning is informational, nothing raises). model.eval(), torch.no_grad(),
the batch losses weighted by batch size (exact mean), hits counted over all examples: loss, accuracy, no_grad and eval
mode all hold -> full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
import warnings
from typing import NamedTuple


class EvalResult(NamedTuple):
    loss: float
    accuracy: float


def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    if model.training:
        warnings.warn("evaluate: model was in training mode; switching to eval mode", stacklevel=2)
    model.eval()
    loss_sum, hits, seen = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            assert logits.shape[0] == targets.shape[0], "one row of logits per target"
            loss_sum += float(loss_fn(logits, targets)) * targets.shape[0]
            hits += int((logits.argmax(dim=1) == targets).sum())
            seen += targets.shape[0]
    assert seen > 0, "evaluate needs a non-empty loader"
    result = EvalResult(loss=loss_sum / seen, accuracy=hits / seen)
    assert 0.0 <= result.accuracy <= 1.0
    return result
''',
}
