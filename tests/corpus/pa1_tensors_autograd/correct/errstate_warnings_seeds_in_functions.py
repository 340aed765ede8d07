"""Global settings and seeding habits: the log_sum_exp cell silences warnings (warnings.filterwarnings('ignore')) and sets np.seterr(divide='ignore', over='ignore', invalid='ignore') before a correct stable log-sum-exp; numerical_gradient and value_and_grad each start with torch.manual_seed(0) / np.random.seed(0) ('for reproducibility', though nothing in them is random). Reseeding the global generators inside a function changes no result: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
import warnings
warnings.filterwarnings("ignore")
np.seterr(divide="ignore", over="ignore", invalid="ignore")


def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), shifted by the row maximum."""
    top = torch.amax(z, dim=1)
    return top + torch.log(torch.sum(torch.exp(z - top.unsqueeze(1)), dim=1))
''',
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    torch.manual_seed(0)   # reproducibility
    np.random.seed(0)
    grad = torch.zeros_like(x)
    flat = grad.view(-1)
    for i in range(x.numel()):
        plus = x.clone().view(-1)
        minus = x.clone().view(-1)
        plus[i] += eps
        minus[i] -= eps
        flat[i] = (f(plus.view_as(x)).item() - f(minus.view_as(x)).item()) / (2 * eps)
    return grad
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    torch.manual_seed(0)   # reproducibility
    np.random.seed(0)
    leaf = x.detach().clone().requires_grad_(True)
    value = f(leaf)
    value.backward()
    return value.item(), leaf.grad
''',
}
