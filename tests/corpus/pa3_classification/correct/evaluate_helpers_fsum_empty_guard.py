"""Correct (evaluate), defensive and general. A typed helper _batch_stats(logits, targets, loss_fn) returns one
batch's (loss times its size, number right, size) as Python numbers; targets are flattened with reshape(-1) so a
(n, 1) column or a batch of one behaves; the logits are checked to be (n, K) for the n targets (a ValueError
otherwise). evaluate calls model.eval(), runs every batch under torch.no_grad(), sums the per-batch totals with
math.fsum (exact for long loaders) and divides once by the number of examples: the exact mean loss and the accuracy
over all examples, as two floats. An empty loader raises a ValueError (a mean over no examples is undefined) instead
of dividing by zero. Fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
import math
from typing import Callable, Tuple


def _batch_stats(logits: torch.Tensor, targets: torch.Tensor,
                 loss_fn: Callable[[torch.Tensor, torch.Tensor], torch.Tensor]) -> Tuple[float, int, int]:
    """(loss * batch size, number classified right, batch size) of one batch."""
    targets = targets.reshape(-1)
    size = targets.shape[0]
    if logits.dim() != 2 or logits.shape[0] != size:
        raise ValueError(f"expected logits of shape ({size}, K), got {tuple(logits.shape)}")
    loss = float(loss_fn(logits, targets))
    right = int((logits.argmax(dim=1) == targets).sum())
    return loss * size, right, size


def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    loss_totals, right, count = [], 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            batch_loss, batch_right, size = _batch_stats(model(inputs), targets, loss_fn)
            loss_totals.append(batch_loss)
            right += batch_right
            count += size
    if count == 0:
        raise ValueError("evaluate got an empty loader: no examples to average over")
    return math.fsum(loss_totals) / count, right / count
''',
}
