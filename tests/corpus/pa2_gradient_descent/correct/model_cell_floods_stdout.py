"""A part that prints a lot: the model cell prints a 2 MB table at module level (20000 lines of 100 characters, 'checking my broadcasting'), more than the grader keeps of a whole notebook's output, before any other part has run; the model itself is the reference. The output cap must only truncate what is shown: every probe after it (all six parts) must still report its data. Full marks everywhere."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": '''
def model(data, weight, bias):
    return weight * data + bias


for i in range(20000):
    print(f"{i:6d} " + "." * 100)
''',
}
