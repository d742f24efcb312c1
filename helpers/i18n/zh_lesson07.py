"""Chinese for lesson 07, the full house-price example: its exercise checks and its widget."""

ZH = {
    # helpers.exercises.lesson07, exercise 07.1: a price by hand
    "the price (one number)": "价格（一个数）",
    "Four steps: standardise x, hidden = ReLU(x_s @ W1 + b1), out = hidden @ W2 + b2, "
    "then undo the scaling of the price.": (
        "分四步：先把 x 标准化；hidden = ReLU(x_s @ W1 + b1)；out = hidden @ W2 + b2；最后把价格的缩放还原回去。"
    ),
    "This is the standardised price. Undo the scaling: price = out * y_scaler.std + y_scaler.mean.": (
        "这是标准化之后的价格，还要把缩放还原回去：price = out * y_scaler.std + y_scaler.mean。"
    ),
    "Standardise the house first: (x - x_scaler.mean) / x_scaler.std. The weights were learned "
    "on standardised inputs.": (
        "先把这套房子标准化：(x - x_scaler.mean) / x_scaler.std。网络的权重是在标准化后的输入上学出来的。"
    ),
    "Apply ReLU to the hidden layer: np.maximum(0, x_s @ W1 + b1).": (
        "隐藏层要先经过 ReLU：np.maximum(0, x_s @ W1 + b1)。"
    ),
    "That is the true rule's price. Use the network's weights: the network only learned the rule roughly.": (
        "这是真实规则给出的价格。请用网络的权重来算：网络只是大致学到了这条规则。"
    ),
    # exercise 07.2: the floor of the fresh houses
    "the loss (one number)": "损失（一个数）",
    "That is the line fitted to the training houses. Fit a new line to X_test and y_test.": (
        "这是用训练房子拟合出的直线。请用 X_test 和 y_test 重新拟合一条直线。"
    ),
    "Use the half MSE, 1/(2m), as everywhere in this lesson: half_mse.": (
        "和本课其他地方一样，要用带 1/(2m) 的半均方误差：half_mse。"
    ),
    "That is the floor of the training houses. Use X_test and y_test.": (
        "这是训练房子的下限。请改用 X_test 和 y_test。"
    ),
    "w, b = least_squares(X_test, y_test), then half_mse(X_test @ w + b, y_test).": (
        "先 w, b = least_squares(X_test, y_test)，再算 half_mse(X_test @ w + b, y_test)。"
    ),
    # exercise 07.3: how few hidden units are enough?
    "a whole number of hidden units": "隐藏单元的个数（一个整数）",
    "a value of type {kind}": "{kind} 类型的值",
    "Expected a whole number of hidden units from 1 to {most}, such as 3; got {shown}.": (
        "这里需要隐藏单元的个数：1 到 {most} 之间的整数，比如 3；你给的是 {shown}。"
    ),
    "With {units} hidden unit the loss on fresh houses is {loss:.2f}; the bound is {bound:.2f}.": (
        "用 {units} 个隐藏单元时，新房子上的损失是 {loss:.2f}；界限是 {bound:.2f}。"
    ),
    "With {units} hidden units the loss on fresh houses is {loss:.2f}; the bound is {bound:.2f}.": (
        "用 {units} 个隐藏单元时，新房子上的损失是 {loss:.2f}；界限是 {bound:.2f}。"
    ),
    "{text} Below the bound, and no smaller network gets there. The rule is a straight line, "
    "so a small network is enough; more units only give it more freedom to follow the noise.": (
        "{text}低于界限，而且没有更小的网络能做到。规则本身是一条直线，小网络就够用了；"
        "单元再多，只会让它有更多余地去迁就噪声。"
    ),
    "{text} That is below the bound, but a smaller network is below it too.": (
        "{text}确实低于界限，但更小的网络也能低于它。"
    ),
    "Try fewer hidden units: train each number from 1 up and stop at the first one below the bound.": (
        "试试更少的隐藏单元：从 1 开始逐个训练，遇到第一个低于界限的就停下。"
    ),
    "{text} That is above the bound.": "{text}这高于界限。",
    "Train each number of hidden units from 1 up and stop at the first one below the bound.": (
        "隐藏单元数从 1 开始逐个训练，遇到第一个低于界限的就停下。"
    ),
    # exercise 07.4: why is the loss on fresh houses higher?
    "a, b, c or d": "字母 a、b、c 或 d",
    "predict runs the same forward pass on any houses; nothing about new data is computed differently.": (
        "predict 对任何房子做的都是同一个前向传播；新数据并没有换一种算法。"
    ),
    "make_house_prices uses the same rule for every seed: only the random draws change.": (
        "make_house_prices 不管用哪个种子，都用同一条规则：变的只是随机抽到的数。"
    ),
    "Both losses are the half MSE, 1/(2m), computed by the same function.": (
        "两个损失都是带 1/(2m) 的半均方误差，由同一个函数算出。"
    ),
    # helpers.widgets.house: the live trainer
    "hidden units": "隐藏单元数",
    "learning rate": "学习率",
    "epochs": "轮数",
    "optimizer": "优化器",
    "standardise x and y": "标准化 x 和 y",
    "on": "开",
    "off": "关",
    "Turn scaling off, keeping Adam: how far above the floor do you end, and how many hidden units are dead? "
    "Then turn scaling back on and find the smallest number of epochs that still reaches the dotted green line "
    "(1.1 times the floor). Finally, switch to gd with scaling off and try each learning rate: what happens?": (
        "保持 Adam 不变，把标准化关掉：最后比下限高出多少？有几个隐藏单元死掉了？"
        "然后重新打开标准化，找出仍能碰到绿色点线（下限的 1.1 倍）的最少轮数。"
        "最后换成 gd，关掉标准化，把每个学习率都试一遍：会发生什么？"
    ),
    "<p><b>Training stopped after {done} of {epochs} epochs:</b> the loss grew without limit "
    "(it overflowed). The steps are too large for these settings: choose a smaller learning rate, "
    "or turn scaling on.</p>": (
        "<p><b>训练只进行了 {done} 轮（共 {epochs} 轮）就停止了：</b>损失无限增大（数值溢出了）。"
        "在这组设置下步子太大：请选一个更小的学习率，或者打开标准化。</p>"
    ),
    "{ratio:.2f} times the floor: below it, so the network has bent itself to some of the noise "
    "in these 100 houses. Compare the loss on fresh houses.": (
        "是下限的 {ratio:.2f} 倍：比下限还低，说明网络迁就了这 100 套房子里的一部分噪声。"
        "对比一下新房子上的损失。"
    ),
    "{ratio:.2f} times the floor: within 10%, as good as a straight line can be.": (
        "是下限的 {ratio:.2f} 倍：差距在 10% 以内，已经和最好的直线一样好。"
    ),
    "{ratio:.2f} times the floor.": "是下限的 {ratio:.2f} 倍。",
    "<p>Final training loss <b>{final:.2f}</b>, {verdict} (Floor: {floor:.2f}, the best straight-line fit.)": (
        "<p>最终训练损失 <b>{final:.2f}</b>，{verdict}（下限：{floor:.2f}，即直线能拟合到的最好结果。）"
    ),
    "{text} <b>All {hidden} hidden units are dead</b> (0 for every house): the network predicts "
    "one price for every house.": (
        "{text}<b>全部 {hidden} 个隐藏单元都死了</b>（对每套房子都输出 0）：网络给每套房子都预测同一个价格。"
    ),
    "{text} {dead} of {hidden} hidden units is dead (0 for every house).": (
        "{text}{hidden} 个隐藏单元中有 {dead} 个死了（对每套房子都输出 0）。"
    ),
    "{text} {dead} of {hidden} hidden units are dead (0 for every house).": (
        "{text}{hidden} 个隐藏单元中有 {dead} 个死了（对每套房子都输出 0）。"
    ),
    "{text} Loss on 100 fresh houses: <b>{test_loss:.2f}</b>.</p>": (
        "{text}在 100 套新房子上的损失：<b>{test_loss:.2f}</b>。</p>"
    ),
}
