"""Both models subclass nn.Sequential: softmax regression is SoftmaxRegression(nn.Sequential) holding one nn.Linear, with a forward hook that keeps the last logits (detached) for inspection; the MLP is MLP(nn.Sequential) of Linear, ReLU, Linear, with a forward pre-hook that casts the input to float32 and a forward hook on the ReLU that records the share of active hidden units. The hooks return None (or the same inputs, cast) and change nothing: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class SoftmaxRegression(nn.Sequential):
    """One linear layer; the last logits it computed are kept (detached) for inspection."""

    def __init__(self, in_features, num_classes):
        super().__init__(nn.Linear(in_features, num_classes))
        self.last_logits = None
        self.register_forward_hook(SoftmaxRegression._remember)

    @staticmethod
    def _remember(module, args, output):
        module.last_logits = output.detach()   # returns None: the output is unchanged


def make_linear_classifier(in_features, num_classes):
    return SoftmaxRegression(in_features, num_classes)
''',
    'mlp_answer': r'''
class MLP(nn.Sequential):
    """Linear -> ReLU -> Linear, with two hooks: inputs cast to float32, and the share of
    hidden units that fire on the last batch."""

    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__(nn.Linear(in_features, hidden_units), nn.ReLU(), nn.Linear(hidden_units, num_classes))
        self.active_share = None
        self.register_forward_pre_hook(lambda module, args: (args[0].to(torch.float32),) + tuple(args[1:]))
        self[1].register_forward_hook(self._count_active)

    def _count_active(self, relu, args, output):
        self.active_share = (output > 0).float().mean().item()


def make_mlp(in_features, hidden_units, num_classes):
    return MLP(in_features, hidden_units, num_classes)
''',
}
