"""The written answer is the template placeholder with blank lines and spaces added after it (the student clicked into the cell and left): still unanswered, so it scores 0 instead of waiting for manual grading."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": 0}

ANSWERS = {
    "written": 'YOUR ANSWER HERE\n   \n\n',
}
