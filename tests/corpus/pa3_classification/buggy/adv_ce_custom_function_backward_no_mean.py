"""Slip (cross_entropy, advanced): a custom torch.autograd.Function whose forward is right (stable log-sum-exp, mean over the batch) but whose backward returns grad_output * (softmax - one_hot), forgetting the 1/n of the mean: the gradient is n times too large. Value, stability, by hand right: loses gradient (2) -> 13. (The grader judges the direction of the gradient, softmax - one_hot; a gradient n times too big points the same way, so it may not see this.)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 13, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
class StableCE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, logits, targets):
        m = logits.amax(dim=1, keepdim=True)
        lse = m.squeeze(1) + (logits - m).exp().sum(dim=1).log()
        picked = logits.gather(1, targets[:, None]).squeeze(1)
        ctx.save_for_backward(torch.softmax(logits, dim=1), targets)
        return (lse - picked).mean()

    @staticmethod
    def backward(ctx, grad_output):
        probs, targets = ctx.saved_tensors
        grad = probs - F.one_hot(targets, probs.shape[1]).to(probs.dtype)
        return grad_output * grad, None


def cross_entropy(logits, targets):
    return StableCE.apply(logits, targets)
''',
}
