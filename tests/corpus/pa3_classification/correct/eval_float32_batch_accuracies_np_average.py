"""Correct (evaluate), per-batch statistics in float32, averaged with numpy weights: each batch's accuracy is
(logits.argmax(dim=1) == targets).float().mean() (a float32 tensor) and its loss loss_fn(...); both are kept with
the batch size, and the results are np.average(..., weights=sizes) of the float32 values: the exact mean loss and
the fraction of all examples classified right (a short last batch weighs what it holds). A batch accuracy like 3/7 is
rounded to float32 (about 3e-8 off), so the accuracy returned can differ from count / n in the 8th digit: float
rounding, not a different number. model.eval(), torch.no_grad(), two Python floats: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    losses, accuracies, sizes = [], [], []
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            losses.append(loss_fn(logits, targets).float())
            accuracies.append((logits.argmax(dim=1) == targets).float().mean())
            sizes.append(len(targets))
    loss = np.average(torch.stack(losses).numpy(), weights=sizes)
    accuracy = np.average(torch.stack(accuracies).numpy(), weights=sizes)
    return float(loss), float(accuracy)
''',
}
