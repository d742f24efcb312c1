"""Chinese for lesson 02, activation functions: the exercise checks (helpers.exercises.lesson02) and the widgets (helpers.widgets.activations)."""

ZH = {
    # helpers.exercises.lesson02, exercise 02.1: tanh from the sigmoid
    "a function tanh_via_sigmoid(z)": "一个函数 tanh_via_sigmoid(z)",
    "Stretch, then shift: tanh(z) = 2 * sigmoid(2 * z) - 1.": "先拉伸，再平移：tanh(z) = 2 * sigmoid(2 * z) - 1。",
    "Close: the sigmoid needs 2z inside, not z. Try act.sigmoid(2 * z).": (
        "差一点：sigmoid 里面要放 2z，不是 z。试试 act.sigmoid(2 * z)。"
    ),
    "Close: subtract 1 at the end, or the result lies in (0, 2).": "差一点：最后还要减 1，不然结果落在 (0, 2) 之间。",
    "Close: multiply the sigmoid by 2 before you subtract 1.": "差一点：先把 sigmoid 乘以 2，再减 1。",
    "The sign inside is flipped: use +2z, not -2z.": "括号里的正负号反了：要用 +2z，不是 −2z。",
    # exercise 02.2: which activation where
    "a dict such as {example}": "一个字典，比如 {example}",
    "Expected a dict {example}, got {kind}.": "这里需要一个字典 {example}，你给的是 {kind}。",
    "The dict needs the keys 'output' and 'hidden'; 'output' and 'hidden' missing.": (
        "字典里要有 'output' 和 'hidden' 两个键；这两个键都还没有。"
    ),
    "The dict needs the keys 'output' and 'hidden'; {name} missing.": "字典里要有 'output' 和 'hidden' 两个键；还缺 {name}。",
    "a name for {key}": "给 {key} 用的函数名",
    '"{choice}" is not the best choice for {where}.': "对{where}来说，“{choice}”不是最好的选择。",
    "the output layer of a yes/no classifier": "是/否分类器的输出层",
    "the hidden layers of a deep network": "深层网络的隐藏层",
    "ReLU's output can be any number >= 0, such as 7.3: not a probability.": (
        "ReLU 的输出可以是任何不小于 0 的数，比如 7.3，这不是概率。"
    ),
    "tanh gives numbers in (-1, 1); a probability must lie between 0 and 1.": (
        "tanh 的输出在 (−1, 1) 之间；而概率必须在 0 和 1 之间。"
    ),
    "Each sigmoid layer multiplies the gradient by at most 0.25: a deep stack of them starves the first layers.": (
        "每经过一层 sigmoid，梯度最多只剩原来的四分之一：叠上很多层以后，最前面的几层几乎收不到信号。"
    ),
    "tanh works, but its slope is below 1 away from z = 0, so in a deep network the "
    "gradient still shrinks layer by layer. Which slope stays at 1?": (
        "tanh 能用，但只要 z 离开 0，它的斜率就小于 1，所以在深层网络里，梯度还是会一层层变小。"
        "哪个函数的斜率能保持为 1？"
    ),
    "Sigmoid for a yes/no output, ReLU for the hidden layers of a deep network.": (
        "是/否输出用 sigmoid，深层网络的隐藏层用 ReLU。"
    ),
    # exercise 02.3: the sigmoid's slope
    "the slope as a number": "斜率（一个数）",
    "First s = sigmoid(-1), then s * (1 - s).": "先算 s = sigmoid(-1)，再算 s * (1 - s)。",
    "That is the value sigmoid(-1), not its slope. The slope is s * (1 - s).": (
        "这是函数值 sigmoid(-1)，不是它的斜率。斜率是 s * (1 - s)。"
    ),
    "You have 1 - s; multiply it by s as well.": "你算出的是 1 - s；还要再乘以 s。",
    "Put s = sigmoid(z) into s * (1 - s), not z itself.": "代入 s * (1 - s) 的应该是 s = sigmoid(z)，而不是 z 本身。",
    "0.25 is the slope at z = 0, the largest there is; at z = -1 it is smaller.": (
        "0.25 是 z = 0 处的斜率，也是最大的斜率；在 z = −1 处，斜率要小一些。"
    ),
    "The sigmoid only goes up, so its slope is never negative.": "sigmoid 只升不降，所以它的斜率永远不会是负数。",
    # exercise 02.4: layers until it vanishes
    "a whole number of layers": "层数（一个整数）",
    "Expected a whole number without quotes, got the text {text}.": "这里需要一个不带引号的整数，你给的是文字 {text}。",
    "Expected a whole number of layers, got {kind}.": "这里需要一个整数作为层数，你给的是 {kind}。",
    "Count the layers: a whole number such as 3.": "数一数层数：答案是一个整数，比如 3。",
    "{value:.3g} is not a whole number of layers.": "{value:.3g} 不是整数，而层数必须是整数。",
    "A network has whole layers: take the first whole n at which the product is below 0.001.": (
        "网络的层数总是整数：找出乘积第一次低于 0.001 时的那个整数 n。"
    ),
    "{n} layers: {slope:.3f}^{n} = {product:.6f}, below 0.001 for the first time "
    "({slope:.3f}^{m} = {previous:.4f} is not).": (
        "{n} 层：{slope:.3f}^{n} = {product:.6f}，第一次低于 0.001（{slope:.3f}^{m} = {previous:.4f} 还没有低于它）。"
    ),
    "{n} is one short.": "{n} 还差一层。",
    "{slope:.3f}^{n} = {product:.4f} is still above 0.001. One more layer.": (
        "{slope:.3f}^{n} = {product:.4f} 仍然高于 0.001。再加一层。"
    ),
    "{n} layers cannot shrink anything.": "{n} 层什么也缩小不了。",
    "Start from 1 and multiply by the slope once per layer.": "从 1 开始，每经过一层就乘一次斜率。",
    "{n} is not it: {slope:.3f}^{n} = {product:.3g}.": "{n} 不是正确答案：{slope:.3f}^{n} = {product:.3g}。",
    "First the slope, tanh'(1) = 1 - tanh(1)**2; then multiply by it, one layer at a time, "
    "until less than 0.001 is left.": (
        "先算斜率 tanh'(1) = 1 - tanh(1)**2；再一层一层地乘以它，直到剩下的不到 0.001。"
    ),
    # helpers.widgets.activations: activation_explorer
    "Where is the sigmoid's slope largest, and what is it? Then move z to 6: what happens to the slope? "
    "Switch to tanh and to ReLU and compare at z = 0, z = 2 and z = -2.": (
        "sigmoid 的斜率在哪里最大？最大是多少？再把 z 拖到 6：斜率变成了什么样？"
        "然后换成 tanh 和 ReLU，比较 z = 0、z = 2 和 z = −2 这三处的斜率。"
    ),
    "function f": "激活函数 f",
    "net input z": "净输入 z",
    "<b>{name}</b> at z = {z}: value {f_name} = {value}, slope {d_name} = {slope}. {meaning}": (
        "<b>{name}</b> 在 z = {z} 处：函数值 {f_name} = {value}，斜率 {d_name} = {slope}。{meaning}"
    ),
    "z = 0 is the corner: <code>helpers</code> takes the slope there as 0. "
    "Move z left and the output stays; move it right and the output follows.": (
        "z = 0 正好是拐角：<code>helpers</code> 在这里把斜率取作 0。z 往左挪，输出不动；往右挪，输出才跟着变。"
    ),
    "The curve is flat here: the output does not move when z moves, and no signal passes back.": (
        "这里的曲线是平的：z 怎么动，输出都不动，也没有任何信号能传回去。"
    ),
    "The curve is almost flat (saturated): nudging z by 0.1 moves the output by only about {change}.": (
        "这里的曲线几乎是平的（饱和）：z 挪动 0.1，输出只变化约 {change}。"
    ),
    "Nudging z by 0.1 moves the output by about {change}.": "z 挪动 0.1，输出大约变化 {change}。",
    # helpers.widgets.activations: vanishing_gradient_explorer
    "With w = 1: how many sigmoid layers shrink a gradient below one millionth, even at the best z? "
    "What changes with tanh, and with ReLU at a positive z or a negative one? "
    "Then set w = 8 with the sigmoid at z = 0.": (
        "先取 w = 1：即使 z 取最好的值，要多少层 sigmoid 才会让梯度低于百万分之一？"
        "换成 tanh 有什么变化？换成 ReLU，z 取正数和负数时又分别怎样？"
        "然后用 sigmoid、z = 0，把 w 调到 8。"
    ),
    "tangent": "切线",
    "gradient left  (w·f′(z))ⁿ": "剩下的梯度  (w·f′(z))ⁿ",
    "activation f": "激活函数 f",
    "net input z at every layer": "每一层的净输入 z",
    "layers n": "层数 n",
    "weight w at every layer": "每一层的权重 w",
    "Each {name} layer multiplies the gradient by w · {d_name} = {w} × {slope} = {factor}. {rest}": (
        "每经过一层 {name}，梯度都要乘以 w · {d_name} = {w} × {slope} = {factor}。{rest}"
    ),
    "{after}: the gradient grows at every layer, it <b>explodes</b>.": "{after}：梯度每经过一层都变大，它<b>爆炸</b>了。",
    "Each {name} layer multiplies the gradient by {d_name} = {slope}. {rest}": (
        "每经过一层 {name}，梯度都要乘以 {d_name} = {slope}。{rest}"
    ),
    "After 1 layer: {power} = {left}": "经过 1 层后：{power} = {left}",
    "After {n} layers: {power} = {left}": "经过 {n} 层后：{power} = {left}",
    "{after}. Nothing is left: the layers before get no signal at all.": "{after}。梯度一点不剩：前面的层完全收不到信号。",
    "{after}, <b>below one millionth</b>.": "{after}，<b>低于百万分之一</b>。",
    "{after}: the gradient passes back undiminished.": "{after}：梯度原封不动地传了回去。",
    "{after}, still above one millionth.": "{after}，仍然高于百万分之一。",
}
