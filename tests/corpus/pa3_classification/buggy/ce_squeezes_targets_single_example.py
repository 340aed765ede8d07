"""Slip (cross_entropy) that shows only for a batch of ONE example: the function starts with targets =
targets.squeeze() ("in case the targets come as a column (n, 1)"), then uses len(targets) for the arange. For n >= 2
nothing changes (stable log-sum-exp with the row max, advanced indexing, mean: right); for n = 1 squeeze() turns the
(1,) targets into a 0-d tensor and len() raises TypeError ("len() of a 0-d tensor"). The spec's logits are any (n, K),
and a DataLoader's last batch can hold one example (75 points in batches of 37: the last batch is one point; the
notebook's own self-check of make_mlp mentions it): train_epoch and evaluate called with this cross_entropy fail
there. Fair, by the grader's own rule for a case that raises (the sparse case: value and gradient): value (7) and
gradient (2) lost -> 6."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 6, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    targets = targets.squeeze()                    # (n, 1) -> (n,), just in case
    top = logits.max(dim=1, keepdim=True).values
    log_sum_exp = top.squeeze(1) + torch.log(torch.exp(logits - top).sum(dim=1))
    right = logits[torch.arange(len(targets)), targets]
    return (log_sum_exp - right).mean()
''',
}
