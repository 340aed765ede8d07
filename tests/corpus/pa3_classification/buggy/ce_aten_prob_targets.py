"""junk (cross_entropy): the ready-made loss torch.ops.aten.cross_entropy_loss called with one-hot PROBABILITY targets (float, same shape as the logits): torch's cross-entropy on the probability-target path, which computes -(log_softmax * target).sum / n without nll_loss_forward. Nothing computed by hand: loses by_hand (2) -> 13 (as ce_aten_op_surrogate)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 13, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    soft = F.one_hot(targets, logits.shape[1]).to(logits.dtype)
    return torch.ops.aten.cross_entropy_loss(logits, soft, None, 1, -100, 0.0)
''',
}
