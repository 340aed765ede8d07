"""Device and dtype juggling from GPU tutorials: `device = 'cuda' if torch.cuda.is_available() else 'cpu'` at the top of Part 1; pairwise_sq_dists moves A and B to the device as float64 (.to(device).double()), broadcasts, and returns D cast back with .to(A.dtype).to(A.device); softmax round-trips through NumPy (.detach().cpu().numpy(), float64, max shift) and comes back with torch.from_numpy(...).to(z.dtype); value_and_grad makes its leaf on the device and returns the gradient .to(x.device). On the CPU everything is the same computation: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
device = "cuda" if torch.cuda.is_available() else "cpu"
print("using", device)


def pairwise_sq_dists(A, B):
    A_ = A.to(device).double()
    B_ = B.to(device).double()
    D = ((A_.unsqueeze(1) - B_.unsqueeze(0)) ** 2).sum(dim=2)
    return D.to(A.dtype).to(A.device)
''',
    "softmax_answer": r'''
def softmax(z):
    a = z.detach().cpu().numpy().astype(np.float64)
    e = np.exp(a - a.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    return torch.from_numpy(p).to(z.dtype).to(z.device)
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    leaf = x.detach().to(device).clone().requires_grad_(True)
    out = f(leaf)
    out.backward()
    return out.item(), leaf.grad.detach().to(x.device)
''',
}
