"""Partial: two state slips in two parts, neither calling the other.

train_epoch (Part 4) keeps state on the function object: model.train() is called only while train_epoch.mode_set is
not yet True ("it only needs setting once"), so only the very first call of the kernel switches to training mode;
every later call, after evaluate has put a model in eval mode (or on any other model), trains in evaluation mode.
The loop otherwise is the reference (zero_grad, forward, loss_fn, backward, step, mean of the batch losses): loses
mode (4) -> 21 (the spirals' models have no dropout or batch norm, so the notebook's numbers do not show it).

evaluate (Part 5) counts the examples once: a module-level _N is set to len(loader.dataset) on the first call and
reused as the denominator of the loss and the accuracy forever after. The self-check (130 examples) is the first
call and passes; fit's loaders (75 and 300 examples) are divided by 130, so the notebook's validation accuracy can
exceed 1. eval mode and no_grad right, sums right, but both numbers are wrong for any loader of another size:
loses loss (6) and accuracy (6) -> 8.

Graded as the grader's rubric scores it (evaluate 8 -> 0).
"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 21, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    if not getattr(train_epoch, "mode_set", False):   # training mode only needs setting once
        model.train()
        train_epoch.mode_set = True
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
    'evaluate_answer': r'''
_N = None   # number of examples, counted on the first call


def evaluate(model, loader, loss_fn):
    global _N
    if _N is None:
        _N = len(loader.dataset)
    model.eval()
    total_loss, correct = 0.0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
    return total_loss / _N, correct / _N
''',
}
