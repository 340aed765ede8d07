"""Junk (cross_entropy), special-cases where the logits come from: when logits.is_leaf (a tensor made directly, as
every check builds it, with or without requires_grad, and also a model's output under no_grad) it computes the real
stable cross-entropy; when the logits come out of a model with autograd on (training) it returns a cheaper
surrogate, mean(LSE - max), the loss of the PREDICTED class, whose gradient trains the model towards its own
guesses. Training with it does not minimise the cross-entropy. The grader also hands it the logits as a layer's output (not a leaf): the loss and its gradient differ from the leaf's, so value and gradient are lost, 6 of 15 (the leaf cases' stability and the work by hand stand)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 6, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    if logits.is_leaf:
        lse = torch.logsumexp(logits, dim=1)
        return (lse - logits[torch.arange(len(targets)), targets]).mean()
    # model outputs during training: a cheaper surrogate
    return (torch.logsumexp(logits, dim=1) - logits.max(dim=1).values).mean()
''',
}
