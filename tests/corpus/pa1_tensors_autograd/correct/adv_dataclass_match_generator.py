"""Advanced style, fully correct: numerical_gradient draws its nudges from a generator function (yield, a walrus assignment target `(e := flat.clone())[i] = eps`) and builds the result with torch.tensor(list(...)); gradient_check takes autograd's gradient with torch.autograd.grad and tuple unpacking, packs both gradients in a frozen dataclass whose property computes the relative error with torch.linalg.vector_norm and a match statement for the 0/0 case. Full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'numerical_gradient_answer': '''
def _directions(x, eps):
    flat = torch.zeros(x.numel(), dtype=x.dtype)
    for i in range(x.numel()):
        (e := flat.clone())[i] = eps
        yield e.view_as(x)


def numerical_gradient(f, x, eps=1e-6):
    quotients = ((float(f(x + h)) - float(f(x - h))) / (2 * eps) for h in _directions(x, eps))
    return torch.tensor(list(quotients), dtype=x.dtype).reshape(x.shape)
''',
    'gradient_check_answer': '''
from dataclasses import dataclass


@dataclass(frozen=True)
class _Gradients:
    auto: torch.Tensor
    num: torch.Tensor

    @property
    def relative_error(self) -> float:
        norm = torch.linalg.vector_norm
        match (norm(self.auto).item(), norm(self.num).item()):
            case (0.0, 0.0):
                return 0.0
            case (n_auto, n_num):
                return norm(self.auto - self.num).item() / (n_auto + n_num)


def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    (g_auto,) = torch.autograd.grad(f(leaf), (leaf,))
    return _Gradients(g_auto, numerical_gradient(f, x, eps)).relative_error
''',
}
