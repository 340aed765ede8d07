"""ONE slip, in numerical_gradient (a helper gradient_check calls): the function is made by a small factory, numerical_gradient = make_numerical_gradient(work_dtype=torch.float64) (a closure: its body reads work_dtype from the factory), and its loop makes the two nudged copies ONCE before the loop and never resets them: each entry's +eps / -eps stays in place for the next entries (as corpus numgrad_steps_left_in_place: only the first entry is right, 5 / 15). gradient_check (right) reaches the helper as a class attribute, GradTools.numeric = staticmethod(numerical_gradient). By the notebook's rule ('a mistake in one function costs points in that part only') and the grader's swap of numerical_gradient while Part 5 runs (corpus check_own_numgrad_classattr: 10), gradient_check should keep 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 5, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def make_numerical_gradient(work_dtype=torch.float64):
    """A central-difference gradient function that works in the given precision."""
    def numerical_gradient(f, x, eps=1e-6):
        x_plus = x.detach().to(work_dtype).clone().reshape(-1)
        x_minus = x.detach().to(work_dtype).clone().reshape(-1)
        grad = torch.zeros_like(x_plus)
        for i in range(x_plus.numel()):
            x_plus[i] += eps
            x_minus[i] -= eps
            grad[i] = (float(f(x_plus.reshape(x.shape))) - float(f(x_minus.reshape(x.shape)))) / (2 * eps)
        return grad.reshape(x.shape).to(x.dtype)
    return numerical_gradient


numerical_gradient = make_numerical_gradient(work_dtype=torch.float64)
''',
    "gradient_check_answer": r'''
class GradTools:
    """The two ways of getting a gradient that a gradient check compares."""
    numeric = staticmethod(numerical_gradient)

    @staticmethod
    def autograd(f, x):
        leaf = x.detach().clone().requires_grad_(True)
        f(leaf).backward()
        return leaf.grad


def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    g_auto = GradTools.autograd(f, x)
    g_num = GradTools.numeric(f, x.detach(), eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)
''',
}
