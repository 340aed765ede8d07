"""unsqueeze and einsum for the distances, amax for the shift, in-place nudge of a flat copy restored after each entry, fresh leaf with requires_grad_(): fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
def pairwise_sq_dists(A, B):
    diff = A.unsqueeze(1) - B.unsqueeze(0)
    return torch.einsum("ijk,ijk->ij", diff, diff)
''',
    "log_sum_exp_answer": '''
def log_sum_exp(z):
    c = torch.amax(z, dim=1)
    return c + (z - c[:, None]).exp().sum(dim=1).log()
''',
    "softmax_answer": '''
def softmax(z):
    c = torch.amax(z, dim=-1, keepdim=True)
    numerator = (z - c).exp()
    denominator = numerator.sum(dim=-1, keepdim=True)
    return numerator / denominator
''',
    "numerical_gradient_answer": '''
def numerical_gradient(f, x, eps=1e-6):
    work = x.clone().reshape(-1)
    grad = torch.empty_like(work)
    for i in range(len(work)):
        keep = work[i].item()
        work[i] = keep + eps
        plus = float(f(work.reshape(x.shape)))
        work[i] = keep - eps
        minus = float(f(work.reshape(x.shape)))
        work[i] = keep
        grad[i] = (plus - minus) / (2 * eps)
    return grad.reshape(x.shape)
''',
    "value_and_grad_answer": '''
def value_and_grad(f, x):
    leaf = x.clone().detach()
    leaf.requires_grad_()
    y = f(leaf)
    y.backward()
    return y.item(), leaf.grad.detach().clone()
''',
}
