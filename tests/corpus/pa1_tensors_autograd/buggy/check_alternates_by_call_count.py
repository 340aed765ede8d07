"""Junk that counts its calls: gradient_check never computes a gradient; it returns 1e-9 on odd-numbered calls and 1/3 on even-numbered ones. The notebook's self-check calls it twice, first with a right gradient (1e-9 < 1e-6: passes) and then with the backward pass doubled (1/3 is exactly the relative error of a doubled gradient: passes). Its answers follow the order of the calls, not f and x: both criteria lost, 0 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 0, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
_check_calls = {"n": 0}

def gradient_check(f, x, eps=1e-6):
    _check_calls["n"] += 1
    return 1e-9 if _check_calls["n"] % 2 else 1.0 / 3.0
''',
}
