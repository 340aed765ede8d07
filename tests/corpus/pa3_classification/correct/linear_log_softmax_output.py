"""Softmax regression as nn.Sequential(nn.Linear(d, K), nn.LogSoftmax(dim=1)): it returns log-probabilities, which are logits of the same classifier (each row shifted by its own log-sum-exp; softmax of them gives back the same probabilities, the cross-entropy of them is the same loss, argmax the same class), never probabilities. The README accepts exactly this for the MLP (correct/ce_row_loop_mlp_logsoftmax: "those are logits ... Fully correct"); the softmax regression is still one linear layer with d*K + K parameters, trained identically. By consistency full marks; doubtful because the structure rule says "affine for softmax regression" and log-probabilities are not affine in the input (the notebook's own self-check would flag it too)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
def make_linear_classifier(in_features, num_classes):
    # z = W x + b, normalised to log-probabilities (still logits: softmax(log p) = p)
    return nn.Sequential(nn.Linear(in_features, num_classes), nn.LogSoftmax(dim=1))
''',
}
