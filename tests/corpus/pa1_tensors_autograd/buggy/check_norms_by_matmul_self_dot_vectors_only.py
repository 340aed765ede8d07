"""ONE slip in gradient_check, a vector-only idiom: the student computes every norm as the square root of a dot product written with the matmul operator, math.sqrt(v @ v) ('||v|| = sqrt(v . v)'), on the gradients as they come (not flattened). For a 1-D x (the notebook's self-check) v @ v is the dot product and the relative error is exactly right, 0/0 handled by an if. For a matrix x, g @ g is a MATRIX product: (a, b) @ (a, b) raises unless a = b, and for a square x it gives an (a, a) matrix whose math.sqrt raises; a 0-d x raises too (matmul needs 1-D or more). The functions it is asked to check take 'a tensor shaped like x', and the sibling parts are written for any shape; as for corpus check_own_loop_over_rows (right for vectors, wrong for matrix inputs: both criteria lost, 0 / 10), both criteria are broken on matrix inputs: 0 / 10. (If the grader only tries vectors it cannot see the slip.)"""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 0, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    diff = g_auto - g_num
    n_auto, n_num = math.sqrt(g_auto @ g_auto), math.sqrt(g_num @ g_num)   # ||v|| = sqrt(v . v)
    if n_auto + n_num == 0:
        return 0.0
    return math.sqrt(diff @ diff) / (n_auto + n_num)
''',
}
