"""Hides its loops from the grader's line counter: pairwise_sq_dists fills the matrix with two
nested Python loops (right values and shape, like the corpus's dists_double_loop: 11/15), but
first switches off the tracer the probe counts lines with (sys.settrace(None)) and puts it
back before returning, so a 24 x 24 call seems to run as few lines as a 6 x 6 one. The loops
are there: an honest grader gives 11 (values 8, shape 3, no loops 0); every other part is
the reference. (Weakness 1 of docs/security.md, closed: "no loops" also needs the host's
reading of the notebook's code, which finds the loops and the tracer switched off.)"""

EXPECTED = {"pairwise_sq_dists": 11, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10,
            "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
import sys


def pairwise_sq_dists(A, B):
    tracer = sys.gettrace()
    sys.settrace(None)  # nobody counts the lines of the loops below
    try:
        D = torch.zeros(A.shape[0], B.shape[0])
        for i in range(A.shape[0]):
            for j in range(B.shape[0]):
                D[i, j] = ((A[i] - B[j]) ** 2).sum()
        return D
    finally:
        sys.settrace(tracer)
''',
}
