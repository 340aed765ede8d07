"""Correct, looks odd: gradient_check converts x explicitly (torch.as_tensor, detach, to float64), returns 0.0 at once for an empty x, takes autograd's gradient with torch.autograd.grad on a float64 leaf, flattens both gradients before the vector norms (so any shape of x works the same), and tests the 0/0 case on the denominator's .item(). The relative error asked, as a Python float: fully correct, 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    x = torch.as_tensor(x).detach().to(torch.float64)
    if x.numel() == 0:
        return 0.0
    leaf = x.clone().requires_grad_(True)
    (g_auto,) = torch.autograd.grad(f(leaf), leaf)
    g_num = numerical_gradient(f, x.clone(), eps)
    g_auto = g_auto.reshape(-1).double()
    g_num = torch.as_tensor(g_num).reshape(-1).double()
    denominator = torch.linalg.vector_norm(g_auto) + torch.linalg.vector_norm(g_num)
    if denominator.item() == 0.0:
        return 0.0
    return (torch.linalg.vector_norm(g_auto - g_num) / denominator).item()
''',
}
