"""Slip (cross_entropy), an in-place change to an input the caller still needs: to gather the true-class logits the
student reshapes the targets with targets.unsqueeze_(1), IN PLACE, instead of targets.unsqueeze(1). The loss itself is
right (row max, log-sum-exp, gather, mean; stable, by hand, gradient softmax - one_hot) the first time it sees a
targets tensor, but the caller's targets are now (n, 1): calling it again on the same batch raises (gather with a
3-d index), F.cross_entropy on them raises (that is where the self-check fails), and evaluate's accuracy in the
notebook compares argmax (n,) with targets (n, 1), an (n, n) broadcast, so the printed validation accuracy is
nonsense. A loss that breaks its caller's labels and cannot be computed twice on the same batch does not do its job
reliably: loses value (7), keeps stable, gradient and by hand -> 8."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 8, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    top = logits.max(dim=1, keepdim=True).values
    lse = top + torch.log(torch.exp(logits - top).sum(dim=1, keepdim=True))   # (n, 1)
    targets.unsqueeze_(1)                                                    # (n, 1) for gather
    right = logits.gather(1, targets)                                        # (n, 1)
    return (lse - right).mean()
''',
}
