"""A part that prints a lot: the Part 2 cell switches torch's print options to profile='full' and prints a 300,000-entry tensor (about 2 MB of text, well over the notebook's output cap) before restoring the default options, then defines a correct log_sum_exp (shift by the row amax) that also prints its result shape on every call. The written answer is very long (the same two paragraphs repeated 400 times, about 250 KB): hand-graded, pending. Output volume must not cost any part anything: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    'log_sum_exp_answer': r'''
torch.set_printoptions(profile="full")
print(torch.arange(300000))
torch.set_printoptions(profile="default")


def log_sum_exp(z):
    top = z.amax(dim=1)
    out = top + torch.log(torch.exp(z - top[:, None]).sum(dim=1))
    print("log_sum_exp ->", tuple(out.shape))
    return out
''',
    'written': r'''
1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.

1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.
''',
}
