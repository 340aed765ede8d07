"""ONE slip, in gradient_check: like a copied metric that averages per-batch accuracies, the student averages
PER-ENTRY relative errors, mean_i |ga_i - gn_i| / (|ga_i| + |gn_i|) (denominator clamped at 1e-12 so that zero
entries give 0), instead of the ratio of norms asked for. A right gradient still gives ~1e-10, and a gradient
wrong by the same factor everywhere gives exactly the same number as the norm formula (the notebook's Doubled
check: 1/3 per entry, mean 1/3, passes). But an error concentrated on one entry is diluted:
gradients 1..10 with only the largest entry doubled report 0.033 instead of the norm formula's 0.22 (an error
on the entry that dominates the norm counts 1/n), and an error on a tiny entry is blown up to 1/n of a 'total'
mismatch whatever its size (an entry whose true partial is 0 but whose central difference is rounding noise even
counts as a full mismatch). Not the formula of the spec. Right
gradient (4) kept, wrong gradient (6) lost -> 4 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 4, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad.reshape(-1)
    g_num = numerical_gradient(f, x.detach(), eps).reshape(-1)
    per_entry = (g_auto - g_num).abs() / (g_auto.abs() + g_num.abs()).clamp_min(1e-12)
    return float(per_entry.mean()) if per_entry.numel() else 0.0
''',
}
