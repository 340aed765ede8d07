"""Junk (cross_entropy): the ready-made loss reached through the dispatcher, torch.ops.aten.cross_entropy_loss (not F.cross_entropy, not torch._C._nn), called on DETACHED logits; its gradient (torch.autograd.grad) is wired back with a surrogate (logits * g).sum() - (logits.detach() * g).sum() + value.detach(), so the result's graph holds no NllLoss node. Value, stability and gradient are those of the ready-made loss; nothing is computed by hand: loses by_hand (2) -> 13 (as buggy/ce_ready_made_hidden_by_surrogate)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 13, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
_loss_op = torch.ops.aten.cross_entropy_loss


def cross_entropy(logits, targets):
    with torch.enable_grad():
        z = logits.detach().requires_grad_(True)
        value = _loss_op(z, targets, None, 1, -100, 0.0)
        (g,) = torch.autograd.grad(value, z)
    return (logits * g).sum() - (logits.detach() * g).sum() + value.detach()
''',
}
