"""Advanced style, fully correct: pairwise_sq_dists is an INSTANCE of an nn.Module subclass (a registered buffer holds the factor 2) whose forward uses three torch.einsum calls for ||a||^2, ||b||^2 and a.b, then clamp_min(0); value_and_grad wraps a detached copy of x in nn.Parameter inside an nn.ParameterDict, backpropagates, and returns (out.item(), param.grad). Loop-free, no side effects: full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'pairwise_sq_dists_answer': '''
import torch.nn as nn

class PairwiseSq(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("two", torch.tensor(2.0))

    def forward(self, A, B):
        a2 = torch.einsum("nd,nd->n", A, A)
        b2 = torch.einsum("md,md->m", B, B)
        ab = torch.einsum("nd,md->nm", A, B)
        return (a2[:, None] + b2[None, :] - self.two.to(A.dtype) * ab).clamp_min(0)


pairwise_sq_dists = PairwiseSq()
''',
    'value_and_grad_answer': '''
import torch.nn as nn

def value_and_grad(f, x):
    holder = nn.ParameterDict({"x": nn.Parameter(x.detach().clone())})
    out = f(holder["x"])
    out.backward()
    return out.item(), holder["x"].grad
''',
}
