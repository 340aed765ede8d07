"""ONE slip in softmax: the student wrote the right computation above the template line and forgot both to delete `raise NotImplementedError()` and to write a return: `probs` is computed and then the function raises. Every call raises, so Part 3 earns nothing: 0 / 10. The message should say the function still raises NotImplementedError (the raise line is still there), not merely 'not written yet'."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 0, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    # YOUR CODE HERE
    shifted = torch.exp(z - z.max(dim=1, keepdim=True).values)
    probs = shifted / shifted.sum(dim=1, keepdim=True)
    raise NotImplementedError()
''',
}
