"""Slip (evaluate), JAX habit: instead of torch.no_grad() the student applies the equivalent of
jax.lax.stop_gradient to the model's output, logits = model(inputs).detach(). The numbers are right (exact mean
loss, accuracy over all examples, model.eval() first), but the forward pass still runs with autograd recording:
the graph is built for every batch and only then cut off, which is what the spec's torch.no_grad() is there to
avoid. Loses no_grad (4) -> 16."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 16, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    for inputs, targets in loader:
        logits = model(inputs).detach()   # stop_gradient
        total_loss += loss_fn(logits, targets).item() * len(targets)
        correct += (logits.argmax(dim=1) == targets).sum().item()
        count += len(targets)
    return total_loss / count, correct / count
''',
}
