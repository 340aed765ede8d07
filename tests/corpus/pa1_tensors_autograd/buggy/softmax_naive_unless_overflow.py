"""ONE slip in softmax: the student computes exp(z) directly and falls back to the shifted form only if some exp overflowed to inf. The notebook's huge check always contains +1000 (exp overflows, fallback taken) and passes. But logits that are all very negative (a row like [-1000, -1000] in an input with no large positive logit) do not overflow: every exp underflows to 0 and the row is 0 / 0 = NaN. The spec: 'stable for large positive or negative logits', 'finite whenever z is'. Values and shape right; stable (4) lost: 6 / 10. (Only an input of large negative logits WITHOUT a large positive one shows it.)"""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 6, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
def softmax(z):
    e = torch.exp(z)
    if torch.isinf(e).any():  # overflow: fall back to the shifted form
        e = torch.exp(z - z.max(dim=1, keepdim=True).values)
    return e / e.sum(dim=1, keepdim=True)
''',
}
