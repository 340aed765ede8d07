"""evaluate written as in the PyTorch CIFAR-10 tutorial: for data in loader, images, labels = data, outputs = model(images), probabilities by F.softmax(outputs, dim=1), _, predicted = torch.max(probs.data, 1) (argmax of the probabilities = argmax of the logits), total += labels.size(0), correct += (predicted == labels).sum().item(); the loss weighted by the batch size; model.eval() and torch.no_grad(): fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    model.eval()
    correct = 0
    total = 0
    running_loss = 0.0
    with torch.no_grad():
        for data in loader:
            images, labels = data
            outputs = model(images)
            running_loss += loss_fn(outputs, labels).item() * labels.size(0)
            probs = F.softmax(outputs, dim=1)
            _, predicted = torch.max(probs.data, 1)
            total += labels.size(0)
            correct += (predicted == labels).sum().item()
    return running_loss / total, correct / total
''',
}
