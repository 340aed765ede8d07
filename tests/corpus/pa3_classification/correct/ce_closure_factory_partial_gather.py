"""Correct (cross_entropy), organised as a closure factory: the cell defines make_cross_entropy(class_dim=1), which
builds the true-class picker with functools.partial(torch.gather, dim=class_dim) and returns an inner function that
closes over class_dim and the picker (both read-only, fixed when the factory runs). The inner function shifts each
row by its own max (keepdim), takes log of the summed exps, adds the max back, and subtracts the gathered true-class
logits; mean over the rows. `cross_entropy = make_cross_entropy()` binds the asked name once. Nothing is mutated
between calls, nothing depends on earlier inputs: the right, stable, differentiable loss for any (n, K) logits and
any targets, however often it is called. Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
import functools


def make_cross_entropy(class_dim=1):
    """Build a mean cross-entropy over the given class dimension."""
    pick = functools.partial(torch.gather, dim=class_dim)

    def loss(logits, targets):
        top = logits.max(dim=class_dim, keepdim=True).values
        lse = (top + torch.log(torch.exp(logits - top).sum(dim=class_dim, keepdim=True))).squeeze(class_dim)
        true_logit = pick(logits, index=targets.long().unsqueeze(class_dim)).squeeze(class_dim)
        return (lse - true_logit).mean()

    return loss


cross_entropy = make_cross_entropy()
''',
}
