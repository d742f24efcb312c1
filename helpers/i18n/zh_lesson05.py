"""Chinese for lesson 05 (backpropagation and gradient descent): the exercise checks, the descent widget and the
backprop step-through."""

ZH = {
    # helpers.exercises.lesson05
    # 05.1: one step by hand ("the new w (a number)" is shared with lesson 06 and written the same)
    "the new w (a number)": "更新后的 w（一个数）",
    "First the gradient: dL/dw = 2(w − 3) at w = 0.5. Then w_new = w − η × gradient.": (
        "先求梯度：在 w = 0.5 处，dL/dw = 2(w − 3)。再算 w_new = w − η × 梯度。"
    ),
    "You stepped uphill: the rule subtracts η × gradient. The gradient here is negative, so w must grow.": (
        "你往上坡走了：规则是减去 η × 梯度。这里的梯度是负的，所以 w 应该变大。"
    ),
    "Multiply the gradient by the learning rate η = 0.1 before you subtract it.": "减之前，先把梯度乘以学习率 η = 0.1。",
    "That is the gradient itself. Now use it: w_new = w − η × gradient.": (
        "这是梯度本身。接下来用它走一步：w_new = w − η × 梯度。"
    ),
    "The slope of (w − 3)² is 2(w − 3): keep the 2.": "(w − 3)² 的斜率是 2(w − 3)：别丢了那个 2。",
    # 05.2: a steeper valley
    "Take one step by hand: the slope at w = 0 is 10 × (0 − 3) = −30, so w_1 = 0 − 0.3 × (−30).": (
        "亲手走一步：w = 0 处的斜率是 10 × (0 − 3) = −30，所以 w_1 = 0 − 0.3 × (−30)。"
    ),
    'one of "crawl", "converge", "overshoot", "oscillate", "diverge"': "这几个词之一：爬行、收敛、冲过头、振荡、发散",
    "η = 0.3 converged on the first valley, but this one is five times as steep. {step}": (
        "η = 0.3 在第一个山谷里能收敛，但这个山谷的陡度是原来的五倍。{step}"
    ),
    "A crawl needs tiny steps. Here the slope is large. {step}": "爬行要求步子很小，可这里的斜率很大。{step}",
    "It does jump to the other side. Is the new gap to w = 3 smaller or larger than 3?": (
        "它确实跳到了另一侧。跳过去以后，离 w = 3 的差距比原来的 3 小，还是大？"
    ),
    "Oscillating needs the gap to stay exactly the same size. Compute the gap after one step.": (
        "振荡要求差距的大小一直不变。算一算走一步之后的差距。"
    ),
    # 05.3: the slope of cross-entropy with respect to z
    "a function bce_slope_z(z, y)": "一个函数 bce_slope_z(z, y)",
    "Compute a = sigmoid(z) first. The cross-entropy part of section 5 ends with dL/dz written with just a and y.": (
        "先算 a = sigmoid(z)。第 5 节讲交叉熵的部分，最后只用 a 和 y 就写出了 dL/dz。"
    ),
    "The sign is flipped: the slope is a − y (prediction minus label), not y − a.": (
        "符号反了：斜率是 a − y（预测值减标签），不是 y − a。"
    ),
    "Apply the sigmoid first: a = sigmoid(z), and the slope is a − y.": "先套上 sigmoid：a = sigmoid(z)，斜率是 a − y。",
    "That is the slope for half the squared error, which keeps the factor a(1 − a). With cross-entropy that factor cancels: the slope is a − y.": (
        "这是用半均方误差作损失时的斜率，里面带着因子 a(1 − a)。换成交叉熵，这个因子会被约掉：斜率就是 a − y。"
    ),
    "That is dL/da, the first link only. Multiply it by da/dz = a(1 − a), or use the simplified a − y.": (
        "这只是第一环 dL/da。把它乘以 da/dz = a(1 − a)，或者直接用化简后的 a − y。"
    ),
    "That is da/dz, the sigmoid's link only. Multiply it by dL/da, or use the simplified a − y.": (
        "这只是 sigmoid 那一环 da/dz。把它乘以 dL/da，或者直接用化简后的 a − y。"
    ),
    # 05.4: repair a backward pass
    "my_backward, the name of your function": "你的函数名 my_backward",
    "Run the cell and read the error.": "运行这个单元格，读一读报错信息。",
    "the body of my_backward (it returns nothing yet)": "函数 my_backward 里的代码（它现在还什么都不返回）",
    'my_backward should return a dict {{"W1": ..., "b1": ..., ...}}, got {kind}.': (
        'my_backward 应当返回一个字典 {{"W1": ..., "b1": ..., ...}}，你的函数返回了 {kind}。'
    ),
    "The returned dict has no gradient for {names}.": "返回的字典里缺少这些参数的梯度：{names}。",
    "The gradient for {key} has shape {shape}, but {key} has shape {expected}.": (
        "{key} 的梯度形状是 {shape}，但 {key} 本身的形状是 {expected}。"
    ),
    "Every gradient has the shape of its parameter. Check the order of the matrix product (A.T @ delta) and keepdims=True in the bias sums.": (
        "每个梯度都和它的参数形状相同。检查矩阵乘法的顺序（A.T @ delta），以及偏置求和时有没有写 keepdims=True。"
    ),
    "{names}, {name}": "{names}、{name}",  # a list of parameter names: W1、b1
    "The gradient check fails for {names} (relative errors {detail}).{also}": (
        "梯度检验在 {names} 上没有通过（相对误差 {detail}）。{also}"
    ),
    " {names} pass.": "{names} 通过了。",
    "Every gradient is off by the same relative error: all of them are scaled by one factor. Look for a division by m that happens twice, or one that is missing.": (
        "所有梯度的相对误差都一样：它们都被同一个因子放大或缩小了。找一找是不是除以 m 除了两次，或者漏掉了一次。"
    ),
    "The output layer (W2, b2) is right, so the mistake is where the error travels back to the hidden layer. Compare delta_hidden with the formula: which factor of the chain is missing?": (
        "输出层（W2、b2）是对的，所以错误出在误差项传回隐藏层的那一步。"
        "把 delta_hidden 和公式对照一下：链条里少了哪个因子？"
    ),
    "Only biases fail: each bias gradient is the sum of its layer's delta over the samples (axis=0).": (
        "只有偏置没通过：每个偏置的梯度，是这一层的 delta 对所有样本求和（axis=0）。"
    ),
    "Compare each line with the formulas for delta_out, delta_hidden, dW and db in the lesson.": (
        "把每一行和课里 delta_out、delta_hidden、dW、db 的公式逐一对照。"
    ),
    "Your backward pass passes the gradient check on two small networks (every relative error below 1e{exponent}).": (
        "你的反向传播在两个小网络上都通过了梯度检验（每个相对误差都低于 1e{exponent}）。"
    ),
    # helpers.gradcheck: the result's parts, "W1: 6.7e-01, b1: 6.7e-01" (its two sentences are in zh_common)
    "{name}: {error:.1e}": "{name}：{error:.1e}",
    "{earlier}, {part}": "{earlier}，{part}",
    # helpers.widgets.descent: the descent explorer
    "Find the largest learning rate that still converges. What happens just above it?": (
        "找出仍能收敛的最大学习率。比它稍大一点时，会发生什么？"
    ),
    # the regimes: their names (the code and exercise 05.2 use the English words), the panel titles, the readout
    "crawl": "爬行",
    "converge": "收敛",
    "overshoot": "冲过头",
    "oscillate": "振荡",
    "diverge": "发散",
    "η = {lr:g}: {regime}": "η = {lr:g}：{regime}",
    "every step goes the right way, but covers less than a tenth of the remaining gap": (
        "每一步方向都对，但走过的路不到剩余差距的十分之一"
    ),
    "w walks down one side of the valley and settles at the bottom": "w 沿着山谷的一侧走下去，最后停在谷底",
    "w jumps past the bottom every step, but each jump is shorter, so it still converges": (
        "w 每一步都跳过谷底，但一次比一次跳得短，所以仍然收敛"
    ),
    "w jumps between the same two points for ever; the loss never goes down": (
        "w 在同样的两个点之间来回跳，永不停止；损失一点也不下降"
    ),
    "every jump lands farther from the bottom, so the loss grows without limit": (
        "每一跳都落得离谷底更远，所以损失会无限增大"
    ),
    "<b>Regime: {regime}</b>: {meaning}.": "<b>情形：{regime}</b>，{meaning}。",
    " (the minus sign means w lands on the other side of the bottom)": "（负号表示 w 落到了谷底的另一侧）",
    "the gap to the bottom grew from {start} to {end}": "离谷底的差距从 {start} 增大到了 {end}",
    "the gap to the bottom is still what it was at the start": "离谷底的差距仍然和起点时一样",
    "the gap to the bottom has shrunk by {percent:.1f}%": "离谷底的差距缩小了 {percent:.1f}%",
    " The path leaves the picture at step {step}.": "路径在第 {step} 步跑出了画面。",
    "Black dot: the start. The end lies outside the picture.": "黑点：起点。终点在画面之外。",
    "Black dot: the start. Red dot: where w ends.": "黑点：起点。红点：w 最后停下的位置。",
    "<b>η = {lr}</b>, {steps} step. Each step multiplies the gap w − 3 by <b>{factor}</b>{side}.": (
        "<b>η = {lr}</b>，走 {steps} 步。每一步都把差距 w − 3 乘以 <b>{factor}</b>{side}。"
    ),
    "<b>η = {lr}</b>, {steps} steps. Each step multiplies the gap w − 3 by <b>{factor}</b>{side}.": (
        "<b>η = {lr}</b>，走 {steps} 步。每一步都把差距 w − 3 乘以 <b>{factor}</b>{side}。"
    ),
    "After {steps} step: w = {w}, loss = {loss} (lowest possible {floor}); {progress}.{left}": (
        "走完 {steps} 步后：w = {w}，损失 = {loss}（最低可能是 {floor}）；{progress}。{left}"
    ),
    "After {steps} steps: w = {w}, loss = {loss} (lowest possible {floor}); {progress}.{left}": (
        "走完 {steps} 步后：w = {w}，损失 = {loss}（最低可能是 {floor}）；{progress}。{left}"
    ),
    "learning rate η": "学习率 η",  # shared with lesson 06, written the same
    "steps": "步数",
    # helpers.widgets.backprop: one house through the network, one computation per click
    "Click Next ▶ until every gradient is computed. Which gradients are exactly 0, and why?": (
        "一直点“下一步 ▶”，直到每个梯度都算出来。哪些梯度正好是 0？为什么？"
    ),
    "step": "步骤",
    "linear": "线性",  # the output's activation, written under it in the diagram
    "◀ Back": "◀ 上一步",
    "Next ▶": "下一步 ▶",
    "start": "开始",
    "forward pass": "前向传播",
    "backward pass": "反向传播",
    "Step {k} of {n}": "第 {k} 步（共 {n} 步）",
    "The house enters: area x₁ = {x1} and location x₂ = {x2} (both standardised); its price is y = {y}. Press Next ▶ to run the network forward.": (
        "房子进入网络：面积 x₁ = {x1}，地段 x₂ = {x2}（都已标准化）；它的价格是 y = {y}。"
        "点“下一步 ▶”，让网络往前算。"
    ),
    "Hidden unit h{j}: add up its weighted inputs and its bias, then apply ReLU.": (
        "隐藏单元 h{j}：把加权后的输入和偏置加起来，再套上 ReLU。"
    ),
    "z{j} is negative, so ReLU outputs 0: h{j} is switched off.": "z{j} 是负的，所以 ReLU 输出 0：h{j} 关掉了。",
    "The output adds up the hidden outputs, each times its weight v, plus the bias c.": (
        "输出层把每个隐藏单元的输出乘以各自的权重 v，加起来，再加上偏置 c。"
    ),
    "The loss: half the squared miss. The forward pass is done; now the errors go back.": (
        "损失：半均方误差，也就是误差平方的一半。前向传播到此结束；接下来误差项往回传。"
    ),
    "The output's error term: how fast L changes when ŷ changes. A positive value means ŷ is too high.": (
        "输出的误差项：ŷ 变化时，L 变化得有多快。它为正，说明 ŷ 偏高了。"
    ),
    "The weight v{j} multiplies a{j}, so its gradient is δ<sub>out</sub> times a{j}.": (
        "权重 v{j} 乘的是 a{j}，所以它的梯度是 δ<sub>out</sub> 乘以 a{j}。"
    ),
    "a{j} = 0, so this gradient is 0.": "a{j} = 0，所以这个梯度是 0。",
    "The bias c works like a weight whose input is always 1.": "偏置 c 就像一个输入永远是 1 的权重。",
    "The error term travels back along v{j} and through the ReLU of h{j}.": (
        "误差项沿着 v{j} 往回传，再穿过 h{j} 的 ReLU。"
    ),
    "z{j} is negative, so the ReLU's slope is 0: no error gets back to h{j}.": (
        "z{j} 是负的，所以 ReLU 的斜率是 0：没有误差项能传回 h{j}。"
    ),
    "Each weight into h{j} multiplies one input, so its gradient is that input times δ{j}; the bias b{j} gets δ{j} itself.": (
        "通往 h{j} 的每个权重各乘一个输入，所以它的梯度是这个输入乘以 δ{j}；偏置 b{j} 的梯度就是 δ{j} 本身。"
    ),
    "Done: you have seen every gradient of the network computed once.": "完成：网络里的每个梯度，你都看着它算了一遍。",
}
