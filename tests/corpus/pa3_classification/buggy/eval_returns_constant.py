"""evaluate switches to eval mode, runs the model under no_grad, then returns a made-up (0.5, 0.9): form without substance earns nothing -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return 0.5, 0.9
''',
}
