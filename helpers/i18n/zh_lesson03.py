"""Chinese for lesson 03, the forward pass: its widget (helpers.widgets.forward) and its checks."""

ZH = {
    # helpers.widgets.forward: the forward explorer
    "Start from the dog (x₁ = 3, x₂ = 6). Move x₁ (ear pointiness) up until the network changes its mind from dog to cat. At about which x₁ does that happen, and which hidden neuron switched on just before?": (
        "从那只狗开始（x₁ = 3，x₂ = 6）。把 x₁（耳朵有多尖）慢慢调大，直到网络改口，从“狗”变成“猫”。"
        "大约在 x₁ 等于多少时改口？在这之前刚刚打开的是哪个隐藏神经元？"
    ),
    "cat": "猫",
    "dog": "狗",
    "none": "没有",
    "hidden (ReLU)": "隐藏层（ReLU）",
    "output (sigmoid)": "输出层（sigmoid）",
    "Hidden neurons switched on (a &gt; 0): {on}. Probability of cat ŷ = {p} {compare} 0.5, so the network says {label}.": (
        "打开的隐藏神经元（a &gt; 0）：{on}。是猫的概率 ŷ = {p} {compare} 0.5，所以网络的回答是：{label}。"
    ),
    "x₁ (ears)": "x₁（耳朵）",
    "x₂ (snout)": "x₂（鼻子）",
    "weight x₁ → h₁": "权重 x₁ → h₁",
    "output bias b": "输出偏置 b",
    # helpers.exercises.lesson03: shapes (exercises 03.1 and 03.4)
    "a shape such as (2, 3)": "形如 (2, 3) 的形状",
    "Expected a shape: a tuple of whole numbers such as (2, 3), got {kind}: {value}.": (
        "这里需要一个形状：由整数组成的元组，比如 (2, 3)；你给的是{kind}：{value}。"
    ),
    "Both sizes must be whole numbers; you gave {entry}.": "两个大小都必须是整数，你给的是 {entry}。",
    "Every size must be a whole number; you gave {entry}.": "每个大小都必须是整数，你给的是 {entry}。",
    "Write the sizes without a decimal point, such as (2, 3).": "大小不要带小数点，写成 (2, 3) 这样。",
    "This wants one row, shape (1, 3): write [[a1, a2, a3]], or use .reshape(1, -1).": (
        "这里要的是一行 (1, 3)：写成 [[a1, a2, a3]]，或者用 .reshape(1, -1)。"
    ),
    "Write the two sizes in round brackets, separated by a comma: (rows, columns).": (
        "把两个大小写在圆括号里，中间用英文逗号隔开：(行数, 列数)。"
    ),
    "{shape} has {n} number(s); this array has {dims} dimensions.": "{shape} 里有 {n} 个数，而这个数组有 {dims} 个维度。",
    "An array here has rows and columns: write (rows, columns).": "这里的数组既有行又有列：请写成 (行数, 列数)。",
    "Rows come first, then columns.": "先写行数，再写列数。",
    "That is W1 transposed. W1 has one row per input and one column per hidden neuron, so that x @ W1 works: (1, inputs) @ (inputs, hidden).": (
        "这是 W1 转置后的形状。W1 每个输入占一行，每个隐藏神经元占一列，"
        "这样 x @ W1 才能算：(1, 输入数) @ (输入数, 隐藏神经元数)。"
    ),
    "That is the shape of b1 (and of the hidden layer's output for one sample), not of W1.": (
        "这是 b1 的形状（也是单个样本经过隐藏层后的输出形状），不是 W1 的。"
    ),
    "W1 connects the inputs to the hidden layer, not to the output.": "W1 连接的是输入和隐藏层，不是输入和输出。",
    "Rows are samples: each of the 50 animals keeps its own row, and the output layer has one column.": (
        "每一行是一个样本：50 只动物各占一行，而输出层只有一列。"
    ),
    "forward keeps two dimensions: (rows, columns), even with one column.": (
        "forward 的结果总是两个维度：(行数, 列数)，只有一列时也一样。"
    ),
    "That is the shape of the hidden layer's output. The output layer has one node.": (
        "这是隐藏层输出的形状。输出层只有一个节点。"
    ),
    "That is the shape of the input X. Follow the shapes through both layers.": "这是输入 X 的形状。请一层一层地推算形状，两层都要算。",
    "(1, 1) is the output for one animal. With 50 animals there is one row per animal.": (
        "(1, 1) 是一只动物的输出。有 50 只动物时，每只动物占一行。"
    ),
    # helpers.exercises.lesson03: exercise 03.2, a forward pass in two lines
    "your function forward_two_layers": "你的函数 forward_two_layers",
    "Hidden layer: a1 = relu(x @ W1 + b1). Output: sigmoid(a1 @ W2 + b2).": (
        "隐藏层：a1 = relu(x @ W1 + b1)。输出层：sigmoid(a1 @ W2 + b2)。"
    ),
    "The hidden layer uses sigmoid. In this network the hidden layer uses relu; only the output uses sigmoid.": (
        "你的隐藏层用了 sigmoid。这个网络的隐藏层用 relu，只有输出层用 sigmoid。"
    ),
    "The hidden layer has no activation. Apply relu to x @ W1 + b1 before you pass it on.": (
        "你的隐藏层没有激活函数。先对 x @ W1 + b1 用 relu，再把结果往下传。"
    ),
    "The output uses relu. The output layer uses sigmoid, so that y_hat is a probability between 0 and 1.": (
        "你的输出层用了 relu。输出层要用 sigmoid，这样 y_hat 才是 0 到 1 之间的概率。"
    ),
    "The biases are missing. Add b1 in the hidden layer and b2 in the output layer.": (
        "缺了偏置。在隐藏层加上 b1，在输出层加上 b2。"
    ),
    "b2 is missing. Add it to the output layer's weighted sum, before sigmoid.": (
        "缺了 b2。在用 sigmoid 之前，把它加到输出层的加权和上。"
    ),
    "b1 is missing. Add it to the hidden layer's weighted sum, before relu.": (
        "缺了 b1。在用 relu 之前，把它加到隐藏层的加权和上。"
    ),
    # helpers.exercises.lesson03: exercise 03.3, hidden outputs by hand
    "the three numbers a1, a2, a3": "三个数 a1、a2、a3",
    "Keep the row: x has shape (1, 2), so x @ W1 + b1 has shape (1, 3). Write the numbers inside double brackets, [[..., ..., ...]].": (
        "要保留“行”：x 的形状是 (1, 2)，所以 x @ W1 + b1 的形状是 (1, 3)。把数写在两层方括号里：[[..., ..., ...]]。"
    ),
    "These are the net inputs z, not the outputs a.": "这些是净输入 z，不是输出 a。",
    "You forgot ReLU: every negative z becomes 0.": "你忘了 ReLU：每个负的 z 都要变成 0。",
    "The biases are missing.": "缺了偏置。",
    "Add b1 to the weighted sums before ReLU.": "在用 ReLU 之前，把 b1 加到加权和上。",
    "an array of shape (1, 3)": "形状为 (1, 3) 的数组",
    "Neuron j: z_j = W1[0, j] * x1 + W1[1, j] * x2 + b1[0, j], then a_j = max(0, z_j).": (
        "第 j 个神经元：z_j = W1[0, j] * x1 + W1[1, j] * x2 + b1[0, j]，然后 a_j = max(0, z_j)。"
    ),
}
