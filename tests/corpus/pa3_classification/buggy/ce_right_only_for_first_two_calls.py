"""Junk (cross_entropy), counts its calls: in the student's run the self-check calls cross_entropy exactly twice, and for the first two calls it computes the real stable loss; from the third call on (fit's training) it returns mean(LSE(z) - mean_k z_k), non-negative, finite, stable, by hand and attached to autograd, but independent of the targets. (In the grading kernel the self-check cell is replaced by the grader's probe, so the grader's first two calls get the real loss and its later calls, on the huge logits, the same inputs again and the retargeted ones, get the junk.) A loss that gives two different values for the same inputs computes nothing reliably, and the right numbers on the first two calls are no evidence of a cross-entropy: cross_entropy 0 (value included)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 0, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
_ce_calls = [0]


def cross_entropy(logits, targets):
    _ce_calls[0] += 1
    m = logits.max(dim=1, keepdim=True).values
    lse = m.squeeze(1) + torch.log(torch.exp(logits - m).sum(dim=1))
    if _ce_calls[0] <= 2:
        return (lse - logits[torch.arange(len(targets)), targets]).mean()
    return (lse - logits.mean(dim=1)).mean()
''',
}
