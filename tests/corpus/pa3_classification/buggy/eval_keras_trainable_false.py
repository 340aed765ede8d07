"""Slip (evaluate), Keras habit: to put the model "in inference mode" the student writes model.trainable = False
(Keras's switch). On an nn.Module that only creates a new, unused attribute: the model and all its layers stay in
training mode, so dropout would keep dropping and batch norm would use batch statistics. Everything else is the
reference: torch.no_grad(), exact mean loss, accuracy over all examples. Loses eval mode (4) -> 16."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 16, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.trainable = False   # inference mode
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return total_loss / count, correct / count
''',
}
