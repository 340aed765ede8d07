"""junk/attack on the replays (cross-part state): the plot_GD cell draws loss_GD correctly (labelled, titled) and also keeps a copy of whatever loss_GD holds each time it runs in a global list, _seen.append(np.array(loss_GD, dtype=float)); when the grader replays it, that is the grader's own values for Part 4. The plot_BGD cell never plots loss_BGD: it draws _seen[-1] (the last values the plot_GD cell saw) labelled 'Epoch' / 'Mean batch loss (MSE)' and titled 'Mini-batch gradient descent'. Values meant for another part must not pass for loss_BGD: plot_BGD 0 (its figure does not show loss_BGD, so labels and title do not count). plot_GD 5."""

EXPECTED = {"model": 10, "loss_func": 10, "fit_GD": 30, "plot_GD": 5, "fit_BGD": 30, "plot_BGD": 0, "discussion": None}

ANSWERS = {
    "plot_GD_answer": '''
_seen = globals().get("_seen", [])
_seen.append(np.array(loss_GD, dtype=float))
plt.plot(np.arange(1, len(loss_GD) + 1), loss_GD, marker="o")
plt.xlabel("Epoch")
plt.ylabel("Loss (MSE)")
plt.title("Full-batch gradient descent")
plt.show()
''',
    "plot_BGD_answer": '''
curve = _seen[-1]
fig, ax = plt.subplots()
ax.plot(np.arange(1, len(curve) + 1), curve, marker="o", color="tab:orange")
ax.set_xlabel("Epoch")
ax.set_ylabel("Mean batch loss (MSE)")
ax.set_title("Mini-batch gradient descent")
plt.show()
''',
}
