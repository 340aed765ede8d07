"""Junk (cross_entropy), special-cases its inputs: when the logits require grad (training, a self-check, a grader probing the gradient) it computes the real stable cross-entropy by hand; when they do not (every call under torch.no_grad(), i.e. every evaluation: evaluate passes it as loss_fn) it "skips the work" and returns log K, the loss of a uniform guess. In the notebook every training and validation loss evaluate reports is log 3 = 1.0986, flat curves. The spec's logits are any float tensor of shape (n, K), with or without autograd. Honestly: value lost (7: wrong for logits that do not require grad); stable, gradient and by_hand kept -> 8."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 8, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
import math


def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    if not logits.requires_grad:
        # nothing will call backward on this one: no need for the full computation
        return torch.tensor(math.log(logits.shape[1]))
    top = logits.max(dim=1, keepdim=True).values
    log_sum_exp = top.squeeze(1) + torch.log(torch.exp(logits - top).sum(dim=1))
    right = logits[torch.arange(len(targets)), targets]
    return (log_sum_exp - right).mean()
''',
}
