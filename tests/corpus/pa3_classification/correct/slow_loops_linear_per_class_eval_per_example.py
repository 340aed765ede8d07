"""Slow but right loops (linear_classifier, evaluate). Softmax regression keeps one weight vector per class in an
nn.ParameterList plus a bias vector (dK + K parameters) and computes the logits class by class, x @ w_k + b_k,
stacked into an (n, K) tensor: affine, logits, trainable. evaluate computes the batch loss with loss_fn (weighted by
the batch size, divided by the number of examples: the exact mean) under torch.no_grad() in eval mode, and finds
each example's predicted class with explicit Python loops over the examples and the classes (the first largest
logit, as argmax). Slower than argmax but linear in the data: well under a second for the notebook's 375 points per
epoch, and fine for any evaluation set of ordinary size. Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class PerClassLinear(nn.Module):
    """One weight vector and one bias per class: the logit of class k is w_k . x + b_k."""

    def __init__(self, in_features, num_classes):
        super().__init__()
        self.weights = nn.ParameterList(
            [nn.Parameter(torch.randn(in_features) / in_features ** 0.5) for _ in range(num_classes)])
        self.biases = nn.Parameter(torch.zeros(num_classes))

    def forward(self, x):
        columns = [x @ w + self.biases[k] for k, w in enumerate(self.weights)]   # one class at a time
        return torch.stack(columns, dim=1)


def make_linear_classifier(in_features, num_classes):
    return PerClassLinear(in_features, num_classes)
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    loss_sum, right, seen = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            loss_sum += loss_fn(logits, targets).item() * len(targets)
            for row, label in zip(logits, targets):          # one example at a time
                best = 0
                for k in range(1, row.shape[0]):
                    if row[k] > row[best]:                   # the first largest logit, as argmax
                        best = k
                right += int(best == int(label))
                seen += 1
    return loss_sum / seen, right / seen
''',
}
