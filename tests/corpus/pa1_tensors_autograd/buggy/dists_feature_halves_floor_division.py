"""ONE slip in pairwise_sq_dists (integer division). To halve the peak memory of the (n, m, d) difference (ungraded exercise 1), the student builds it for two halves of the coordinates, h = d // 2, columns [:h] and [h:2*h], and adds the two sums. For even d this is exact; for odd d the last coordinate (index 2h = d - 1) is never used, and for d = 1 every distance is 0. The notebook's self-check does not see it: its only known distance is in 2-D, and zero diagonal, symmetry and translation all hold for a distance that ignores one coordinate. Loop-free and of shape (n, m), but wrong values for every odd d (d = 3 here): values (8) lost -> 7 / 15."""

EXPECTED = {"pairwise_sq_dists": 7, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    # The (n, m, d) difference is the memory hog: build it for one half of the
    # coordinates at a time and add the two partial sums.
    h = A.shape[1] // 2
    first = ((A[:, None, :h] - B[None, :, :h]) ** 2).sum(dim=-1)
    second = ((A[:, None, h:2 * h] - B[None, :, h:2 * h]) ** 2).sum(dim=-1)
    return first + second
''',
}
