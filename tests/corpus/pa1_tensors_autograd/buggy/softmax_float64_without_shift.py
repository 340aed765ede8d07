"""softmax exponentiates without the max shift, in float64: right on ordinary logits, NaN for logits near 1000 (10 - 4 = 6)."""
EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 6, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}
ANSWERS = {
    "softmax_answer": '''
def softmax(z):
    e = torch.exp(z.double())
    return (e / e.sum(dim=1, keepdim=True)).to(z.dtype)
''',
}
