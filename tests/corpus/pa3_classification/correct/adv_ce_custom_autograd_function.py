"""Advanced style (cross_entropy): a custom torch.autograd.Function. forward computes the per-row log-sum-exp with the max shift and the mean of lse - z_y, saves the softmax and the targets with ctx.save_for_backward; backward returns grad_output * (softmax - one_hot) / n for the logits and None for the targets. cross_entropy = StableCE.apply(logits, targets): one-element tensor, value, stability and gradient all right, nothing ready-made: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
class StableCE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, logits, targets):
        m = logits.amax(dim=1, keepdim=True)
        shifted = logits - m
        lse = shifted.exp().sum(dim=1).log()
        picked = shifted.gather(1, targets[:, None]).squeeze(1)
        probs = (shifted - lse[:, None]).exp()
        ctx.save_for_backward(probs, targets)
        return (lse - picked).mean()

    @staticmethod
    def backward(ctx, grad_output):
        probs, targets = ctx.saved_tensors
        n = probs.shape[0]
        grad = probs.clone()
        grad[torch.arange(n), targets] -= 1
        return grad_output * grad / n, None


def cross_entropy(logits, targets):
    return StableCE.apply(logits, targets)
''',
}
