"""junk: evaluate switches to eval mode and no_grad, but never runs the model: it counts the targets of the loader and returns the loss and accuracy of a constant classifier (log K, and the share of the most common class). Nothing it returns comes from the model: nothing -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    model.eval()
    counts = None
    with torch.no_grad():
        for _, targets in loader:
            c = torch.bincount(targets, minlength=3)
            counts = c if counts is None else counts + c
    accuracy = (counts.max() / counts.sum()).item()
    loss = float(np.log(len(counts)))
    return loss, accuracy
''',
}
