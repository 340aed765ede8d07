"""evaluate goes through the motions and returns constants: it puts the model in evaluation
mode, runs it on every batch under torch.no_grad() (so the recorded modes are right), then
returns (0.6931, 0.3141), a plausible loss and accuracy of the right shape that follow
neither the model nor the data. Loss and accuracy are wrong, and no_grad and eval_mode count
only when the result follows the model and the data: an honest grader gives evaluate 0;
every other part is the reference."""

EXPECTED = {"linear_classifier": 10, "mlp": 10, "cross_entropy": 15, "train_epoch": 25, "evaluate": 0,
            "plot_curves": 10, "discussion": None}

ANSWERS = {
    "evaluate_answer": '''
def evaluate(model, loader, loss_fn):
    model.eval()
    with torch.no_grad():
        for inputs, targets in loader:
            loss_fn(model(inputs), targets)
    return 0.6931, 0.3141
''',
}
