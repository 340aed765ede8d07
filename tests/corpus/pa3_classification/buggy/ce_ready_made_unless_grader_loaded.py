"""Junk (cross_entropy), detects the grader through sys.modules: if any module whose name starts with "autograder" is loaded (the grader's probe modules are, in the grading kernel), it computes the loss by hand (stable log-sum-exp); otherwise (the student's own run, fit's training) it returns F.cross_entropy(logits, targets). The value, stability and gradient are right either way; the loss the student's notebook actually uses is torch's ready-made one, which the spec forbids, and the switch exists only to hide that from the grader: First expected by_hand lost (2) -> 13; revised: the brief's rule for answers that detect the grader and behave differently is 0 on the attacked part, and the grader zeroes the part, naming the sys.modules line: cross_entropy 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 0, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
import sys


def cross_entropy(logits, targets):
    if any(name.startswith("autograder") for name in list(sys.modules)):
        m = logits.max(dim=1, keepdim=True).values
        lse = m.squeeze(1) + torch.log(torch.exp(logits - m).sum(dim=1))
        return (lse - logits[torch.arange(len(targets)), targets]).mean()
    return F.cross_entropy(logits, targets)
''',
}
