"""Correct, memory hygiene from GPU tutorials: pairwise_sq_dists builds the (n, m, d) broadcast difference, reduces it, then deletes it (del diff), calls gc.collect() and, if CUDA is available, torch.cuda.empty_cache() ('free the big intermediate at once', the memory question of ungraded exercise 1; the cell prints how many MB that block takes for n = m = 500, d = 10). gc is the standard library's garbage collector: collecting runs no code of the notebook, no Python loop over the points, and the line count does not grow with n, m. Fully correct: 15 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
import gc


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B.

    Args:
        A: tensor of shape (n, d).
        B: tensor of shape (m, d).

    Returns:
        Tensor D of shape (n, m) with D[i, j] = ||A[i] - B[j]||^2, computed without Python loops.
    """
    diff = A[:, None, :] - B[None, :, :]     # (n, m, d): the big intermediate
    D = (diff * diff).sum(dim=-1)
    del diff                                 # free the (n, m, d) block now, not at the end of the cell
    gc.collect()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
    return D


print(f"for n = m = 500 and d = 10 the (n, m, d) float32 block takes {500 * 500 * 10 * 4 / 1e6:.0f} MB")
''',
}
