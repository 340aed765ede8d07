"""evaluate is decorated with a bare @torch.no_grad (no parentheses: supported as a decorator since PyTorch 2.0), remembers whether the model was training (was_training = model.training), evaluates in eval mode, and puts the model back in its previous mode before returning (model.train(was_training)): it evaluates in eval mode without autograd, and leaves the caller's mode as it found it. Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
@torch.no_grad
def evaluate(model, loader, loss_fn):
    was_training = model.training
    model.eval()
    loss_sum, hits, seen = 0.0, 0, 0
    for inputs, targets in loader:
        logits = model(inputs)
        loss_sum += loss_fn(logits, targets).item() * targets.numel()
        hits += int((logits.argmax(1) == targets).sum())
        seen += targets.numel()
    model.train(was_training)
    return loss_sum / seen, hits / seen
''',
}
