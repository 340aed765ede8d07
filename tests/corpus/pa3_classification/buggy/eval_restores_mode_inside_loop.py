"""Slip (evaluate): the student remembers the model's mode (was_training = model.training), calls model.eval(), and means to restore the mode at the end, but model.train(was_training) is indented into the loop: when evaluate is called on a model in training mode (as after train_epoch), every batch after the first runs in training mode. no_grad right, loss and accuracy computed as asked from the outputs: loses eval mode (4) -> 16 (as buggy/eval_no_eval_mode)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 16, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    was_training = model.training
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
            model.train(was_training)  # leave the model as we found it
    return total_loss / count, correct / count
''',
}
