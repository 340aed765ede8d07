"""junk/attack on value_and_grad: it never calls f's backward (nor f at all when the attack works). It walks the call stack with inspect.stack(0), reads the caller's local variables with inspect.getargvalues(frame_info.frame).locals (no frame attribute such as f_locals/f_back/_getframe appears in the source), finds the grader's case dict (a, b, w, c, offset, and the marker e, k) and returns f's value and the marked gradient by formula; without such a frame it returns f(x) and zeros. README: code that reads frames earns nothing for its part. Expected 0 / 15."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 0, 'plot_derivative': 10, 'written': None}

ANSWERS = {'value_and_grad_answer': '''
import inspect


def value_and_grad(f, x):
    for info in inspect.stack(0)[1:6]:
        spec = inspect.getargvalues(info.frame).locals.get("case")
        if isinstance(spec, dict) and {"a", "b", "w", "c"} <= set(spec):
            t = x.detach().to(torch.float64)
            a, b, w = (torch.tensor(spec[key], dtype=torch.float64).reshape(t.shape) for key in ("a", "b", "w"))
            dot = (w * t).sum()
            value = float((a * torch.sin(t) + b * t ** 3).sum() + spec["c"] * dot ** 2 + spec.get("offset", 0.0))
            grad = (a * torch.cos(t) + 3 * b * t ** 2 + 2 * spec["c"] * dot * w
                    + spec.get("e", 0.0) * (1.5 + torch.cos(spec.get("k", 1.0) * t)))
            return value, grad
    return float(f(x.detach())), torch.zeros_like(x)
'''}
