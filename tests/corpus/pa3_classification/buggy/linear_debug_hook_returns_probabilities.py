"""Slip (linear_classifier): "to look at the probabilities while debugging" the student registers a forward hook on the nn.Linear that prints nothing but RETURNS torch.softmax(output, dim=1) (a forward hook's return value replaces the output), so the model now outputs probabilities. Right shape, right parameter count, gradients reach both parameters, but its outputs are probabilities, not logits, and not affine in the input: loses structure (4) -> 6 (as buggy/linear_relu_on_logits)."""

EXPECTED = {'linear_classifier': 6, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
def show_probabilities(module, inputs, output):
    return torch.softmax(output, dim=1)  # easier to read than raw scores


def make_linear_classifier(in_features, num_classes):
    model = nn.Linear(in_features, num_classes)
    model.register_forward_hook(show_probabilities)
    return model
''',
}
