"""Slip (evaluate), works only for one kind of data set: "evaluation needs no batches", so evaluate takes the whole
data set at once with inputs, targets = loader.dataset.tensors and computes the exact mean loss and the accuracy in
one forward pass (model.eval(), torch.no_grad(): right). The notebook's loaders and the self-check's are over
TensorDatasets, so everything is right there. But the spec's loader is any DataLoader giving (inputs, targets)
batches: for a loader over any other Dataset (a torch.utils.data.Subset from random_split, the everyday way to cut
a validation set; a ConcatDataset; a custom Dataset class) .tensors does not exist and evaluate raises
AttributeError; a loader with drop_last=True or a sampler over part of the data set is evaluated on examples it does
not give. Exposed by evaluate(model, DataLoader(random_split(ds, [100, 30])[1], batch_size=8), loss_fn). Right on one
common kind of input, broken on another common one: half lost, evaluate 10. (The grader: loss and accuracy
lost on its loader over a split, the modes kept: 8.)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 8, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    inputs, targets = loader.dataset.tensors      # evaluation needs no batches: all at once
    with torch.no_grad():
        logits = model(inputs)
        loss = loss_fn(logits, targets).item()
        accuracy = (logits.argmax(dim=1) == targets).float().mean().item()
    return loss, accuracy
''',
}
