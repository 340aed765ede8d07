"""Beginner style (cross_entropy): the row maxima are found with numpy (logits.detach().numpy().max(axis=1, keepdims=True)) and turned back into a tensor with torch.tensor(...); the shift is a constant, so it cancels in the gradient (as correct/ce_float64_detached_max_masked_select); the true-class logits are picked with a Python list comprehension and torch.stack, and the mean taken as sum / len. Stable, by hand, gradient right: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    maxima_numpy = logits.detach().numpy().max(axis=1, keepdims=True)
    maxima = torch.tensor(maxima_numpy, dtype=logits.dtype)
    shifted = logits - maxima
    sums = torch.exp(shifted).sum(dim=1)
    lse = torch.log(sums) + maxima.squeeze(1)
    target_list = targets.tolist()
    picked = torch.stack([logits[i, target_list[i]] for i in range(len(target_list))])
    losses = lse - picked
    return losses.sum() / len(target_list)
''',
}
