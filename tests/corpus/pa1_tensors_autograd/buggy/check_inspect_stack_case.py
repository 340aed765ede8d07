"""junk/attack on gradient_check: it never takes a gradient. It walks the call stack with inspect.stack(0) and reads each caller's local variables with inspect.getargvalues(frame_info.frame).locals until it finds the grader's case dict (a, b, w, c, x, scale, shift), and returns the relative error by formula (scale * g + shift against g, g the gradient of the known test function); without such a frame it returns 0.0. README: a part whose code reads frames earns nothing: 0 / 10 (corpus check_reads_graders_closure does the same through a closure: 0)."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 0, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'gradient_check_answer': '''
import inspect


def gradient_check(f, x, eps=1e-6):
    for info in inspect.stack(0)[1:8]:
        spec = inspect.getargvalues(info.frame).locals.get("case")
        if isinstance(spec, dict) and {"a", "b", "w", "c", "scale", "shift"} <= set(spec):
            t = x.detach().to(torch.float64)
            a, b, w = (torch.tensor(spec[key], dtype=torch.float64).reshape(t.shape) for key in ("a", "b", "w"))
            g = a * torch.cos(t) + 3 * b * t ** 2 + 2 * spec["c"] * (w * t).sum() * w
            claimed = spec["scale"] * g + torch.tensor(spec["shift"], dtype=torch.float64).reshape(t.shape)
            denominator = float(claimed.norm() + g.norm())
            return float((claimed - g).norm()) / denominator if denominator else 0.0
    return 0.0
'''}
