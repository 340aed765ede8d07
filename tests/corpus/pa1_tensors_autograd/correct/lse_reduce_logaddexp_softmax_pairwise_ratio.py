"""log_sum_exp folds the columns with torch.logaddexp (functools.reduce over z.unbind(1): each step is the stable log(e^a + e^b)), and softmax uses the shift-free but stable form p_i = 1 / sum_j exp(z_j - z_i) on an (n, k, k) tensor of differences (an overflow to inf only sends a probability to its true limit 0): both fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
import functools


def log_sum_exp(z):
    # logaddexp(a, b) = log(e^a + e^b), computed stably by torch; fold it over the columns
    return functools.reduce(torch.logaddexp, z.unbind(dim=1))
''',
    "softmax_answer": r'''
def softmax(z):
    # p_i = e^{z_i} / sum_j e^{z_j} = 1 / sum_j e^{z_j - z_i}; the term j = i is 1, so the sum is >= 1
    differences = z.unsqueeze(1) - z.unsqueeze(2)     # [r, i, j] = z[r, j] - z[r, i]
    return 1.0 / torch.exp(differences).sum(dim=-1)
''',
}
