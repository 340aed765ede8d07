"""Junk (evaluate), seems to use loss_fn without using it: evaluate computes the loss itself, -log_softmax of the logits picked at the targets (the cross-entropy), and calls loss_fn only once, on a dummy zero logit row and target 0, so that "loss_fn is used". With the cross-entropy as loss_fn the number agrees; with any other loss the caller passes (label smoothing, class weights, a hinge loss) evaluate still returns the plain cross-entropy. Accuracy, model.eval(), torch.no_grad() right; the loss is not loss_fn's mean: loses loss (6) -> 14 (as buggy/train_calls_global_cross_entropy loses it for train_epoch)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    checked = False
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            if not checked:  # make sure loss_fn accepts logits of this width
                loss_fn(torch.zeros(1, logits.shape[1]), torch.zeros(1, dtype=torch.long))
                checked = True
            picked = F.log_softmax(logits, dim=1)[torch.arange(len(targets)), targets]
            total_loss += -picked.sum().item()
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return total_loss / count, correct / count
''',
}
