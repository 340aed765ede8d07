"""Junk (linear_classifier): make_linear_classifier returns an nn.Linear(d, K) (right parameter count) with a forward hook that replaces its output by `output * 0 + module.bias`: every row's logits are the bias, whatever the input. Right shape, parameters reached by autograd (the weight's gradient is zero), but the logits do not follow the inputs: form without substance -> 0."""

EXPECTED = {'linear_classifier': 0, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
def make_linear_classifier(in_features, num_classes):
    model = nn.Linear(in_features, num_classes)
    model.register_forward_hook(lambda module, inputs, output: output * 0 + module.bias)
    return model
''',
}
