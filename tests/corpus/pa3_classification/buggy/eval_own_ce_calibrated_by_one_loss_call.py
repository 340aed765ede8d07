"""Junk (evaluate), calls loss_fn only to calibrate its own loss: each batch's loss is the student's own cross-entropy (-log_softmax picked at the targets, mean), and loss_fn is called once, on the first batch, to get the ratio loss_fn / own, by which every batch's own loss is then multiplied ('in case the caller's loss is scaled'). For a loss_fn that is the cross-entropy times a constant the numbers agree exactly; for any other loss the caller passes (label smoothing, class weights, focal, a hinge) evaluate returns a rescaled plain cross-entropy, not the mean of loss_fn. Accuracy, model.eval(), torch.no_grad() right; the loss is not loss_fn's mean: loses loss (6) -> 14 (as buggy/eval_own_ce_dummy_loss_call)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    total, correct, count, ratio = 0.0, 0, 0, None
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            own = -F.log_softmax(logits, dim=1)[torch.arange(len(targets)), targets].mean()
            if ratio is None:                    # calibrate once against the caller's loss
                ratio = loss_fn(logits, targets).item() / own.item()
            total += ratio * own.item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return total / count, correct / count
''',
}
