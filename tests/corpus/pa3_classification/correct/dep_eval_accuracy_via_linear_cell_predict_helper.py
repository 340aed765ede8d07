"""Correct, a later part using a helper from an earlier cell: the softmax-regression cell also defines
predict(model, inputs) = model(inputs).argmax(dim=-1) ("the predicted class is the largest logit", as Part 1
explains), and make_linear_classifier returns nn.Linear(in_features, num_classes, bias=True). evaluate (Part 5) puts
the model in eval mode and, under torch.no_grad(), computes each batch's loss from model(inputs) with loss_fn and
counts hits with the Part 1 helper, (predict(model, inputs) == targets).sum() (a second forward pass, same mode,
same no_grad); exact mean loss, accuracy over all examples. Every part full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    return nn.Linear(in_features, num_classes, bias=True)


def predict(model, inputs):
    """The predicted class of each row: the largest logit (the largest probability too)."""
    return model(inputs).argmax(dim=-1)
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    loss_sum, hits, seen = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            loss_sum += loss_fn(model(inputs), targets).item() * targets.numel()
            hits += int((predict(model, inputs) == targets).sum())
            seen += targets.numel()
    return loss_sum / seen, hits / seen
''',
}
