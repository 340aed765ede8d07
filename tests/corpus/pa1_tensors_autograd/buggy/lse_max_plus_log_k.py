"""Property-matching junk in log_sum_exp: it returns the row maximum plus log(k), the UPPER BOUND every LSE lies under, with no sum of exponentials at all. It passes every self-check of the notebook exactly: four equal logits give c + log 4, the result lies between the max and max + log k, and the huge check's rows are constant (+-1000 + log 2). On any row whose logits are not all equal it is wrong: values (4) and stable (4) lost. It is, though, a real deterministic function of z that follows every row (like corpus lse_forgets_to_add_max, 2 / 10), so by the README's substance rule the shape criterion (2) is earned: 2 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 2, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    return z.max(dim=1).values + math.log(z.shape[1])
''',
}
