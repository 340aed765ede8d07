"""NumPy inside every function (broadcasting in NumPy, np.max shift, a NumPy copy perturbed entry by entry with np.ndindex), tensors converted back at the end: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
def pairwise_sq_dists(A, B):
    a = A.numpy()
    b = B.numpy()
    d = np.sum((a[:, np.newaxis, :] - b[np.newaxis, :, :]) ** 2, axis=2)
    return torch.from_numpy(d)
''',
    "log_sum_exp_answer": '''
def log_sum_exp(z):
    a = z.numpy().astype(np.float64)
    m = np.max(a, axis=1, keepdims=True)
    out = m + np.log(np.sum(np.exp(a - m), axis=1, keepdims=True))
    return torch.from_numpy(out[:, 0])
''',
    "softmax_answer": '''
def softmax(z):
    a = z.numpy()
    e = np.exp(a - a.max(axis=1, keepdims=True))
    return torch.tensor(e / e.sum(axis=1, keepdims=True))
''',
    "numerical_gradient_answer": '''
def numerical_gradient(f, x, eps=1e-6):
    base = x.detach().numpy().copy()
    grad = np.zeros_like(base)
    for idx in np.ndindex(base.shape):
        up, down = base.copy(), base.copy()
        up[idx] += eps
        down[idx] -= eps
        grad[idx] = (f(torch.from_numpy(up)).item() - f(torch.from_numpy(down)).item()) / (2 * eps)
    return torch.from_numpy(grad)
''',
    "gradient_check_answer": '''
def gradient_check(f, x, eps=1e-6):
    leaf = torch.tensor(x.detach().numpy(), requires_grad=True)
    f(leaf).backward()
    a = leaf.grad.numpy()
    n = numerical_gradient(f, x, eps).numpy()
    denom = np.linalg.norm(a) + np.linalg.norm(n)
    if denom == 0:
        return 0.0
    return float(np.linalg.norm(a - n) / denom)
''',
}
