"""junk: cross_entropy returns mean(logsumexp(z_i) - mean_k z_ik) + mean(targets): the cross-entropy against a UNIFORM target (it never picks the true class) plus the mean class index, added only so that the number moves with the targets. Not the loss, not its gradient ((softmax - 1/K) / n), targets used as numbers rather than classes: form without substance earns nothing -> 0 (it must not collect stable 4 + by_hand 2 for being shift-invariant and hand-written)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 0, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    uniform_part = torch.logsumexp(logits, dim=1) - logits.mean(dim=1)
    return uniform_part.mean() + targets.float().mean()
''',
}
