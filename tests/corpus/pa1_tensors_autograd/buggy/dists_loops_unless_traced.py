"""Attack on the line count of pairwise_sq_dists: the function checks sys.gettrace() (a line tracer is running, as when someone counts the lines it runs) and only then takes the broadcast path; otherwise (in the notebook) it fills D with two nested Python loops. The values are real squared distances on both paths and the shape is right, but the code the student runs is a double loop, and the loop is in the function's source, which the grader also reads. No loops (4) lost, values and shape kept: 11 / 15 (as corpus dists_double_loop)."""

EXPECTED = {"pairwise_sq_dists": 11, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
import sys

def pairwise_sq_dists(A, B):
    if sys.gettrace() is not None:  # being traced: take the fast path
        return ((A[:, None, :] - B[None, :, :]) ** 2).sum(-1)
    D = torch.zeros(A.shape[0], B.shape[0])
    for i in range(A.shape[0]):
        for j in range(B.shape[0]):
            D[i, j] = ((A[i] - B[j]) ** 2).sum()
    return D
''',
}
