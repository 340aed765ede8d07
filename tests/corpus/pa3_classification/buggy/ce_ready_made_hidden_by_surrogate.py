"""cross_entropy gets its value AND its gradient from F.cross_entropy, kept as a class attribute (the name-based spy does not look there), called on detached logits; the gradient it returns is wired back with a surrogate term (logits * g).sum() - its own value detached, so the result's autograd graph holds no NllLoss either. Nothing of the loss is computed by hand: by the rules it loses by_hand (2) -> 13 (value, stability and gradient are those of the ready-made loss)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 13, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
class _Reference:
    loss = staticmethod(F.cross_entropy)


def cross_entropy(logits, targets):
    z = logits.detach().requires_grad_(True)
    with torch.enable_grad():
        value = _Reference.loss(z, targets)
        (grad,) = torch.autograd.grad(value, z)
    surrogate = (logits * grad).sum()
    return value.detach() + surrogate - surrogate.detach()
''',
}
