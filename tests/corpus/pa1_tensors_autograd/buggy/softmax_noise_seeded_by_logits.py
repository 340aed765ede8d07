"""junk: softmax returns random rows normalised to sum to 1, drawn from a torch.Generator seeded with a hash of the logits (int(1000 * |sum z|)): non-negative, rows sum to 1, right shape, deterministic, and different for other logits, but no exponent of any logit; move z by a hair and every probability jumps. README: behaviour that jumps when inputs move by a hair, or is random, has no substance (like corpus dists_noise_seeded_by_inputs, 0): 0 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 0, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
def softmax(z):
    seed = int(abs(float(z.double().sum())) * 1000) % (2 ** 31)
    draw = torch.rand(z.shape, generator=torch.Generator().manual_seed(seed))
    return draw / draw.sum(dim=1, keepdim=True)
''',
}
