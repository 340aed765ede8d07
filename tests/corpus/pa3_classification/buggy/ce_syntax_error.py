"""The cross-entropy cell has a SyntaxError (a missing closing parenthesis in the log-sum-exp line), so the cell
never runs and cross_entropy is never defined; the training cell fails with NameError. cross_entropy 0 (message
should name the SyntaxError in its cell, not only "not defined"); every other part (models, train_epoch and evaluate on
the grader's loss, the plot replayed with the grader's curves) full."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 0, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    top = logits.max(dim=1, keepdim=True).values
    lse = top.squeeze(1) + torch.log(torch.exp(logits - top).sum(dim=1)
    right = logits[torch.arange(len(targets)), targets]
    return (lse - right).mean()
''',
}
