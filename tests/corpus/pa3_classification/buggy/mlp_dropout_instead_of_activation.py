"""Slip (mlp): the student puts nn.Dropout(0.5) between the two linear layers, believing it is "the nonlinearity" (it zeroes random units). It has no parameters, so the count is right; but in evaluation mode dropout is the identity and the model is Linear -> Linear, one affine map (W2 W1 x + ...): straight decision boundaries, exactly the collapse the text warns about. Even in training mode it only rescales units at random. Right shape, logits, every parameter trained; no elementwise nonlinearity: loses structure (4) -> 6 (as buggy/mlp_no_activation). (A linearity test run in training mode sees dropout's random masks as "nonlinear".)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(
        nn.Linear(in_features, hidden_units),
        nn.Dropout(0.5),
        nn.Linear(hidden_units, num_classes),
    )
''',
}
