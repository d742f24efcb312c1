"""Chinese for the messages every lesson shares: exercise verdicts and the widget frame."""

ZH = {
    # helpers.checks: verdict titles and the building blocks' messages
    "Correct": "答对了",
    "Not yet": "还不对",
    "Not answered yet": "还没有作答",
    "Check the type": "请检查格式",
    "Hint": "提示",
    ": ": "：",
    ", ": "、",
    "; ": "，",
    "Well done.": "做得好。",
    "your answer": "你的答案",
    "Replace the ... with {what}, then run the cell again.": "把 ... 换成{what}，然后再运行这个单元格。",
    "Could not check this answer ({error}).": "无法检查这个答案（{error}）。",
    "a number": "一个数",
    "Expected {what}, got {kind} {value}.": "这里需要{what}，你给的是{kind} {value}。",
    "Your answer is {value}.": "你的答案是 {value}。",
    "Look for a division by zero or a value that grew too large.": "看看是不是除以了零，或者某个值变得太大了。",
    "{value} is right.": "就是 {value}。",
    "{value} is not it.": "{value} 不是正确答案。",
    "an array": "一个数组",
    "Expected {what} of numbers, got text {value}.": "这里需要{what}（只能是数字），你给的是文字 {value}。",
    "Expected {what} of numbers, got {kind}.": "这里需要{what}（只能是数字），你给的是{kind}。",
    "Expected shape {expected}, got {got}.": "形状应为 {expected}，你给的形状是 {got}。",
    "Expected shape {expected}, you gave a single number (shape ()).": "形状应为 {expected}，你给的是单个数（形状 ()）。",
    "Check the order of a matrix product and whether you need .reshape(-1, 1) or .T.": (
        "检查矩阵乘法的顺序，以及是否需要 .reshape(-1, 1) 或 .T。"
    ),
    "All {n} values are right.": "全部 {n} 个值都对。",
    "{bad} of {n} values are off.": "{n} 个值中有 {bad} 个不对。",
    "All {n} values are off.": "{n} 个值都不对。",
    "one of the options": "选项之一",
    "{what} (in quotes)": "{what}（放在引号里）",
    "Expected text in quotes, one of {options}; got {kind}.": "这里需要放在引号里的文字，取 {options} 之一；你给的是{kind}。",
    "{answer} is not an option. Choose one of {options}.": "{answer} 不是选项。请从 {options} 中选一个。",
    '"{choice}" is right.': "“{choice}”是对的。",
    '"{choice}" is not the best choice.': "“{choice}”不是最好的选择。",
    "a function": "一个函数",
    "Expected {what} (defined with def), got {kind}.": "这里需要{what}（用 def 定义），你给的是{kind}。",
    "Your function raised {error}: {detail}": "你的函数出错了：{error}: {detail}",
    "the body of the function (it returns nothing yet)": "函数体（它现在还什么都不返回）",
    "Your function returned {kind}, expected numbers.": "你的函数返回了{kind}，应当返回数字。",
    "On test input {k} ({inputs}) your function returned shape {got}, expected {want}.": (
        "在第 {k} 组测试输入（{inputs}）上，你的函数返回的形状是 {got}，应为 {want}。"
    ),
    "On test input {k} ({inputs}) the result is off.": "在第 {k} 组测试输入（{inputs}）上，结果不对。",
    "shapes: {list}": "形状：{list}",
    "input {k}": "输入 {k}",
    "Your function matches on all {n} test inputs.": "你的函数在全部 {n} 个测试输入上都对。",
    # helpers.checks.kind_of: what kind of value the learner gave
    "text": "文字",
    "a whole number": "一个整数",
    "a decimal number": "一个小数",
    "a tuple": "一个元组",
    "a list": "一个列表",
    "a dictionary": "一个字典",
    "nothing": "空值",
    "True or False": "一个布尔值",
    # helpers.network: the two shape errors lesson 03 prints on purpose
    "X must be a 2-D array of shape (samples, features), got shape {shape}. For one sample use X.reshape(1, -1).": (
        "X 必须是形状为 (样本数, 特征数) 的二维数组，你给的形状是 {shape}。只有一个样本时，请用 X.reshape(1, -1)。"
    ),
    "Layer 1 expects {n} input features (W1 has shape {w_shape}), but X has shape {x_shape}.": (
        "第 1 层需要 {n} 个输入特征（W1 的形状是 {w_shape}），但 X 的形状是 {x_shape}。"
    ),
    # helpers.optimizers and helpers.gradcheck: what training and a gradient check tell the learner
    "The loss became {loss} at epoch {epoch}: the learning rate ({lr}) is probably too large. Try one ten times smaller.": (
        "损失在第 {epoch} 轮变成了 {loss}：学习率（{lr}）多半太大了。试试把它缩小到原来的十分之一。"
    ),
    "The loss became {loss} after the last epoch: the learning rate ({lr}) is probably too large. Try one ten times smaller.": (
        "最后一轮之后损失变成了 {loss}：学习率（{lr}）多半太大了。试试把它缩小到原来的十分之一。"
    ),
    "Gradient check passed (largest relative error {largest}; {parts})": "梯度检验通过（最大相对误差 {largest}；{parts}）",
    "Gradient check FAILED (largest relative error {largest}; {parts})": "梯度检验未通过（最大相对误差 {largest}；{parts}）",
    # helpers.plots: the words in the diagrams (draw_network, draw_factory_line, draw_neuron),
    # also the layer names of lesson 00's widget readout
    "input": "输入层",
    "output": "输出层",
    "hidden": "隐藏层",
    "hidden {i}": "隐藏层 {i}",
    "linear": "线性",
    # helpers.widgets: the frame every lesson widget shares
    "Question:": "问题：",
    "[Interactive widget: run this notebook in JupyterLab or on Binder to use it.]": (
        "交互部件：在 JupyterLab 或 Binder 中运行本笔记本即可使用。"
    ),
}
