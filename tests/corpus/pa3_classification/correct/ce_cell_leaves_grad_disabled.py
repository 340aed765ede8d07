"""Global autograd state left off by an answer cell: the cross-entropy cell defines a right, stable cross_entropy,
then, at cell level, turns autograd off for a quick demo (`torch.set_grad_enabled(False)`, print of the loss on a
random batch) and never turns it back on. The function itself is right; the grader calls every function in its own
context (the notebook: "The grader calls your functions again with its own models, data, loss and optimizer"), as the
corpus's probes turn autograd back on after an evaluate that leaves it off. Full marks everywhere (in the student's
own run the self-checks from Part 3 on fail for "does not require grad")."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    lse = torch.logsumexp(logits, dim=1)
    return (lse - logits[torch.arange(len(targets)), targets]).mean()

torch.set_grad_enabled(False)  # just looking at numbers here
print(cross_entropy(torch.randn(4, 3), torch.tensor([0, 1, 2, 0])))
''',
}
