"""ONE slip in numerical_gradient: the student handled vectors first and left a placeholder branch for other shapes, `else: return None  # TODO: matrices`. Vectors get right central differences (including the large-eps case, a vector), x is never touched; a (2, 3) x gets None. Values (6) and shape (3) lost; central difference (4) kept; x unchanged (2) is form, which counts only when every input the grader tried gets numbers back: 4 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 4, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    if x.dim() == 1:
        grad = torch.zeros_like(x)
        for i in range(x.numel()):
            plus, minus = x.clone(), x.clone()
            plus[i] += eps
            minus[i] -= eps
            grad[i] = (float(f(plus)) - float(f(minus))) / (2 * eps)
        return grad
    else:
        # TODO: matrices
        return None
''',
}
