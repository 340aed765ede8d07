"""Slip (train_epoch): to print a running training accuracy the student reuses a helper copied from an evaluation
snippet, batch_accuracy(model, inputs, targets), which calls model.eval() and runs the model under torch.no_grad()
(right for evaluation). It is called after each optimizer step, so from the SECOND batch on every training forward
pass runs in evaluation mode (model.train() is called once, before the loop). Batches, updates (zero_grad, forward,
loss_fn, backward, step) and the returned mean of the pre-step batch losses are right; only the mode is wrong for
all but the first batch: loses mode (4) -> 21 (the consequence of buggy/train_eval_call_indented_into_loop, reached
through a helper's side effect)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 21, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def batch_accuracy(model, inputs, targets):
    """Accuracy of model on one batch (from my evaluation snippet)."""
    model.eval()
    with torch.no_grad():
        return (model(inputs).argmax(dim=1) == targets).float().mean().item()


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses, hits = [], []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
        hits.append(batch_accuracy(model, inputs, targets))
    print(f"train loss {np.mean(losses):.3f}, running train accuracy {np.mean(hits):.2f}")
    return sum(losses) / len(losses)
''',
}
