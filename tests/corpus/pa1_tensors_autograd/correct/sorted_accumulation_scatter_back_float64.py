"""Accuracy habits done right: log_sum_exp sorts each row ASCENDING (small terms are added first), takes the shift from the LAST column (the maximum) and sums the shifted exponentials -- the sum is the same set of terms, so the value is LSE; softmax sorts each row descending, computes the stable probabilities in sorted order and puts every probability back at its own logit's position with scatter on the sort indices; pairwise_sq_dists computes in float64 (double copies, broadcast) and returns the promoted input dtype (float32 for float32 points). All three are right for any input: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    A64, B64 = A.double(), B.double()
    D = (A64[:, None, :] - B64[None, :, :]).pow(2).sum(dim=-1)
    return D.to(torch.promote_types(A.dtype, B.dtype))
''',
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    ascending, _ = torch.sort(z, dim=1)
    top = ascending[:, -1:]                       # the row maximum
    return (top + torch.log(torch.exp(ascending - top).sum(dim=1, keepdim=True))).squeeze(1)
''',
    "softmax_answer": r'''
def softmax(z):
    ordered, idx = torch.sort(z, dim=1, descending=True)
    e = torch.exp(ordered - ordered[:, :1])
    p_sorted = e / e.sum(dim=1, keepdim=True)
    return torch.empty_like(p_sorted).scatter_(1, idx, p_sorted)   # back to the logits' positions
''',
}
