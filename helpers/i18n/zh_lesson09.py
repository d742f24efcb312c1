"""Chinese for lesson 09, handwritten digits: its printed sentences, exercise checks and drawing pad."""

ZH = {
    # helpers.digits: the sentences the lesson prints
    "Digits of each kind, 0 to 9:": "数字 0 到 9 各有多少张图片",
    "The first digit is a {label}. Its 64 pixels as 8 rows of 8:": "第一张图片是数字 {label}。它的 64 个像素排成 8 行、每行 8 个：",
    "Inputs now run from {low} to {high}.": "现在输入的范围是 {low} 到 {high}。",
    "Same as helpers.activations.softmax:": "和 helpers.activations.softmax 的结果一致",
    "Naive formula at scores (1000, 999, 0):": "得分为 (1000, 999, 0) 时直接套公式：",
    "After subtracting the largest score:": "先减去最大的得分再算：",
    "Loss per image:": "每张图片的损失",
    "Mean loss L = {loss:.2f}; guessing level log 10 = {level:.2f}": "平均损失 L = {loss:.2f}；瞎猜水平 log 10 = {level:.2f}",
    "Same as helpers.losses.cross_entropy:": "和 helpers 算出的交叉熵一致",
    "Slope found by nudging:": "逐个微调得分量出的斜率",
    "Largest difference: {gap:.1e}": "两者最多相差 {gap:.1e}",
    "training {train}, validation {val}, test {test} digits": "训练集 {train} 张，验证集 {val} 张，测试集 {test} 张",
    "Accuracy: training {train:.1%}, validation {val:.1%}": "准确率：训练集 {train:.1%}，验证集 {val:.1%}",
    "Same weights as helpers.digits.train_digits:": "和 helpers.digits.train_digits 得到的权重一致",
    "validation accuracy (%) after these epochs:": "验证集准确率（%），训练轮数依次为",
    "  64 → 10 (linear)": "  64 → 10（线性）",
    "Chosen: linear model {linear} epochs; network 64 → {hidden} → 10, {epochs} epochs": (
        "选定：线性模型训练 {linear} 轮；网络 64 → {hidden} → 10，训练 {epochs} 轮"
    ),
    "Training the network took {seconds:.2f} s.": "训练这个网络用了 {seconds:.2f} 秒。",
    "Test accuracy: network {net:.1%}, linear model {lin:.1%} ({n} test digits)": (
        "测试集准确率：网络 {net:.1%}，线性模型 {lin:.1%}（测试集共 {n} 张）"
    ),
    "Mistakes: network {net}, linear model {lin}": "认错的张数：网络 {net}，线性模型 {lin}",
    "network": "网络",
    "linear model": "线性模型",
    "{name}: validation accuracy over 5 seeds: mean {mean:.1%}, lowest {low:.1%}, highest {high:.1%}": (
        "{name}：5 个随机种子下的验证集准确率，平均 {mean:.1%}，最低 {low:.1%}，最高 {high:.1%}"
    ),
    "{n} of {m} test digits misread": "{m} 张测试图片中认错了 {n} 张",
    "sure {low:.0%} to {high:.0%}: {n:3d} digits, accuracy {acc:.1%}": "把握 {low:.0%} 到 {high:.0%}：{n} 张，准确率 {acc:.1%}",
    "All digits: {mean:.0f} of 1024 pixels inked ({share:.0%})": "所有数字平均：1024 个像素中有 {mean:.0f} 个是墨迹（{share:.0%}）",
    "{digit}: ink {before} → {after} pixels; read as {raw} if counted as drawn, {ready} after the steps": (
        "{digit}：墨迹 {before} → {after} 个像素；照原样计数会被认成 {raw}，经过这几步后认成 {ready}"
    ),
    "Drawn:": "画的是",
    "Read: ": "认成",
    # helpers.exercises.lesson09, exercise 09.1: softmax by hand
    "an array of three probabilities": "一个含三个概率的数组",
    "Expected a 1-D array of 3 numbers, such as np.array([0.1, 0.2, 0.7]).": (
        "需要一个含 3 个数的一维数组，比如 np.array([0.1, 0.2, 0.7])。"
    ),
    "Those are the scores divided by their sum, not softmax.": "这是把得分直接除以得分之和，不是 softmax。",
    "Raise e to each score first: np.exp(z), then divide by the total of the powers.": (
        "先用 np.exp(z) 对每个得分求 e 的幂，再除以这些幂的总和。"
    ),
    "Use np.exp(z) / np.exp(z).sum(): the three numbers must add up to 1.": (
        "用 np.exp(z) / np.exp(z).sum()：三个概率加起来必须等于 1。"
    ),
    # exercise 09.2: the one-hot target of a 7
    "an array of ten numbers": "一个含十个数的数组",
    "Expected a 1-D array of 10 numbers, such as np.array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]).": (
        "需要一个含 10 个数的一维数组，比如 np.array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0])。"
    ),
    "The 1 sits in the column of the digit 6.": "你把 1 放在了数字 6 的那一列。",
    "The columns count from 0: the first column is the digit 0, so the digit 7 is the eighth column.": (
        "列从 0 开始数：第一列是数字 0，所以数字 7 是第八列。"
    ),
    "A 1 in the column of the true digit and 0 in the nine others.": "真实数字那一列是 1，其余九列都是 0。",
    # exercise 09.3: the digit the network misreads most
    "a digit from 0 to 9": "一个 0 到 9 之间的整数",
    "Expected {what}, got {value!r}.": "这里需要{what}，你给的是 {value!r}。",
    "Expected {what} without quotes, got the text {value!r}.": "这里需要{what}（不带引号），你给的是文字 {value!r}。",
    "Right: {n} test digits showing a {digit} were misread.": "写着 {digit} 的测试图片有 {n} 张被认错，比哪个数字都多。",
    "{digit} is the digit the network answers wrongly most often, not the one it misreads most.": (
        "{digit} 是网络认错时最常给出的答案，不是最常被认错的那个真实数字。"
    ),
    "Rows are the true digits: add up each row without its diagonal cell, with off_diagonal.sum(axis=1).": (
        "行代表真实数字：用 off_diagonal.sum(axis=1) 把每一行（不算对角线上那一格）加起来。"
    ),
    "{n} test digits showing a {digit} were misread; another digit is misread more often.": (
        "写着 {digit} 的测试图片有 {n} 张被认错；还有一个数字被认错的次数更多。"
    ),
    "Add up each row of off_diagonal (axis=1), then take the argmax.": "把 off_diagonal 的每一行加起来（axis=1），再用 argmax 找出总和最大的那一行。",
    # helpers.widgets.digit_pad
    "Draw a digit here, big or small.": "在这里写一个数字，大小随意。",
    "Clear": "清空",
    "What the network sees (8 × 8)": "网络看到的图片（8 × 8）",
    "The network's ten probabilities": "网络给出的十个概率",
    "Draw a digit on the pad.": "请在画板上写一个数字。",
    "The network reads {digit}, {p:.0%} sure. Your strokes, scaled to fill the box, ink {ink} of 1024 pixels; "
    "the data set's digits ink about {target}, so yours were made {how} before counting.": (
        "网络认为这是 {digit}，把握 {p:.0%}。你的笔画放大到填满方框后，1024 个像素里有 {ink} 个是墨迹；"
        "数据集里的数字平均约有 {target} 个，所以计数之前先把笔画{how}了。"
    ),
    "bolder": "加粗",
    "thinner": "调细",
}
