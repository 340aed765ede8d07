"""Beginner style (mlp): the MLP as the student's own class with two nn.Linear layers; the ReLU written by hand as a multiplication by a float mask, h = a * (a > 0).float(), with a temporary variable for every step, and the result copied with .clone() before returning. The mask's gradient is 0 where a < 0 and 1 elsewhere, exactly the ReLU's: dH + H + HK + K parameters, nonlinear, logits, every parameter trained: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
class MyMLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.first_layer = nn.Linear(in_features, hidden_units)
        self.second_layer = nn.Linear(hidden_units, num_classes)

    def forward(self, x):
        before_relu = self.first_layer(x)
        positive_mask = (before_relu > 0).float()
        after_relu = before_relu * positive_mask
        output = self.second_layer(after_relu)
        result = output.clone()
        return result


def make_mlp(in_features, hidden_units, num_classes):
    the_model = MyMLP(in_features, hidden_units, num_classes)
    return the_model
''',
}
