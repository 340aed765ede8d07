"""numerical_gradient keeps ONE float64 working copy of x, walks its entries with torch.unravel_index, nudges the entry in place (+eps, then -eps) and writes the original number back after each entry (exact restore); softmax works on a float64 copy with in-place ops (sub_ of the row amax, exp_, div_) and casts back to z's dtype. Both fully correct: full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'numerical_gradient_answer': '''
def numerical_gradient(f, x, eps=1e-6):
    work = x.detach().clone()
    grad = torch.empty_like(work)
    for flat_index in range(work.numel()):
        idx = tuple(int(i) for i in torch.unravel_index(torch.tensor(flat_index), work.shape))
        original = work[idx].item()
        work[idx] = original + eps
        up = float(f(work))
        work[idx] = original - eps
        down = float(f(work))
        work[idx] = original
        grad[idx] = (up - down) / (2 * eps)
    return grad
''',
'softmax_answer': '''
def softmax(z):
    p = z.to(torch.float64).clone()
    p.sub_(p.amax(dim=1, keepdim=True)).exp_()
    p.div_(p.sum(dim=1, keepdim=True))
    return p.to(z.dtype)
'''}
