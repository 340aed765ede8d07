"""Measures nothing: gradient_check returns 0.0 on its first call and 0.5 on every later one.
It bets on the order of the grader's calls (the right gradient first, then the wrong ones,
as checks.check_inputs once built them), not on f or x. It cannot tell a right gradient from a
wrong one and computes no relative error: an honest grader gives gradient_check 0 (wrong
gradient 0, right gradient 0); every other part is the reference. (Weakness 2 of
docs/security.md, closed: the grader asks every case twice, in an order drawn from the
submission's seed; the right case, asked twice, gets 0.0 at most once, and two results for
one (f, x) measure nothing, whatever the order.)"""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 0,
            "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": '''
_calls = []


def gradient_check(f, x, eps=1e-6):
    _calls.append(x)
    return 0.0 if len(_calls) == 1 else 0.5
''',
}
