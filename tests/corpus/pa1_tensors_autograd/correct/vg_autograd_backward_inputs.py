"""value_and_grad decorated with @torch.enable_grad(), takes a fresh leaf with x.detach().clone().requires_grad_() and calls torch.autograd.backward(out, inputs=[leaf]) (the inputs= argument restricts accumulation to that leaf), returns out.item() and leaf.grad: fully correct, full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'value_and_grad_answer': '''
@torch.enable_grad()
def value_and_grad(f, x):
    leaf = x.detach().clone().requires_grad_()
    out = f(leaf)
    torch.autograd.backward(out, inputs=[leaf])
    return out.item(), leaf.grad
'''}
