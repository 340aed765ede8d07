"""Junk (cross_entropy), special-cases autograd's global state: when torch.is_grad_enabled() is False (every call under torch.no_grad(), i.e. every evaluation: evaluate passes cross_entropy as loss_fn) it 'skips the work' and returns log K, the loss of a uniform guess; otherwise the real stable cross-entropy by hand. In the notebook every loss evaluate reports is log 3 = 1.0986 (flat curves). Unlike buggy/ce_real_only_when_logits_require_grad it keys on the grad mode, not on the logits, so logits that do not require grad but are passed with autograd on get the real loss. The spec's logits are any float tensor, in any autograd state. Honestly: value lost (7, wrong for every evaluation); stable, gradient, by_hand kept -> 8."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 8, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    if not torch.is_grad_enabled():
        # nothing will be trained from this number: skip the work
        return torch.log(torch.tensor(float(logits.shape[1])))
    top = logits.max(dim=1, keepdim=True).values
    lse = top.squeeze(1) + torch.log(torch.exp(logits - top).sum(dim=1))
    return (lse - logits[torch.arange(len(targets)), targets]).mean()
''',
}
