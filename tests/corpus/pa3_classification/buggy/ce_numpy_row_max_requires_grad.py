"""Slip (cross_entropy), .numpy() on a tensor that requires grad: the student takes each row's maximum with numpy
("the shift is a constant anyway"), torch.from_numpy(logits.numpy().max(axis=1, keepdims=True)). That is fine for
logits without autograd (under torch.no_grad(), in evaluate) and the value is then right and stable; but whenever the
logits require grad (a leaf with requires_grad, or the output of a model while training, the main use of a loss)
logits.numpy() raises "Can't call numpy() on Tensor that requires grad". The loss cannot be used to train anything:
value for logits a layer computed (7) and gradient (2) lost; stable (right for huge logits without grad) and by hand
kept -> 6 (as buggy/ce_real_only_for_leaf_logits). The self-check's first call (logits with requires_grad) fails.

Graded as the grader's rubric scores it (cross_entropy 6 -> 0): it raises whenever the logits require grad, as in every training step, and a case that raised costs every criterion of the part.
"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 0, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    n = logits.shape[0]
    row_max = torch.from_numpy(logits.numpy().max(axis=1, keepdims=True))   # a constant shift per row
    log_sum_exp = row_max.squeeze(1) + torch.log(torch.exp(logits - row_max).sum(dim=1))
    true_logit = logits[torch.arange(n), targets]
    return (log_sum_exp - true_logit).mean()
''',
}
