"""Every function computes in float64 and returns float64 tensors (distances, log-sum-exp, softmax), central differences with a list comprehension and torch.tensor: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
def pairwise_sq_dists(A, B):
    A = A.double()
    B = B.double()
    return ((A[:, None] - B[None]) ** 2).sum(-1)
''',
    "log_sum_exp_answer": '''
def log_sum_exp(z):
    z = z.to(torch.float64)
    m, _ = torch.max(z, dim=1, keepdim=True)
    return torch.log(torch.sum(torch.exp(z - m), dim=1)) + m.squeeze(-1)
''',
    "softmax_answer": '''
def softmax(z):
    z64 = z.double()
    e = torch.exp(z64 - z64.max(dim=1, keepdim=True).values)
    return (e / e.sum(dim=1, keepdim=True)).to(z.dtype)
''',
    "numerical_gradient_answer": '''
def numerical_gradient(f, x, eps=1e-6):
    def nudged(i, h):
        y = x.clone().flatten()
        y[i] += h
        return y.reshape(x.shape)
    values = [(float(f(nudged(i, eps))) - float(f(nudged(i, -eps)))) / (2 * eps) for i in range(x.numel())]
    return torch.tensor(values, dtype=x.dtype).reshape(x.shape)
''',
}
