"""Correct (cross_entropy), dtype: the student casts the logits to float32 first (z = logits.float(), "as on a GPU: fast and precise enough for a loss"), then writes the stable log-sum-exp by hand (row amax, exp of the shifted row, log, the max added back) and picks the true class with gather (targets.long().view(-1, 1)); the result stays float32 even for float64 logits. The notebook asks for "a scalar tensor" from "a float tensor" and says nothing about keeping float64: the setup, the loaders and every model of the notebook are float32, and its own self-check compares logits around 1000 in float32 with a tolerance of 1e-4. The cast is differentiable (the gradient reaches float64 logits as float64), the value is the cross-entropy to float32 precision, nothing overflows (every exponent <= 0), nothing ready-made is called. By the README's criteria value, stable, gradient and by hand all hold: full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    z = logits.float()                               # float32 is plenty for a loss (and what a GPU likes)
    top = z.amax(dim=1, keepdim=True)                # (n, 1) row maxima
    log_sum_exp = top.squeeze(1) + (z - top).exp().sum(dim=1).log()
    picked = z.gather(1, targets.long().view(-1, 1)).squeeze(1)
    return (log_sum_exp - picked).mean()
''',
}
