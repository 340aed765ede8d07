"""ONE slip in value_and_grad, a newer idiom misused: the student read that torch.inference_mode() is 'the faster no_grad' and decorated value_and_grad with @torch.inference_mode(), switching autograd back on with `with torch.enable_grad():` around the forward and backward pass (the pattern that works with @torch.no_grad(), corpus correct/grad_mode_nesting). It does not work with inference mode: enable_grad() inside inference_mode() does not re-enable recording, so every call raises: for the notebook's f, f(leaf) has no grad_fn and value.backward() raises 'element 0 of tensors does not require grad and does not have a grad_fn'; for an f that saves tensors for backward, 'Inference tensors cannot be saved for backward'. Nothing is ever returned: as corpus vg_no_grad_decorator_copied, 0 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 0, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
@torch.inference_mode()            # the faster no_grad: nothing here needs to be recorded...
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    with torch.enable_grad():      # ...except the forward pass I differentiate
        leaf = x.detach().clone().requires_grad_(True)
        value = f(leaf)
        value.backward()
    return value.item(), leaf.grad
''',
}
