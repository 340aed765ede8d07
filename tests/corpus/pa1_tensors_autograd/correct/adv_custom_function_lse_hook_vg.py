"""Advanced style, fully correct: log_sum_exp is the .apply of a custom torch.autograd.Function (stable forward with the row amax, backward = softmax times the incoming gradient); softmax normalises with torch.einsum('nk,n->nk', e, 1 / e.sum(1)) after the amax shift, sizes unpacked in a tuple; value_and_grad catches the leaf's gradient with a tensor hook (leaf.register_hook) and a walrus for the output. Full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'log_sum_exp_answer': '''
class _StableLSE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, z):
        top = z.amax(dim=1, keepdim=True)
        out = top.squeeze(1) + (z - top).exp().sum(dim=1).log()
        ctx.save_for_backward(z, out)
        return out

    @staticmethod
    def backward(ctx, g):
        z, out = ctx.saved_tensors
        return g[:, None] * (z - out[:, None]).exp()


log_sum_exp = _StableLSE.apply
''',
    'softmax_answer': '''
def softmax(z):
    (n, k), top = z.shape, z.amax(dim=1, keepdim=True)
    e = (z - top).exp()
    return torch.einsum("nk,n->nk", e, e.sum(dim=1).reciprocal())
''',
    'value_and_grad_answer': '''
def value_and_grad(f, x):
    caught = {}
    leaf = x.detach().clone().requires_grad_()
    leaf.register_hook(lambda g: caught.setdefault("g", g))
    (out := f(leaf)).backward()
    return out.item(), caught["g"]
''',
}
