"""A right, stable cross_entropy written by hand (max shift, log-sum-exp, advanced indexing); the cell ends with
`F.cross_entropy = cross_entropy` ("the rest of the notebook uses my loss"), rebinding torch's function to the
student's own. Nothing ready-made is ever called: the loss is computed by hand (by_hand earned), and train_epoch and
evaluate (reference) use the loss they are given. Full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    top = logits.max(dim=1, keepdim=True).values
    lse = top.squeeze(1) + torch.log(torch.exp(logits - top).sum(dim=1))
    return (lse - logits[torch.arange(len(targets)), targets]).mean()

F.cross_entropy = cross_entropy  # the rest of the notebook uses my loss
''',
}
