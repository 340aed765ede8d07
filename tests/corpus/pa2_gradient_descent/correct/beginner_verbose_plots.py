"""BEGINNER plots: both plot cells build the x and y lists by hand in a while loop with a manual counter (x = counter + 1, y = float(loss_GD[counter])), then plt.figure(), plt.plot(x_list, y_list, 'o-'), wordy labels ('Epoch number (1 = first pass over the data)' / 'Training loss (mean squared error)', 'Number of the epoch' / 'Average of the batch losses in the epoch') and titles. One point per epoch, every value, labelled and titled: full marks."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 5, "discussion": None}

ANSWERS = {
    "plot_GD_answer": r'''
# make the lists for the plot
x_list = []
y_list = []
counter = 0
while counter < len(loss_GD):
    x_list.append(counter + 1)
    y_list.append(float(loss_GD[counter]))
    counter = counter + 1
plt.figure()
plt.plot(x_list, y_list, 'o-')
plt.xlabel('Epoch number (1 = first pass over the data)')
plt.ylabel('Training loss (mean squared error)')
plt.title('Loss of full-batch gradient descent in every epoch')
plt.show()
''',
    "plot_BGD_answer": r'''
x_values = []
y_values = []
i = 0
while i < len(loss_BGD):
    x_values.append(i + 1)
    y_values.append(float(loss_BGD[i]))
    i = i + 1
plt.figure()
plt.plot(x_values, y_values, 'o-', color='orange')
plt.xlabel('Number of the epoch')
plt.ylabel('Average of the batch losses in the epoch')
plt.title('Loss of mini-batch gradient descent')
plt.show()
''',
}
