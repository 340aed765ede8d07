"""The cross-entropy cell defines a helper named `sum` (sum over the classes, x.sum(dim=-1)) and uses it in a right,
stable cross_entropy; this shadows Python's builtin sum in the notebook. The train_epoch cell is the reference, whose
`return sum(losses) / len(losses)` now calls the student's helper on a list: AttributeError after the epoch trained
(every step right). cross_entropy full (its function is right); train_epoch, as it runs in the submitted notebook,
makes every step right but returns nothing: loses loss (6) -> 19 (as buggy/train_np_mean_of_graph_tensors_raises).
The message should say that `sum` is the student's own function (defined in the cross-entropy cell)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 19, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def sum(x):
    """Sum over the classes (the last dimension)."""
    return x.sum(dim=-1)


def cross_entropy(logits, targets):
    top = logits.max(dim=1, keepdim=True).values
    lse = top.squeeze(1) + torch.log(sum(torch.exp(logits - top)))
    return (lse - logits[torch.arange(len(targets)), targets]).mean()
''',
}
