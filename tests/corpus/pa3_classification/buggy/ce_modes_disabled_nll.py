"""junk (cross_entropy): torch's nll_loss_forward operator (torch.ops.aten) run with the dispatch modes popped (torch.utils._python_dispatch._disable_current_modes), on detached log-probabilities, gradient taken by autograd.grad and wired back by a surrogate: the value and the gradient are torch's NLL loss. by_hand lost (2) -> 13. Taking the grader's watchers off the stack is reading its insides: the part earns nothing."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 0, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
from torch.utils._python_dispatch import _disable_current_modes


def cross_entropy(logits, targets):
    with torch.enable_grad():
        z = logits.detach().requires_grad_(True)
        with _disable_current_modes():
            value, _ = torch.ops.aten.nll_loss_forward(torch.log_softmax(z, 1), targets, None, 1, -100)
        (g,) = torch.autograd.grad(value, z)
    surrogate = (logits * g).sum()
    return value.detach() + surrogate - surrogate.detach()
''',
}
