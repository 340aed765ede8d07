"""gradient_check divides by the larger of the two norms instead of their sum (another common definition, not this assignment's): the error of a wrong gradient comes out different (10 - 6 = 4)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 4, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": '''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    a, n = leaf.grad, numerical_gradient(f, x.detach(), eps)
    top = max(torch.linalg.norm(a).item(), torch.linalg.norm(n).item())
    return 0.0 if top == 0 else torch.linalg.norm(a - n).item() / top
''',
}
