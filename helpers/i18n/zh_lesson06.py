"""Chinese for lesson 06 (optimizers): the exercise checks and the optimizer widget."""

ZH = {
    # helpers.exercises.lesson06
    "Some ... are still left: replace each one, then run the cell again.": (
        "还有 ... 没有替换。把每一个都换掉，然后再运行这个单元格。"
    ),
    # 06.1: Adam's first step
    "the new w (a number)": "更新后的 w（一个数）",
    "Work down the five lines of the first step: d, s, d̂, ŝ, then w − η · d̂ / (√ŝ + ε).": (
        "按第一步的五行依次算下来：d、s、d̂、ŝ，最后是 w − η · d̂ / (√ŝ + ε)。"
    ),
    "That is a plain gradient-descent step, w − η · g. Adam divides the average gradient d̂ by the typical size √ŝ first.": (
        "这是普通梯度下降的一步，w − η · g。Adam 会先把平均梯度 d̂ 除以梯度的典型大小 √ŝ。"
    ),
    "You stepped the wrong way. The gradient is negative, so w must grow.": "方向走反了。梯度是负的，所以 w 应该变大。",
    "You left out both bias corrections. Divide d by (1 − β₁) and s by (1 − β₂) before you use them (t = 1).": (
        "两个偏差修正都漏掉了。用 d 和 s 之前，先把 d 除以 (1 − β₁)，把 s 除以 (1 − β₂)（t = 1）。"
    ),
    "d is not corrected: divide it by (1 − β₁) = 0.1. Without that the step is ten times too small.": (
        "d 没有修正：要把它除以 (1 − β₁) = 0.1。不修正的话，这一步只有应有大小的十分之一。"
    ),
    "s is not corrected: divide it by (1 − β₂) = 0.001.": "s 没有修正：要把它除以 (1 − β₂) = 0.001。",
    "That is the size of the step. Add it to w = 3 to get the new w.": (
        "这是这一步的步长。把它加到 w = 3 上，才是更新后的 w。"
    ),
    # 06.2: the training loop
    "(losses, params) from your loop": "你的循环得到的 (losses, params)",
    "Expected two things in round brackets, (losses, params), got {kind}.": (
        "这里需要圆括号里的两样东西 (losses, params)，你给的是 {kind}。"
    ),
    "End the cell with check_training_loop((losses, params)).": "单元格最后一行写 check_training_loop((losses, params))。",
    "params must be the dict of weights and biases that init_params made, got {kind}.": (
        "params 应该是 init_params 生成的那个装着权重和偏置的字典，你给的是 {kind}。"
    ),
    "Start from params = init_params([2, 3, 1], \"he\", seed=0) and keep params = opt.step(...).": (
        "从 params = init_params([2, 3, 1], \"he\", seed=0) 开始，每一步都写 params = opt.step(...)。"
    ),
    "losses must be a list of numbers, got {kind}.": "losses 应该是一个装着数的列表，你给的是 {kind}。",
    "Start with losses = [] and append one number per epoch.": "先写 losses = []，然后每轮追加一个数。",
    "the loop body (record, then forward, backward and step for each batch)": (
        "循环体（先记录损失，再对每一批做前向传播、反向传播和更新）"
    ),
    "Your weights never changed.": "你的权重一直没有变。",
    "Inside the batch loop, end with the step: params = opt.step(params, grads, lr=0.1).": (
        "在遍历各批的循环里，最后一行是更新：params = opt.step(params, grads, lr=0.1)。"
    ),
    "Your batches are the houses in their stored order.": "你的每一批都是按房子存放的原始顺序切出来的。",
    "Shuffle before every epoch: for idx in minibatch_indices(100, 16, rng) gives a new random order each time.": (
        "每轮开始前都要打乱：for idx in minibatch_indices(100, 16, rng) 每次都会给出新的随机顺序。"
    ),
    "Your batches come in the same order every epoch.": "你每一轮的分批顺序都一模一样。",
    "Call minibatch_indices(100, 16, rng) inside the epoch loop, with the one rng made before the loop: each call then draws a new order, as train does.": (
        "在按轮循环的里面调用 minibatch_indices(100, 16, rng)，用的是循环之前建好的那一个 rng："
        "这样每次调用都会抽出新的顺序，和 train 一样。"
    ),
    "You make a new Adam() for every step.": "你每一步都新建了一个 Adam()。",
    "Make the optimizer once, before the loop: Adam remembers its running averages and its step count between steps.": (
        "优化器只在循环之前建一次：Adam 要在各步之间记住它的滑动平均和步数。"
    ),
    "You make a new Adam() at the start of every epoch.": "你每一轮开始时都新建了一个 Adam()。",
    "Make opt = Adam() once, before the epoch loop: a new Adam forgets its running averages and starts its step count again.": (
        "opt = Adam() 只在按轮循环之前建一次：新建的 Adam 会忘掉它的滑动平均，步数也从头数起。"
    ),
    "Each of your steps uses all 100 houses, not the batch.": "你的每一步用的都是全部 100 套房子，而不是这一批。",
    "Inside the batch loop, run forward on X_s[idx] and backward with y_s[idx]: only the houses of this batch.": (
        "在遍历各批的循环里，前向传播用 X_s[idx]，反向传播用 y_s[idx]：只用这一批的房子。"
    ),
    "Your steps use the learning rate 0.01.": "你更新时用的学习率是 0.01。",
    "Your steps use the learning rate 0.001.": "你更新时用的学习率是 0.001。",
    "train runs with lr=0.1: write params = opt.step(params, grads, lr=0.1).": (
        "train 用的是 lr=0.1：写成 params = opt.step(params, grads, lr=0.1)。"
    ),
    "Your step is plain gradient descent, params − lr · grads.": "你的更新是普通的梯度下降，params − lr · grads。",
    "Let Adam make the step: params = opt.step(params, grads, lr=0.1), with the opt made before the loop.": (
        "让 Adam 来更新：params = opt.step(params, grads, lr=0.1)，opt 用循环之前建好的那一个。"
    ),
    "You step once per epoch, on all 100 houses: that is full batch.": "你每轮只在全部 100 套房子上更新一次：这是全批量。",
    "Step on each mini-batch: for idx in minibatch_indices(100, 16, rng), run forward and backward on X_s[idx] and y_s[idx].": (
        "要在每个小批量上更新：for idx in minibatch_indices(100, 16, rng)，在 X_s[idx] 和 y_s[idx] 上做前向和反向传播。"
    ),
    "Your final weights differ from train's, and losses holds {n} numbers, not {epochs}.": (
        "你最后的权重和 train 的不一样，而且 losses 里有 {n} 个数，不是 {epochs} 个。"
    ),
    "Loop over 30 epochs, for _ in range(30): one pass over all the houses per epoch.": (
        "循环 30 轮，for _ in range(30)：每轮把所有房子过一遍。"
    ),
    "Your final weights differ from train's.": "你最后的权重和 train 的不一样。",
    "Check four things. opt = Adam() is made once, before the epoch loop (a new Adam forgets its averages). Forward uses X_s[idx], not X_s. Backward uses y_s[idx] and this batch's cache, after forward and before the step (a step before backward uses old gradients). The step is params = opt.step(params, grads, lr=0.1), with lr exactly 0.1.": (
        "检查四件事。opt = Adam() 只在按轮循环之前建一次（新建的 Adam 会忘掉它的平均值）。"
        "前向传播用 X_s[idx]，不是 X_s。反向传播用 y_s[idx] 和这一批的 cache，"
        "放在前向传播之后、更新之前（先更新再反向传播，用的就是旧梯度）。"
        "更新是 params = opt.step(params, grads, lr=0.1)，lr 正好是 0.1。"
    ),
    "Your loop trains exactly like train(), but losses is empty: you recorded nothing.": (
        "你的循环训练得和 train() 一模一样，但 losses 是空的：你什么也没记录。"
    ),
    "At the start of every epoch, before the batch loop, append the loss on all 100 houses: losses.append(half_mse(forward(X_s, params, [\"relu\", \"linear\"])[0], y_s)).": (
        "每轮开始、遍历各批之前，把全部 100 套房子上的损失追加进去："
        "losses.append(half_mse(forward(X_s, params, [\"relu\", \"linear\"])[0], y_s))。"
    ),
    "Your losses are one epoch late: you record after the steps.": "你的损失晚了一轮：你是在更新之后才记录的。",
    "train records at the start of each epoch, before the batch loop. Move the append up.": (
        "train 在每轮开始、遍历各批之前记录。把 append 那一行往上移。"
    ),
    "Your weights are right, but losses holds {n} numbers, not {epochs}.": (
        "权重是对的，但 losses 里有 {n} 个数，不是 {epochs} 个。"
    ),
    "Record once per epoch, outside the batch loop: the loss on all 100 houses, not on one batch.": (
        "每轮只记录一次，放在遍历各批的循环外面：记的是全部 100 套房子上的损失，不是某一批的。"
    ),
    "Your weights are right, but your losses differ from train's.": "权重是对的，但你的损失和 train 的不一样。",
    "Record the loss on all 100 houses: half_mse(forward(X_s, params, [\"relu\", \"linear\"])[0], y_s).": (
        "记录全部 100 套房子上的损失：half_mse(forward(X_s, params, [\"relu\", \"linear\"])[0], y_s)。"
    ),
    "Your loop gives train's numbers: {epochs} losses, from {first!r} to {last!r}, and every weight (W1[0, 0] = {w!r}).": (
        "你的循环得到的正是 train 的数：{epochs} 个损失，从 {first!r} 到 {last!r}，还有每一个权重"
        "（W1[0, 0] = {w!r}）。"
    ),
    "All of them equal to the last digit: train is this loop, nothing more.": (
        "每一个数都相同，直到最后一位：train 就是这个循环，没有别的。"
    ),
    "The losses differ only in the last digits: compute them with half_mse, as train does.": (
        "损失只在最后几位上不同：像 train 一样用 half_mse 来算。"
    ),
    # 06.3: a decayed learning rate
    "the learning rate at epoch 300 (a number)": "第 300 轮的学习率（一个数）",
    "Put the numbers into lr / (1 + k · epoch). Work out the bracket first.": (
        "把数代入 lr / (1 + k · epoch)。先算括号里的部分。"
    ),
    "The rule divides by (1 + k · epoch); it does not multiply by (1 − k · epoch).": (
        "公式是除以 (1 + k · epoch)，不是乘以 (1 − k · epoch)。"
    ),
    "Divide by (1 + k · epoch), do not multiply: the learning rate shrinks over time.": (
        "要除以 (1 + k · epoch)，不是乘：学习率会随时间变小。"
    ),
    "Keep the 1 in the bracket: 1 + k · epoch.": "括号里的 1 不能丢：1 + k · epoch。",
    "Multiply k by the epoch number, 300, inside the bracket.": "在括号里，k 要乘以轮数 300。",
    # 06.4: standardise a column by hand
    "the eight standardised areas": "标准化后的八个面积",
    "Expected {n} numbers, one per area, got an array of shape {shape}.": (
        "这里需要 {n} 个数，每个面积一个；你给的数组形状是 {shape}。"
    ),
    "Compute (areas - mean) / spread with the whole array areas: NumPy does it for every area at once.": (
        "直接用整个数组 areas 计算 (areas - mean) / spread：NumPy 会一次算好每个面积。"
    ),
    "You divided by m − 1 when you computed the spread. Here the spread is np.std's default (and Scaler's): the square root of the average squared distance, dividing by m.": (
        "你算标准差时除的是 m − 1。这里的标准差用 np.std 的默认算法（Scaler 也一样）："
        "到平均值距离的平方取平均（除以 m），再开平方。"
    ),
    "You subtracted the mean; now divide by the spread too.": "你已经减去了平均值；接下来还要除以标准差。",
    "You divided by the spread; subtract the mean first.": "你除以了标准差；但要先减去平均值。",
    "Divide by the spread (the standard deviation), not by its square.": "要除以标准差本身，不是除以它的平方（方差）。",
    "For each area: (area − mean) / spread. The mean is 70; the spread is the square root of the average squared distance from 70.": (
        "每个面积都算 (面积 − 平均值) / 标准差。平均值是 70；标准差是到 70 的距离的平方取平均后再开平方。"
    ),
    "Not yet standardised.": "还没有标准化好。",
    # helpers.widgets.optimizers: the optimizer explorer
    "With scaling off, find a learning rate where plain gradient descent does not blow up. How far does it get in {epochs} epochs? Now turn scaling on. Then try momentum and Adam with scaling off.": (
        "先不勾选“标准化数据”，找一个让普通梯度下降不发散的学习率。{epochs} 轮能走多远？"
        "再勾选它。然后取消勾选，试试动量法和 Adam。"
    ),
    "gradient descent": "梯度下降",
    "momentum": "动量法",
    "Adam": "Adam",
    "optimizer": "优化器",
    "learning rate η": "学习率 η",
    "epoch": "轮",
    "batch size": "批量大小",
    "standardise the data": "标准化数据",
    "all {m} (full batch)": "全部 {m} 个（全批量）",
    "1 (SGD)": "1（SGD，随机梯度下降）",
    "standardised": "已标准化",
    "as it is": "原始数值",
    "{n} updates": "{n} 次更新",
    "{n} update": "{n} 次更新",
    "<b>{optimizer}</b>, learning rate {lr}, batch size {batch}, data {data}: {updates} per epoch.": (
        "<b>{optimizer}</b>，学习率 {lr}，批量大小：{batch}，数据：{data}。每轮 {updates}。"
    ),
    "<b style='color: {colour}'>Blew up</b> after {updates} updates: the weights grew without limit. Make the learning rate smaller.": (
        "<b style='color: {colour}'>发散了</b>：更新 {updates} 次后，权重就大得失控了。请把学习率调小。"
    ),
    "After <b>{updates} updates</b> ({epochs} epochs): final loss <b>{final}</b> (start {start}, best possible {best}). ": (
        "<b>{updates} 次更新</b>（{epochs} 轮）后：最终损失 <b>{final}</b>（起点 {start}，最低可达 {best}）。"
    ),
    "<b style='color: {colour}'>The loss grew</b>: every step overshoots a little more. Make the learning rate smaller.": (
        "<b style='color: {colour}'>损失变大了</b>：每一步都比上一步冲得更远。请把学习率调小。"
    ),
    "Weights w₁ = {w1:.2f}, w₂ = {w2:.2f} (best {b1:.2f}, {b2:.2f}): <b>{left:.0f}%</b> of the way from the start to the bottom is still left.": (
        "权重 w₁ = {w1:.2f}，w₂ = {w2:.2f}（最优 {b1:.2f}，{b2:.2f}）：从起点到谷底的路还剩 <b>{left:.0f}%</b>。"
    ),
}
