"""Softmax regression as a class over an nn.ModuleDict({"out": nn.Linear}); cross_entropy as logsumexp minus the true-class logit picked by multiplying with F.one_hot(targets, num_classes=K) and summing each row; the plot draws both curves with plt.step (where="mid") and a frameless legend: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class SoftmaxRegression(nn.Module):
    def __init__(self, in_features, num_classes):
        super().__init__()
        self.layers = nn.ModuleDict({"out": nn.Linear(in_features, num_classes)})

    def forward(self, x):
        return self.layers["out"](x)


def make_linear_classifier(in_features, num_classes):
    return SoftmaxRegression(in_features, num_classes)
''',
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    one_hot = F.one_hot(targets, num_classes=logits.size(1)).to(logits.dtype)
    picked = (logits * one_hot).sum(dim=1)
    return (torch.logsumexp(logits, dim=1) - picked).mean()
''',
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
epochs = list(range(1, len(train_losses) + 1))
plt.figure(figsize=(7, 4))
plt.step(epochs, train_losses, where="mid", label="train")
plt.step(epochs, val_losses, where="mid", label="validation")
plt.xlabel("Epoch")
plt.ylabel("Loss")
plt.title("Training vs validation loss")
plt.legend(frameon=False)
plt.show()
''',
}
