"""The Part 3 cell starts with a quick try, print(softmax(torch.tensor([[1.0, 2.0, 3.0]]))), ABOVE the def: on a fresh run (Restart & Run All, as the grader runs it) softmax does not exist yet, the first line raises NameError and the def below it never runs. softmax is never defined: 0 / 10; the message should say softmax is not defined (ideally that its cell stopped with NameError before reaching the def). log_sum_exp (Part 2) and all later parts are unaffected."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 0, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    'softmax_answer': r'''
print(softmax(torch.tensor([[1.0, 2.0, 3.0]])))


def softmax(z):
    e = torch.exp(z - z.amax(dim=1, keepdim=True))
    return e / e.sum(dim=1, keepdim=True)
''',
}
