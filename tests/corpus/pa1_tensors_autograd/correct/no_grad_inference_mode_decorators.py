"""Grad-mode decorators where no gradient is needed: pairwise_sq_dists is decorated with @torch.no_grad(), log_sum_exp and softmax with @torch.inference_mode() (so they return inference tensors, which can be read, compared and converted like any other). The bodies are the reference ones (broadcast; shift by the row max). Nothing in these parts asks for a graph: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
@torch.no_grad()
def pairwise_sq_dists(A, B):
    difference = A[:, None, :] - B[None, :, :]
    return (difference ** 2).sum(dim=-1)
''',
    "log_sum_exp_answer": r'''
@torch.inference_mode()
def log_sum_exp(z):
    top = z.max(dim=1, keepdim=True).values
    return (top + torch.log(torch.exp(z - top).sum(dim=1, keepdim=True))).squeeze(1)
''',
    "softmax_answer": r'''
@torch.inference_mode()
def softmax(z):
    shifted = torch.exp(z - z.max(dim=1, keepdim=True).values)
    return shifted / shifted.sum(dim=1, keepdim=True)
''',
}
