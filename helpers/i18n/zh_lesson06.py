"""Chinese for lesson 06 (optimizers): the exercise checks and the optimizer widget."""

ZH = {
    # helpers.exercises.lesson06
    "Some ... are still left: replace each one, then run the cell again.": (
        "还有 ... 没有替换。把每一个都换掉，然后再运行这个单元格。"
    ),
    # 06.1: Adam's first step
    "the new w (a number)": "更新后的 w（一个数）",
    "Work down the five lines of the first step: m, v, m̂, v̂, then w − η · m̂ / (√v̂ + ε).": (
        "按第一步的五行依次算下来：m、v、m̂、v̂，最后是 w − η · m̂ / (√v̂ + ε)。"
    ),
    "That is a plain gradient-descent step, w − η · g. Adam divides the average gradient m̂ by the typical size √v̂ first.": (
        "这是普通梯度下降的一步，w − η · g。Adam 会先把平均梯度 m̂ 除以梯度的典型大小 √v̂。"
    ),
    "You stepped the wrong way. The gradient is negative, so w must grow.": "方向走反了。梯度是负的，所以 w 应该变大。",
    "You left out both bias corrections. Divide m by (1 − β₁) and v by (1 − β₂) before you use them (t = 1).": (
        "两个偏差修正都漏掉了。用 m 和 v 之前，先把 m 除以 (1 − β₁)，把 v 除以 (1 − β₂)（t = 1）。"
    ),
    "m is not corrected: divide it by (1 − β₁) = 0.1. Without that the step is ten times too small.": (
        "m 没有修正：要把它除以 (1 − β₁) = 0.1。不修正的话，这一步只有应有大小的十分之一。"
    ),
    "v is not corrected: divide it by (1 − β₂) = 0.001.": "v 没有修正：要把它除以 (1 − β₂) = 0.001。",
    "That is the size of the step. Add it to w = 3 to get the new w.": (
        "这是这一步的步长。把它加到 w = 3 上，才是更新后的 w。"
    ),
    # 06.2: batch sizes
    "three whole numbers in round brackets, such as (5, 6, 7)": "圆括号里的三个整数，例如 (5, 6, 7)",
    "Expected three whole numbers in round brackets, got {kind} {answer!r:.40}.": (
        "这里需要圆括号里的三个整数，你给的是 {kind} {answer!r:.40}。"
    ),
    "Write (sgd_batch, full_batch, updates_per_epoch).": "写成 (sgd_batch, full_batch, updates_per_epoch) 的样子。",
    "Each of the three must be a whole number, got {answer!r:.60}.": "三个数都必须是整数，你给的是 {answer!r:.60}。",
    "A batch holds a whole number of samples, and an epoch makes a whole number of updates.": (
        "一个批量装的样本数是整数，一轮做的更新次数也是整数。"
    ),
    "The first two are swapped.": "前两个数写反了。",
    "SGD uses one sample per update; full batch uses all of them.": "SGD 每次更新只用一个样本；全批量每次用上全部样本。",
    "SGD's batch size is not {sgd}.": "SGD 的批量大小不是 {sgd}。",
    "Stochastic gradient descent updates after every single sample.": "随机梯度下降每看一个样本就更新一次。",
    "Full batch's batch size is not {full}.": "全批量的批量大小不是 {full}。",
    "Full batch puts every sample into one batch: all {m} of them.": "全批量把所有样本放进同一个批量：{m} 个全都放进去。",
    "{updates} updates leave some samples out.": "{updates} 次更新会漏掉一些样本。",
    "{m} / {batch} is not a whole number. The samples left over form one last, smaller batch, and it makes an update too: round up.": (
        "{m} / {batch} 不是整数。剩下的样本会组成最后一个小一点的批量，它也要更新一次：所以要向上取整。"
    ),
    "{updates} updates per epoch is not it.": "每轮 {updates} 次更新不对。",
    "Each batch makes one update. How many batches of {batch} do you need to cover {m} samples?": (
        "每个批量更新一次。要装下 {m} 个样本，需要几个大小为 {batch} 的批量？"
    ),
    "({sgd}, {full}, {updates}) is right: the last batch holds only {last} samples.": (
        "({sgd}, {full}, {updates}) 是对的：最后一个批量只有 {last} 个样本。"
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
