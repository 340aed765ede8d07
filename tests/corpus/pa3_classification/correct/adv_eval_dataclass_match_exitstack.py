"""Advanced style (evaluate): a dataclass accumulator with __iadd__ (loss sum weighted by batch size, correct count, example count) and properties for the means; the batch is unpacked with a match statement (case (inputs, targets)); torch.no_grad() entered through contextlib.ExitStack; model.eval() first; the correct count via torch.where(pred == targets, 1, 0).sum(). Returns two floats: exact mean loss and accuracy. Fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
import contextlib
from dataclasses import dataclass


@dataclass
class Tally:
    loss: float = 0.0
    correct: int = 0
    seen: int = 0

    def __iadd__(self, other):
        self.loss += other.loss
        self.correct += other.correct
        self.seen += other.seen
        return self

    @property
    def result(self):
        return self.loss / self.seen, self.correct / self.seen


def evaluate(model, loader, loss_fn):
    model.eval()
    tally = Tally()
    with contextlib.ExitStack() as stack:
        stack.enter_context(torch.no_grad())
        for batch in loader:
            match batch:
                case (inputs, targets):
                    logits = model(inputs)
                    n = targets.numel()
                    tally += Tally(loss_fn(logits, targets).item() * n,
                                   int(torch.where(logits.argmax(1) == targets, 1, 0).sum()), n)
                case _:
                    raise TypeError("expected (inputs, targets) batches")
    return tally.result
''',
}
