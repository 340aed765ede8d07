"""An R user, two slips in two parts. (1) log_sum_exp is written with R's apply(z, 2, ...) margin in mind, i.e.
over COLUMNS: max and sum over dim=0 (keepdim) then squeezed, so it returns the LSE of each column, shape (k,):
for the self-check's (3, 5) logits it has shape (5,), and for square input it is the LSE of the wrong lines.
Stable in form, but it never computes a row's LSE: values (4), shape (2) lost and stable (4) not earned by a
wrong function: 0 / 10 (as corpus softmax_normalises_columns loses values and stable). softmax (reference) is
unaffected. (2) gradient_check measures with the 1-norm (R's norm(x) defaults to type "O", the one norm):
torch.linalg.norm(g, ord=1) in numerator and denominator. Right gradients still give about 0, and an error that
is a multiple of the true gradient gives the same ratio in any norm (the notebook's factor-2 check passes), but
any other wrong gradient gets a different number than ||.||_2 would: right gradient (4) kept, wrong gradient (6)
lost -> 4 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 0, "softmax": 10, "numerical_gradient": 15, "gradient_check": 4, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    m = z.max(dim=0, keepdim=True).values           # apply(z, 2, max)
    return (m + torch.log(torch.exp(z - m).sum(dim=0, keepdim=True))).squeeze(0)
''',
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    ga = leaf.grad.reshape(-1)
    gn = numerical_gradient(f, x.detach(), eps).reshape(-1)
    nrm = lambda v: torch.linalg.norm(v, ord=1)      # R: norm(v) (type "O")
    den = nrm(ga) + nrm(gn)
    return 0.0 if den == 0 else float(nrm(ga - gn) / den)
''',
}
