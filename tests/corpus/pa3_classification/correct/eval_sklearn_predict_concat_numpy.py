"""Correct (evaluate), scikit-learn habit: the student collects y_true and y_pred over the batches as NumPy arrays
(scores.argmax(dim=1).numpy(), as model.predict would give), concatenates them, and computes the accuracy as
np.mean(y_pred == y_true) (what sklearn.metrics.accuracy_score does), over ALL examples. The loss is the mean of the
batch losses weighted by the batch sizes (np.average with weights): the exact mean over the examples. model.eval()
first and everything under torch.no_grad(); two Python floats returned: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    y_true, y_pred, losses, sizes = [], [], [], []
    with torch.no_grad():
        for X, y in loader:
            scores = model(X)                                   # decision_function
            losses.append(loss_fn(scores, y).item())
            sizes.append(len(y))
            y_pred.append(scores.argmax(dim=1).cpu().numpy())   # predict
            y_true.append(y.cpu().numpy())
    y_true, y_pred = np.concatenate(y_true), np.concatenate(y_pred)
    accuracy = float(np.mean(y_pred == y_true))                 # accuracy_score(y_true, y_pred)
    mean_loss = float(np.average(losses, weights=sizes))
    return mean_loss, accuracy
''',
}
