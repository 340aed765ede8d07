"""Junk (cross_entropy), property matching: returns mean(LSE(z) - max(z)), the cross-entropy of the PREDICTED class, computed stably and by hand: a one-element tensor, non-negative, finite for huge logits, attached to autograd, with a gradient of the shape softmax - one_hot(argmax). It never reads the targets: it equals the true loss only when every prediction is right. Value lost; stable, gradient and by_hand count only with substance: cross_entropy 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 0, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    m = logits.max(dim=1).values
    lse = m + torch.log(torch.exp(logits - m[:, None]).sum(dim=1))
    return (lse - m).mean()  # >= 0, finite, 0 when the model is sure
''',
}
