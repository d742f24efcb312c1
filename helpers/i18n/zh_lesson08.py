"""Chinese for lesson 08, the classification playground: its exercise checks and its widget."""

ZH = {
    # helpers.exercises.lesson08, exercise 08.1: accuracy by hand
    "the accuracy, a number between 0 and 1": "准确率（0 到 1 之间的一个数）",
    "Turn each probability into an answer (cat if at least 0.5), compare with y, "
    "count the matches and divide by 6.": (
        "先把每个概率变成答案（大于等于 0.5 就答“猫”），再和 y 逐个比较，数出对上了几个，最后除以 6。"
    ),
    "You counted the right answers ({n_right:.0f}). Divide by the number of animals.": (
        "你数出的是答对的个数（{n_right:.0f}）。还要再除以动物的总数。"
    ),
    "That is the share of wrong answers. Accuracy counts the right ones.": (
        "这是答错的比例。准确率算的是答对的比例。"
    ),
    "That is the share of animals called 'cat'. Compare each answer with its label y instead.": (
        "这是被判成“猫”的动物所占的比例。应该拿每个答案和它的标签 y 比较。"
    ),
    "0.48 is below 0.5, so the model answers 'dog' there, even though it is close.": (
        "0.48 比 0.5 小，所以模型在这里答的是“狗”，虽然已经很接近了。"
    ),
    "{value:g} looks like a percentage.": "{value:g} 看起来是个百分数。",
    "Give the accuracy as a fraction: 50% is 0.5.": "请把准确率写成 0 到 1 之间的小数：50% 就写成 0.5。",
    # exercise 08.2: the output layer's activation
    'the name of an activation, such as "relu"': '一个激活函数的名字，比如 "relu"',
    "ReLU has no upper limit: an output such as 7.5 cannot be a probability.": "ReLU 没有上限：像 7.5 这样的输出不可能是概率。",
    "tanh outputs numbers from -1 to 1. A probability cannot be negative.": (
        "tanh 输出的是 −1 到 1 之间的数。概率不可能是负数。"
    ),
    "A linear output can be any number, like 12 or -3: not a probability.": (
        "线性输出可以是任何数，比如 12 或 −3：这不是概率。"
    ),
    # exercise 08.3: the ends of the network for two forecasts
    "a dict with the keys {keys}": "一个字典，它的键是 {keys}",
    "{example}, each holding a name in quotes": "{example}，每个键的值都是一个放在引号里的名字",
    "Expected {example}; got {kind}.": "这里需要{example}；你给的是 {kind}。",
    "The dict has no entry for {keys}.": "字典里缺少键 {keys}。",
    "Keep all four keys and fill in a name for each.": "四个键都要留着，并给每个键填上一个名字。",
    "a name in quotes for each of the four choices": "四个选择各自的名字（放在引号里）",
    "a name in quotes for {keys}": "放在引号里的名字，填在 {keys} 那一项",
    'an activation, such as "relu"': '一个激活函数，比如 "relu"',
    'a loss, such as "mse"': '一个损失函数，比如 "mse"',
    "{key}: {message}": "{key}：{message}",
    "ReLU never outputs a negative number, but a winter day can be -4 °C.": (
        "ReLU 从不输出负数，可冬天的气温可能是 −4 °C。"
    ),
    "The sigmoid only outputs numbers between 0 and 1, but a temperature can be 23 °C.": (
        "sigmoid 只输出 0 到 1 之间的数，可气温可能是 23 °C。"
    ),
    "tanh only outputs numbers between -1 and 1, but a temperature can be 23 °C.": (
        "tanh 只输出 −1 到 1 之间的数，可气温可能是 23 °C。"
    ),
    "A temperature is a number that can be anything, not a yes/no answer. "
    "Which loss measures how far a number is from the true one?": (
        "气温是一个可以取任何值的数，不是“是/否”的回答。哪种损失衡量的是一个数离真实值有多远？"
    ),
    "ReLU can output 0 or 7.5: neither reads as a probability of rain.": (
        "ReLU 的输出可能是 0，也可能是 7.5：这样的数都没法当作下雨的概率来读。"
    ),
    "Rain or no rain is a label 1 or 0, and the output is a probability. Use the loss that is made for "
    "that and punishes a confident wrong answer hardest.": (
        "下不下雨是一个标签，1 或 0，而输出是一个概率。请用专为这种情况设计的损失：它对“很有把握却答错”罚得最重。"
    ),
    "A temperature can be any number: a linear output and a squared error. "
    "Rain or no rain is yes/no: a sigmoid output and binary cross-entropy.": (
        "气温可以是任何数：输出层用线性输出，损失用平方误差。下不下雨是“是/否”问题：输出层用 sigmoid，损失用二元交叉熵。"
    ),
    # exercise 08.4: the smallest hidden layer for xor
    "a whole number of hidden units": "隐藏单元的个数（一个整数）",  # also in lesson 07
    "Expected a whole number of hidden units, got {kind}.": "这里需要隐藏单元的个数（一个整数），你给的是 {kind}。",
    "Expected a whole number of hidden units from 0 to {most}, got {answer}.": (
        "这里需要隐藏单元的个数：0 到 {most} 之间的整数；你给的是 {answer}。"
    ),
    "No layer size up to 16 reached 90% here; please report this to the course authors.": (
        "隐藏单元数一直试到 16，验证准确率都没有超过 90%；请把这个问题告诉课程作者。"
    ),
    "{answer} hidden units: validation accuracy {val_acc:.0%} (training {train_acc:.0%}). "
    "Only now score this one network on the test set, once: {test_acc:.0%}. That is the number to report.": (
        "{answer} 个隐藏单元：验证准确率 {val_acc:.0%}（训练准确率 {train_acc:.0%}）。"
        "直到这时才用测试集给这一个网络打分，只打一次：{test_acc:.0%}。要报告的就是这个数。"
    ),
    "{answer} hidden units work, but fewer already do.": "{answer} 个隐藏单元可以，但更少的隐藏单元就已经够了。",
    "Try smaller numbers in the loop.": "看看循环打印出的结果：更少的隐藏单元是不是也行？",
    "With no hidden layer the model can only draw one straight line, and xor needs more.": (
        "没有隐藏层，模型只能画出一条直线，而 xor 一条直线分不开。"
    ),
    "One hidden unit still draws one straight line: its output is 0.5 along a line.": (
        "只有一个隐藏单元，画出的还是一条直线：输出等于 0.5 的地方正好是一条直线。"
    ),
    "That one passes on the TEST set. The test set must not choose: a choice made on it makes its score "
    "look better than it is. Choose on the validation set.": (
        "这个数是在测试集上过关的。测试集不能用来做选择：在它上面挑出来的模型，测试分数会比实际好看。"
        "请在验证集上选。"
    ),
    "That is above 90% on the training points only. Print the validation accuracy and look at that.": (
        "超过 90% 的只是训练点上的准确率。把验证准确率也打印出来，要看的是它。"
    ),
    "Look for the first row whose validation accuracy is above 90%.": "找出验证准确率超过 90% 的第一行。",
    "With {answer} hidden unit the validation accuracy is {val_acc:.0%} (training {train_acc:.0%}).": (
        "用 {answer} 个隐藏单元时，验证准确率是 {val_acc:.0%}（训练准确率 {train_acc:.0%}）。"
    ),
    "With {answer} hidden units the validation accuracy is {val_acc:.0%} (training {train_acc:.0%}).": (
        "用 {answer} 个隐藏单元时，验证准确率是 {val_acc:.0%}（训练准确率 {train_acc:.0%}）。"
    ),
    # helpers.widgets.playground: the classification playground
    "data set": "数据集",
    "{title} ({name})": "{title}（{name}）",
    "loss L": "损失 L",
    "epoch": "轮",  # also in lesson 07
    "training loss": "训练损失",
    # helpers.classify.dataset_title: the data sets' names in figures
    "blobs": "团簇",
    "moons": "月牙",
    "circles": "圆环",
    "xor": "异或",
    "noise": "噪声",
    "hidden units": "隐藏单元数",  # also in lesson 07
    "activation": "激活函数",
    "learning rate": "学习率 η",  # also in lesson 07
    "epochs": "轮数",  # also in lesson 07
    "Pick moons. What is the smallest number of hidden units that gets the validation accuracy above 90%? "
    "Then set hidden units to 0: how close does a straight line get, and why not all the way?": (
        "选月牙（moons）。最少要几个隐藏单元，验证准确率才能超过 90%？再把隐藏单元数设为 0："
        "一条直线能做到多好？为什么做不到全对？"
    ),
    "Network {sizes}: no hidden layer, one sigmoid neuron, so the boundary is a straight line.": (
        "网络 {sizes}：没有隐藏层，只有一个 sigmoid 神经元，所以边界是一条直线。"
    ),
    "Network {sizes}: {hidden} {activation} hidden unit, then one sigmoid neuron.": (
        "网络 {sizes}：{hidden} 个用 {activation} 的隐藏单元，后面接一个 sigmoid 神经元。"
    ),
    "Network {sizes}: {hidden} {activation} hidden units, then one sigmoid neuron.": (
        "网络 {sizes}：{hidden} 个用 {activation} 的隐藏单元，后面接一个 sigmoid 神经元。"
    ),
    "<b>Training stopped:</b> {reason}<br>{shape} {parameters} parameters.": (
        "<b>训练停止了：</b>{reason}<br>{shape}共 {parameters} 个参数。"
    ),
    "<b>Training accuracy {train_acc:.0%}</b> ({n_train} points), "
    "<b>validation accuracy {val_acc:.0%}</b> ({n_val} points it never trained on). "
    "Final loss {loss:.3f} (guessing gives log 2 = {guessing:.3f}).<br>"
    "{shape} {parameters} parameters.": (
        "<b>训练准确率 {train_acc:.0%}</b>（{n_train} 个点），"
        "<b>验证准确率 {val_acc:.0%}</b>（{n_val} 个训练时从没见过的点）。"
        "最终损失 {loss:.3f}（瞎猜的损失是 log 2 = {guessing:.3f}）。<br>"
        "{shape}共 {parameters} 个参数。"
    ),
}
