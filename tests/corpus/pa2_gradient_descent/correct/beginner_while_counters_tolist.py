"""BEGINNER, very verbose and literal: model builds the predictions ROW BY ROW in a while loop with a manual index counter (weight * data[i] + bias for each row, collected in a list and stacked back into an (n, 1) column); fit_GD uses a while loop over the epochs with a manual counter, defensive .clone() of X and Y, float() conversions and many temporary variables; fit_BGD builds each batch from a Python list of row indices turned into a tensor with torch.tensor(list) (last batch partial and kept), counting with while loops. Every value, gradient, update and logged loss is the reference's: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "model_answer": r'''
def model(data, weight, bias):
    # I go through every row of the data one by one
    number_of_rows = data.shape[0]
    list_of_predictions = []
    row_index = 0
    while row_index < number_of_rows:
        current_row = data[row_index]              # shape (1,)
        current_prediction = weight * current_row + bias   # shape (1,)
        list_of_predictions.append(current_prediction)
        row_index = row_index + 1
    all_predictions = torch.stack(list_of_predictions)   # shape (n, 1)
    return all_predictions
''',
    "fit_GD_answer": r'''
def fit_GD(model, loss_func, X, Y, lr, num_epochs):
    # make copies so that I do not change the data by accident
    X_copy = X.clone()
    Y_copy = Y.clone()
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    list_of_losses = []
    epoch_counter = 0
    while epoch_counter < num_epochs:
        predictions = model(X_copy, weight, bias)
        current_loss = loss_func(predictions, Y_copy)
        current_loss.backward()
        gradient_of_weight = weight.grad
        gradient_of_bias = bias.grad
        with torch.no_grad():
            weight -= lr * gradient_of_weight
            bias -= lr * gradient_of_bias
        weight.grad.zero_()
        bias.grad.zero_()
        loss_as_number = float(current_loss.item())
        list_of_losses.append(loss_as_number)
        epoch_counter = epoch_counter + 1
    result = np.array(list_of_losses)
    return result
''',
    "fit_BGD_answer": r'''
def fit_BGD(model, loss_func, X, Y, lr, num_epochs, batch_size):
    weight = torch.rand(1, requires_grad=True)
    bias = torch.rand(1, requires_grad=True)
    number_of_points = len(X)
    all_epoch_losses = []
    epoch = 0
    while epoch < num_epochs:
        losses_in_this_epoch = []
        start_index = 0
        while start_index < number_of_points:
            # collect the indices of this batch in a python list
            indices_list = []
            j = start_index
            while j < start_index + batch_size and j < number_of_points:
                indices_list.append(j)
                j = j + 1
            indices_tensor = torch.tensor(indices_list)
            X_batch = X[indices_tensor]
            Y_batch = Y[indices_tensor]
            prediction = model(X_batch, weight, bias)
            batch_loss = loss_func(prediction, Y_batch)
            batch_loss.backward()
            with torch.no_grad():
                weight -= lr * weight.grad
                bias -= lr * bias.grad
            weight.grad.zero_()
            bias.grad.zero_()
            losses_in_this_epoch.append(float(batch_loss.item()))
            start_index = start_index + batch_size
        total = 0.0
        for value in losses_in_this_epoch:
            total = total + value
        average = total / len(losses_in_this_epoch)
        all_epoch_losses.append(average)
        epoch = epoch + 1
    return np.array(all_epoch_losses)
''',
}
