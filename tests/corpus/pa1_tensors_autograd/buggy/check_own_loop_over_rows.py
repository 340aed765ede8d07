"""ONE slip in gradient_check: instead of calling numerical_gradient, the student writes the finite differences inline with `for i in range(len(x))` and `plus[i] += eps`, thinking of x as a vector. For a vector x (the notebook's check, and any 1-D x) this is exactly the central difference and the relative error is right. The docstring's x is 'a float64 tensor, the point at which to check' (numerical_gradient and value_and_grad are asked to handle any shape): for a matrix x, plus[i] += eps nudges a whole ROW and g_num[i] = ... fills it with one number, so even autograd's right gradient gets a large error, and a wrong one is measured wrong. Both criteria fail on matrix inputs: 0 / 10. (If the grader only tries vectors it cannot see the slip.)"""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 0, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = torch.zeros_like(x)
    for i in range(len(x)):
        plus, minus = x.detach().clone(), x.detach().clone()
        plus[i] += eps
        minus[i] -= eps
        g_num[i] = (float(f(plus)) - float(f(minus))) / (2 * eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)
''',
}
