"""Slip (train_epoch), cells written out of order: train_epoch also records the training accuracy of each batch through a helper `accuracy(logits, targets)` that the student defined later, in the evaluate cell (and uses there too). Run top to bottom, the helper does not exist yet when the train_epoch cell is checked: train_epoch makes its first step (training mode, a right SGD step) and then raises NameError; by the fit cell the helper exists and the notebook trains fine. First expected full marks (the submitted notebook trains right); revised: the grader judges each function where its cell stands (as the notebook's "Restart and run all: every self-check should pass" asks), and by the corpus's rule for a loop that raises part-way (buggy/train_np_mean_of_graph_tensors_raises: what the steps show still counts) the first step earns mode (4) and update (10), the batches (5) and the returned loss (6) are lost -> 14. The message should say the name is defined only in a later cell."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 14, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses, accs = [], []
    for inputs, targets in loader:
        optimizer.zero_grad()
        logits = model(inputs)
        loss = loss_fn(logits, targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
        accs.append(accuracy(logits.detach(), targets))
    print(f"train loss {np.mean(losses):.4f}, train accuracy {np.mean(accs):.3f}")
    return sum(losses) / len(losses)
''',
    'evaluate_answer': '''
def accuracy(logits, targets):
    """Fraction of rows whose largest logit is the target."""
    return (logits.argmax(dim=1) == targets).float().mean().item()


def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, correct, count = 0.0, 0.0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += accuracy(logits, targets) * len(targets)
            count += len(targets)
    return total_loss / count, correct / count
''',
}
