"""ONE slip in value_and_grad, a Keras habit (model.fit returns a History): besides the value and the gradient the
function returns a third item, a history dict {"loss": [...], "grad_norm": [...]}. Value (.item()) and gradient
(fresh leaf, backward) are right and x is untouched, but the spec asks for the pair (value, grad): every caller
that unpacks `v, g = value_and_grad(f, x)` -- the notebook's own self-check first of all -- raises 'too many values
to unpack (expected 2)'. The function cannot be used as specified on any input, so neither the value nor the
gradient is delivered where asked; the no-side-effects criterion is form and needs a working answer. 0 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 0, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, plus a small Keras-like history."""
    leaf = x.detach().clone().requires_grad_(True)
    loss = f(leaf)
    loss.backward()
    history = {"loss": [loss.item()], "grad_norm": [leaf.grad.norm().item()]}
    return loss.item(), leaf.grad, history
''',
}
