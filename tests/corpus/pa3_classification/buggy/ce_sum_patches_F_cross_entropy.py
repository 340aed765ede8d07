"""The cross-entropy cell returns the SUM of the per-example losses instead of the mean (as buggy/ce_sum_not_mean:
cross_entropy 8) and ends with `F.cross_entropy = cross_entropy` ("the rest of the notebook uses my loss"), which
rebinds torch's function for the whole kernel. train_epoch and evaluate are the reference and use the loss_fn they are
given; the notebook says the grader calls them with its own loss. cross_entropy 8; train_epoch 25 and evaluate 20 (a
wrong cross_entropy must not cost the loops' points through torch's patched attribute)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 8, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    top = logits.max(dim=1, keepdim=True).values
    lse = top.squeeze(1) + torch.log(torch.exp(logits - top).sum(dim=1))
    return (lse - logits[torch.arange(len(targets)), targets]).sum()

F.cross_entropy = cross_entropy  # the rest of the notebook uses my loss
''',
}
