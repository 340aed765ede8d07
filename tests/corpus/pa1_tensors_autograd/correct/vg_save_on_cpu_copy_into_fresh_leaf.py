"""Correct, a memory habit from the autograd docs: value_and_grad makes its leaf as torch.empty_like(x) (which never copies requires_grad), fills it with .copy_(x.detach()) BEFORE switching requires_grad on (so the copy is not recorded), runs f inside `with torch.autograd.graph.save_on_cpu():` (saved tensors kept on the CPU: a no-op on this machine, a habit from GPU training), calls backward() and returns out.item() and the leaf's .grad. The caller's x, its flag and its .grad (the grader's x that already requires grad and has a .grad of ones included) are never touched; two calls give the same gradient. Full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'value_and_grad_answer': '''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    leaf = torch.empty_like(x).copy_(x.detach())   # a new tensor, not connected to x
    leaf.requires_grad_(True)
    with torch.autograd.graph.save_on_cpu(pin_memory=False):
        out = f(leaf)
    out.backward()
    return out.item(), leaf.grad
''',
}
