"""ONE slip in softmax, a Keras/PyTorch-loss habit (from_logits=True, log_softmax fed to NLLLoss): the student
returns the stable LOG-probabilities z - max - log(sum exp(z - max)) instead of the probabilities themselves (the
final exp is missing). Finite for +-1000 logits, shift-invariant, argmax preserved, right shape, but every entry
is <= 0 and rows do not sum to 1: it is log softmax, not softmax. The notebook's self-check catches it
('probabilities cannot be negative'). Values (4) and stable (4) lost, shape kept: 2 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 2, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    shifted = z - z.max(dim=1, keepdim=True).values
    return shifted - torch.log(torch.exp(shifted).sum(dim=1, keepdim=True))   # log-probabilities, like log_softmax
''',
}
