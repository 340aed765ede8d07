"""ONE slip in softmax, in a special case for two classes: the student knows that for k = 2 the softmax is the logistic sigmoid, p_0 = sigmoid(z_0 - z_1) (exact and stable: torch.sigmoid saturates to 0 or 1 without overflow), and special-cases z.shape[1] == 2, but writes sigmoid(z[:, 1:] - z[:, :1]): the difference the wrong way round, so each two-class row gets [p_1, p_0], its probabilities swapped. Every other k uses the reference shift-and-normalise. The notebook's self-check never sees it: its random logits are (4, 6), and its only two-class input, [[1000, 1000], [-1000, -1000]], has equal logits in each row (0.5 and 0.5 either way). Non-negative, rows sum to 1, finite for +-1000, right shape: by the README ('the right numbers of a row in another order cost the values only, on huge logits too') values (4) lost, stable (4) and shape (2) kept: 6 / 10. (If the grader never tries two classes with unequal logits it cannot see the slip.)"""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 6, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    if z.shape[1] == 2:                                   # two classes: softmax is the logistic sigmoid
        p_first = torch.sigmoid(z[:, 1:] - z[:, :1])      # P(class 0)
        return torch.cat([p_first, 1 - p_first], dim=1)
    shifted = torch.exp(z - z.max(dim=1, keepdim=True).values)
    return shifted / shifted.sum(dim=1, keepdim=True)
''',
}
