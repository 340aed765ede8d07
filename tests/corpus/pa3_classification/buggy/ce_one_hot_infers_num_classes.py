"""Slip (cross_entropy), assumes every class occurs in the batch: the true-class logit is picked with F.one_hot(targets) WITHOUT num_classes, which makes max(targets) + 1 columns. When the batch's targets include the last class the result is right (stable log-sum-exp with the row max, by hand); when they do not (a batch of 7 with 3 classes misses one class about 6% of the time; the self-check's 8 examples of 4 classes 10%), the one-hot table is narrower than the logits and the call raises (size mismatch). The spec's targets are any (n,) class indices in 0..K-1: value (7) and gradient (2) lost -> 6. (A grader whose targets always include the top class cannot see this.)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 6, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    m = logits.max(dim=1, keepdim=True).values
    lse = m.squeeze(1) + torch.log(torch.exp(logits - m).sum(dim=1))
    picked = (logits * F.one_hot(targets).to(logits.dtype)).sum(dim=1)
    return (lse - picked).mean()
''',
}
