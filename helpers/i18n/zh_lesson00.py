"""Chinese for lesson 00 (start here): the network-builder widget and the exercise checks."""

ZH = {
    # helpers.widgets.start: controls, question and readout of network_builder()
    "regression (predict a number)": "回归（预测一个数）",
    "binary classification (yes / no)": "二分类（是 / 否）",
    "multi-class (one of k classes)": "多分类（从 k 类中选一类）",
    "How many parameters does a network need to read a 28 x 28 pixel image (784 inputs) "
    "with one hidden layer of 128 units and tell the 10 digits apart? Set it up and read the count. "
    "Tip: click the number beside a slider to type a value.": (
        "一个网络读入 28 × 28 像素的图片（784 个输入），有一个 128 个单元的隐藏层，要分辨 10 个数字，"
        "它需要多少个参数？在下面设置好，读出参数个数。小技巧：点一下滑块旁边的数字，就能直接输入数值。"
    ),
    "input features": "输入特征数",
    "hidden layers": "隐藏层数",
    "units per hidden layer": "每个隐藏层的单元数",
    "task": "任务",
    "classes k (multi-class only)": "类别数 k（仅多分类）",
    "{n:,} weight": "{n:,} 个权重",
    "{n:,} weights": "{n:,} 个权重",
    "{n:,} bias": "{n:,} 个偏置",
    "{n:,} biases": "{n:,} 个偏置",
    "no hidden layer": "没有隐藏层",
    "{n} hidden layer": "{n} 个隐藏层",
    "{n} hidden layers": "{n} 个隐藏层",
    "1 output node: the predicted number": "1 个输出节点：预测出的那个数",
    "1 output node: how likely the answer is yes": "1 个输出节点：答案是“是”的可能性有多大",
    "{n} output nodes: one score per class": "{n} 个输出节点：每一类一个分数",
    "<b>Layer sizes:</b> {arrow} ({hidden}; {outputs}).": "<b>各层大小：</b>{arrow}（{hidden}；{outputs}）。",
    "<b>Parameters: {total:,}</b> ({weights} + {biases}).": "<b>参数：共 {total:,} 个</b>（{weights} + {biases}）。",
    # helpers.exercises.lesson00: exercise 00.1, counting parameters
    "the number of parameters (a whole number)": "参数的个数（一个整数）",
    "Add, for each pair of neighbouring layers: (nodes before x nodes after) weights + (nodes after) biases.": (
        "每两个相邻的层之间有（前一层节点数 × 后一层节点数）个权重，后一层还有（后一层节点数）个偏置；把这些全部加起来。"
    ),
    "That counts the weights (the connections). Every hidden and output node also has a bias.": (
        "这只数了权重（也就是连接）。每个隐藏节点和输出节点还各有一个偏置。"
    ),
    "Input nodes have no bias: they only hold the data. Count biases for hidden and output nodes only.": (
        "输入节点没有偏置：它们只负责存放数据。偏置只算隐藏节点和输出节点的。"
    ),
    "That is the number of nodes. Parameters are the weights on the connections plus the biases.": (
        "这是节点的个数。参数指的是连接上的权重，再加上偏置。"
    ),
    "That counts the biases only. Add one weight for every connection.": "这只数了偏置。每条连接还有一个权重，也要加上。",
    # helpers.exercises.lesson00: exercises 00.2 and 00.3, node counts
    "the two numbers (input_nodes, output_nodes)": "两个数 (input_nodes, output_nodes)",
    "Expected a pair of whole numbers in brackets, like (5, 2), got {kind}: {answer!r:.40}.": (
        "这里需要写在括号里的两个整数，比如 (5, 2)；你给的是{kind}：{answer!r:.40}。"
    ),
    "Write nodes = (input_nodes, output_nodes).": "请写成 nodes = (input_nodes, output_nodes)。",
    "Both entries must be whole numbers, got {entry!r:.40}.": "两个数都必须是整数，你给的是 {entry!r:.40}。",
    "A layer has a whole number of nodes, got {entry!r}.": "一层的节点数只能是整数，你给的是 {entry!r}。",
    "({n_in}, {n_out}) has the two numbers swapped.": "({n_in}, {n_out}) 把两个数的顺序写反了。",
    "The input count comes first.": "输入节点数写在前面。",
    "({n_in}, {n_out}) is right: one input node per feature, one output node for the price.": (
        "({n_in}, {n_out})。每个特征一个输入节点，价格用一个输出节点。"
    ),
    "{n} input nodes is not it.": "输入节点不是 {n} 个。",
    "One input node per input feature: count the facts you know about each house.": (
        "一个输入特征对应一个输入节点：数一数，每套房子你知道哪几项信息？"
    ),
    "{n} output nodes is not it.": "输出节点不是 {n} 个。",
    "One output node per number you want to predict.": "要预测几个数，就要几个输出节点。",
    "({n_in}, {n_out}) is right: one input node per pixel, one output node per animal.": (
        "({n_in}, {n_out})。每个像素一个输入节点，每种动物一个输出节点。"
    ),
    "A grey image has one number per pixel, and the image is 64 pixels wide AND 64 pixels high.": (
        "灰度图片每个像素是一个数；这张图片宽 64 像素，高也是 64 像素，两个方向都要算上。"
    ),
    "Each pixel is one input feature: how many pixels does a 64 x 64 image have?": (
        "每个像素是一个输入特征：一张 64 × 64 的图片有多少个像素？"
    ),
    "One output node is enough for a yes/no answer, but here there are 10 animals to tell apart.": (
        "回答“是/否”的问题，一个输出节点就够了；可这里要分辨 10 种动物。"
    ),
    "Give the network one output node per class (per animal).": "每一类（每种动物）给网络一个输出节点。",
}
