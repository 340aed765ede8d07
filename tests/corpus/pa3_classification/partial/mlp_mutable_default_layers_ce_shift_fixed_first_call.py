"""Partial: two state slips in two parts.

make_mlp (Part 2) collects its layers in a mutable default argument, def make_mlp(in_features, hidden_units,
num_classes, layers=[]), extending it with Linear, ReLU, Linear and returning nn.Sequential(*layers). The first call
of the kernel (the self-check's) is right; every later call gets the layers of every earlier call too (6, 9, ...
modules, the earlier models' own layers shared), so its forward pass feeds K logits into a layer expecting d inputs
and raises (the notebook's training cell fails at make_mlp(2, 128, 3), and with it the decision regions). A builder
that works once per kernel builds nothing usable after: mlp 0.

cross_entropy (Part 3) fixes its log-sum-exp shift on the first call: a module-level _SHIFT is set to the largest
logit of the first batch it ever sees and used as the shift for every later call. The shift cancels, so for ordinary
logits the value and gradient are right; but it is not each row's own max, so logits far from the first batch's
(around 1000, the self-check's second call) overflow to inf: loses stable (4) -> 11. The plot (reference) is graded
on its own, as the grader re-runs it with its own curves."""

EXPECTED = {'linear_classifier': 10, 'mlp': 0, 'cross_entropy': 11, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes, layers=[]):
    layers.extend([
        nn.Linear(in_features, hidden_units),
        nn.ReLU(),
        nn.Linear(hidden_units, num_classes),
    ])
    return nn.Sequential(*layers)
''',
    'cross_entropy_answer': r'''
_SHIFT = None   # the log-sum-exp shift, fixed on the first call


def cross_entropy(logits, targets):
    global _SHIFT
    if _SHIFT is None:
        _SHIFT = logits.detach().max().item()
    lse = _SHIFT + torch.log(torch.exp(logits - _SHIFT).sum(dim=1))
    right = logits[torch.arange(len(targets)), targets]
    return (lse - right).mean()
''',
}
