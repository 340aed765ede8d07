"""cross_entropy forgets the final mean and returns the n per-example losses, each computed stably: loses value (7) and gradient (2, not a one-element tensor), keeps stable -> 6."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 6, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    top = logits.max(dim=1, keepdim=True).values
    log_sum_exp = top.squeeze(1) + torch.log(torch.exp(logits - top).sum(dim=1))
    return log_sum_exp - logits[torch.arange(len(targets)), targets]
''',
}
