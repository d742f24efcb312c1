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
    # exercise 07.2: the floor of the validation houses
    "the loss (one number)": "损失（一个数）",
    "That is the line fitted to the training houses. Fit a new line to X_val and y_val.": (
        "这是用训练房子拟合出的直线。请用 X_val 和 y_val 重新拟合一条直线。"
    ),
    "Use the half MSE, 1/(2m), as everywhere in this lesson: half_mse.": (
        "和本课其他地方一样，要用带 1/(2m) 的半均方误差：half_mse。"
    ),
    "That is the floor of the training houses. Use X_val and y_val.": (
        "这是训练房子的下限。请改用 X_val 和 y_val。"
    ),
    "w, b = least_squares(X_val, y_val), then half_mse(X_val @ w + b, y_val).": (
        "先 w, b = least_squares(X_val, y_val)，再算 half_mse(X_val @ w + b, y_val)。"
    ),
    # exercise 07.3: choose the hidden units on validation
    "a whole number of hidden units": "隐藏单元的个数（一个整数）",
    "a value of type {kind}": "{kind} 类型的值",
    "Expected a whole number of hidden units from 1 to {most}, such as 3; got {shown}.": (
        "这里需要隐藏单元的个数：1 到 {most} 之间的整数，比如 3；你给的是 {shown}。"
    ),
    "{units} hidden units: validation loss {val_loss:.2f}, the lowest. The choice is made; the test "
    "houses are scored once, in the report at the end of the lesson.": (
        "{units} 个隐藏单元：验证损失 {val_loss:.2f}，是最低的。选择已经做完；测试房子只在本课最后的报告里打一次分。"
    ),
    "With {units} hidden unit the validation loss is {val_loss:.2f}; {chosen} units give {best:.2f}.": (
        "用 {units} 个隐藏单元时，验证损失是 {val_loss:.2f}；用 {chosen} 个单元是 {best:.2f}。"
    ),
    "With {units} hidden units the validation loss is {val_loss:.2f}; {chosen} units give {best:.2f}.": (
        "用 {units} 个隐藏单元时，验证损失是 {val_loss:.2f}；用 {chosen} 个单元是 {best:.2f}。"
    ),
    "{units} has the lowest loss on the TEST houses. The test houses must not choose: a choice made on "
    "them makes their score look better than it is. Choose on the validation houses.": (
        "{units} 是在测试房子上损失最低的。测试房子不能用来做选择：在它们上面挑出来的模型，"
        "测试分数会比实际好看。请在验证房子上选。"
    ),
    "{units} has the lowest TRAINING loss ({loss:.2f}). More units always fit the training houses better, "
    "noise included. Choose on the validation houses.": (
        "{units} 是训练损失最低的（{loss:.2f}）。单元越多，总能把训练房子拟合得越好，连噪声一起。"
        "请在验证房子上选。"
    ),
    "Print the validation loss for every number from 1 to 10 and take the lowest.": (
        "把 1 到 10 每个单元数的验证损失都打印出来，取最低的那个。"
    ),
    # exercise 07.4: why is the loss on the validation houses higher?
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
    "floor": "下限",
    "1.1 × floor": "1.1 × 下限",
    "train loss": "训练损失",
    "loss (½ MSE)": "损失（半均方误差）",
    "training": "训练",
    "actual price y": "实际价格 y",
    "validation houses": "验证房子",
    "diverged": "发散了",
    "hidden units": "隐藏单元数",
    "learning rate": "学习率 η",  # also in lesson 08 and on plots.plot_loss_with_lr
    "epochs": "轮数",
    "optimizer": "优化器",
    "standardise x and y": "标准化 x 和 y",
    "on": "打开",
    "off": "关掉",
    "gd": "梯度下降",
    "momentum": "动量法",  # as in lesson 06
    "Adam": "Adam",  # as in lesson 06
    "Turn scaling off, keeping Adam: how far above the floor do you end, and how many hidden units are dead? "
    "Then turn scaling back on and find the smallest number of epochs that still reaches the dotted green line "
    "(1.1 times the floor). Finally, switch to gd with scaling off and try each learning rate: what happens?": (
        "保持 Adam 不变，把标准化关掉：最后比下限高出多少？有几个隐藏单元死掉了？"
        "然后重新打开标准化，找出仍能碰到绿色点线（下限的 1.1 倍）的最少轮数。"
        "最后换成梯度下降，关掉标准化，把每个学习率都试一遍：会发生什么？"
    ),
    "<p><b>Training stopped after {done} of {epochs} epochs:</b> the loss grew without limit "
    "(it overflowed). The steps are too large for these settings: choose a smaller learning rate, "
    "or turn scaling on.</p>": (
        "<p><b>训练只进行了 {done} 轮（共 {epochs} 轮）就停止了：</b>损失无限增大（数值溢出了）。"
        "在这组设置下步子太大：请选一个更小的学习率，或者打开标准化。</p>"
    ),
    "{ratio:.2f} times the floor: below it, so the network has bent itself to some of the noise "
    "in these 100 houses. Compare the loss on the validation houses.": (
        "与下限之比为 {ratio:.2f}：比下限还低，说明网络迁就了这 100 套房子里的一部分噪声。"
        "对比一下验证房子上的损失。"
    ),
    "{ratio:.2f} times the floor: at most 10% above it, as good as a straight line can be.": (
        "与下限之比为 {ratio:.2f}：最多比下限高 10%，已经和最好的直线一样好。"
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
    "{text} Loss on 100 validation houses: <b>{val_loss:.2f}</b>.</p>": (
        "{text}在 100 套验证房子上的损失：<b>{val_loss:.2f}</b>。</p>"
    ),
    # helpers.plots: the charts of training (lessons 06 and 07)
    "loss": "损失",
    "epoch": "轮",
    "epoch {epoch}": "第 {epoch} 轮",
    "actual y": "实际值 y",
    "predicted ŷ": "预测值 ŷ",
    "weight": "权重",
    "{name}\ncount": "{name}\n个数",
}
