"""ONE slip in log_sum_exp: the student shifts by the row maximum only 'when it is needed', i.e. when the largest logit of the whole input exceeds 80 (float32's exp overflows past ~88), and uses the plain log(sum(exp(z))) otherwise. The notebook's huge check always contains +1000, so it takes the shifted branch and passes. But an input whose logits are all very negative (z = [[-1000, -1000]], or any batch whose maximum is below 80 with a row below about -104) takes the plain branch: exp underflows to 0 and the result is -inf. The spec: 'stable for large positive or negative logits', 'finite whenever z is'. Values and shape right; stable (4) lost: 6 / 10. (Only an input of large negative logits WITHOUT a large positive one shows it.)"""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 6, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    if z.max() > 80:  # exp overflows float32 past ~88: only then is the shift needed
        top = z.max(dim=1, keepdim=True).values
        return top.squeeze(1) + torch.log(torch.exp(z - top).sum(dim=1))
    return torch.log(torch.exp(z).sum(dim=1))
''',
}
