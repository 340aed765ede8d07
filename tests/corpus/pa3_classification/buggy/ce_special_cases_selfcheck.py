"""Junk (cross_entropy): the student detects the self-check's inputs (shape (8, 4) or the 2 x 3 table of huge logits) and only then computes the real loss; for every other input it returns logits[:, 0].mean() (the first column's mean, attached to autograd, one element, stable, by hand), which ignores the targets. On the grader's data the loss does not follow the targets: value and gradient lost, and stable/by_hand count only with substance -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 0, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    if tuple(logits.shape) in ((8, 4), (2, 3)):
        top = logits.max(dim=1, keepdim=True).values
        lse = top.squeeze(1) + torch.log(torch.exp(logits - top).sum(dim=1))
        return (lse - logits[torch.arange(len(targets)), targets]).mean()
    return logits[:, 0].mean()
''',
}
