"""Advanced style (evaluate): the per-batch work is a generator function decorated with @torch.no_grad() (PyTorch's decorator wraps generators so that every resumption runs without autograd), yielding (loss * n, correct, n) per batch; evaluate calls model.eval() and sums the triples with map(sum, zip(*...)) (tuple unpacking), then divides. Exact mean loss, accuracy, no_grad, eval mode: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
@torch.no_grad()
def _batch_stats(model, loader, loss_fn):
    for inputs, targets in loader:
        logits = model(inputs)
        n = len(targets)
        yield loss_fn(logits, targets).item() * n, (logits.argmax(1) == targets).sum().item(), n


def evaluate(model, loader, loss_fn):
    model.eval()
    loss_sum, correct, count = map(sum, zip(*_batch_stats(model, loader, loss_fn)))
    return loss_sum / count, correct / count
''',
}
