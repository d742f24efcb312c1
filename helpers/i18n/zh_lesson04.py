"""Chinese for lesson 04, loss functions: its exercise checks and the loss explorer widget."""

ZH = {
    # helpers.exercises.lesson04, 04.1 the mean squared error of a forecast
    "a number (the mean squared error)": "一个数（均方误差）",
    "That is the sum of the squared errors. Divide it by m, the number of days.": "这是误差平方的总和，还要除以天数 m。",
    "That is half of it: the 1/(2m) version. This exercise asks for 1/m.": "这只是正确答案的一半，也就是 1/(2m) 的版本。这道练习要的是 1/m。",
    "The errors were averaged before they were squared, so +2, +1 and -3 cancel out. Square each error first, then average.": (
        "你先对误差求了平均再平方，所以 +2、+1 和 −3 互相抵消了。应该先把每个误差平方，再求平均。"
    ),
    "That is the average size of the errors. Square each error, then average.": "这是误差大小（绝对值）的平均。应该把每个误差平方，再求平均。",
    "You took a square root at the end. The loss stops at the mean.": "你最后多开了一次平方根。损失算到平均值就行了，不用再开方。",
    "Errors ŷ - y: {errors}. Square each one, add them up, divide by m = {m}.": (
        "误差 ŷ − y 分别是：{errors}。把每个误差平方，加起来，再除以 m = {m}。"
    ),
    # 04.2 the cross-entropy of four photos
    "a number (the cross-entropy)": "一个数（交叉熵）",
    "The result is negative: the minus sign in front of the formula is missing. A log of a number below 1 is negative, and the minus makes the loss positive.": (
        "结果是负的：公式前面的负号漏掉了。小于 1 的数取对数是负数，前面的负号让损失变成正数。"
    ),
    "That is the sum over the four photos. Divide it by m = 4.": "这是四张照片加起来的总和，还要除以 m = 4。",
    "Only the y log ŷ part is there, so the two dogs count for nothing. Add (1 - y) log(1 - ŷ) for each photo.": (
        "这里只有 y log ŷ 这一项，所以两只狗完全没被算进去。每张照片还要加上 (1 − y) log(1 − ŷ)。"
    ),
    "You used log ŷ for every photo. For a dog (y = 0) the loss is -log(1 - ŷ).": (
        "你对每张照片都用了 log ŷ。对狗（y = 0）来说，损失是 −log(1 − ŷ)。"
    ),
    "That is the base-10 logarithm. Use the natural logarithm, np.log.": "这是以 10 为底的对数。请用自然对数 np.log。",
    "That is the mean squared error. This exercise asks for the cross-entropy.": "这是均方误差。这道练习要的是交叉熵。",
    "y and ŷ swapped places. The log is taken of the predictions ŷ, and the labels y decide which term counts. In helpers the prediction comes first: binary_cross_entropy(y_hat, y).": (
        "y 和 ŷ 的位置弄反了。对数要对预测值 ŷ 取，标签 y 只决定哪一项起作用。"
        "在 helpers 里，预测值总是写在前面：binary_cross_entropy(y_hat, y)。"
    ),
    "A log of 0 slipped in. Did you swap y and ŷ? The log is taken of the predictions ŷ, never of the labels y, which are exactly 0 or 1.": (
        "计算里混进了 log 0。是不是把 y 和 ŷ 弄反了？对数要对预测值 ŷ 取，绝不能对标签 y 取，因为标签正好是 0 或 1。"
    ),
    "Per photo: -log ŷ for a cat (y = 1), -log(1 - ŷ) for a dog (y = 0). Then average the four.": (
        "一张一张算：猫（y = 1）用 −log ŷ，狗（y = 0）用 −log(1 − ŷ)。然后对这四个数求平均。"
    ),
    # 04.3 which loss for which task
    "This answer is a number that can take any value, not a yes/no. Cross-entropy needs targets of exactly 0 or 1 and predictions between 0 and 1.": (
        "这个任务的答案是一个可以取任意值的数，不是“是/否”。交叉熵要求标签正好是 0 或 1，预测值在 0 和 1 之间。"
    ),
    "This answer is yes or no (1 or 0), and the network outputs a probability. Cross-entropy is made for that: it punishes a confident wrong answer far harder than the squared error.": (
        "这个任务的答案是“是”或“否”（1 或 0），网络输出的是一个概率。交叉熵正是为这种情况设计的："
        "网络很有把握却答错时，它的惩罚比平方误差重得多。"
    ),
    "the dictionary of choices": "一个字典，为每个任务填上选好的损失函数名",
    "Expected a dictionary {{task: loss}}, got {kind}.": "这里需要一个字典 {{任务: 损失函数}}，你给的是{kind}。",
    "The dictionary has no entry for {tasks}.": "字典里缺少这些键：{tasks}。",
    "{names}, {name}": "{names}、{name}",  # a list of names: 'spam'、'temperature' (as in zh_lesson05)
    "Keep the four keys {keys} and fill in a loss name for each.": "保留 {keys} 这四个键，并给每个键填上一个损失函数的名字。",
    "a loss name in quotes for each task": "每个任务对应的损失函数名（放在引号里）",
    "a loss name in quotes for {tasks}": "给 {tasks} 选的损失函数名（放在引号里）",
    "Numbers that can be anything: mse. Yes/no answers: binary_cross_entropy.": (
        "可以取任意值的数用 mse，“是/否”的答案用 binary_cross_entropy。"
    ),
    # 04.4 the slope of the half MSE for one house
    "a number (the slope for house 1)": "一个数（房子 1 的斜率）",
    "That is ŷ - y for house 1, not yet divided by m. The loss averages over m = {m} houses.": (
        "这是房子 1 的 ŷ − y，还没有除以 m。损失是对 m = {m} 套房子求的平均。"
    ),
    "The sign is flipped: the slope is (ŷ - y) / m, prediction minus target. The prediction is too low, so raising it lowers the loss: the slope is negative.": (
        "符号反了：斜率是 (ŷ − y) / m，即预测值减真实值。这里预测偏低，把它调高会让损失变小，所以斜率是负的。"
    ),
    "That is the slope of the mean squared error without the 1/2. With the 1/2 the 2 of the square cancels.": (
        "这是不带 1/2 的均方误差的斜率。带上 1/2 以后，平方求导带出的 2 正好被约掉。"
    ),
    "That is the slope of (ŷ - y)² for one house. Use the half version and divide by m.": (
        "这是单套房子 (ŷ − y)² 的斜率。请用半均方误差（带 1/2 的版本），并除以 m。"
    ),
    "That averages the errors of all houses. Only house 1's own error changes when house 1's prediction moves.": (
        "这是把所有房子的误差求了平均。房子 1 的预测变化时，只有房子 1 自己的误差会跟着变。"
    ),
    "That is house 1's share of the loss, not its slope.": "这是房子 1 在损失里占的那一份，不是它的斜率。",
    "The slope of half_mse with respect to ŷ₁ is (ŷ₁ - y₁) / m, with m = {m}.": (
        "半均方误差 half_mse 对 ŷ₁ 的斜率是 (ŷ₁ − y₁) / m，这里 m = {m}。"
    ),
    # helpers.widgets.losses: the loss explorer
    "Set y = 1 and slide ŷ towards 0. At which ŷ does the cross-entropy pass 2? How big is the squared error there? Then try ŷ = 0 exactly.": (
        "选 y = 1，把 ŷ 往 0 拖。ŷ 到多少时，交叉熵超过 2？这时平方误差有多大？最后试试 ŷ 正好等于 0。"
    ),
    "prediction ŷ": "预测 ŷ",
    "target y": "标签 y",
    "y = 1 (cat)": "y = 1（猫）",
    "y = 0 (dog)": "y = 0（狗）",
    "cat": "猫",
    "squared error": "平方误差",
    "cross-entropy": "交叉熵",
    "dog": "狗",
    "Target y = {y} ({animal}), prediction ŷ = {y_hat:.2f}. Squared error (ŷ − y)² = <b>{sq:.3f}</b>. Cross-entropy = <b>{ce:.3f}</b>.": (
        "标签 y = {y}（{animal}），预测 ŷ = {y_hat:.2f}。平方误差 (ŷ − y)² = <b>{sq:.3f}</b>。交叉熵 = <b>{ce:.3f}</b>。"
    ),
    "The prediction gives the true answer ({animal}) a probability of exactly 0: log(0) would be −∞, so the helper clips ŷ to stay {epsilon} away from 0 and 1, and the loss is large but finite.": (
        "预测给正确答案（{animal}）的概率正好是 0：log(0) 会是 −∞，所以 helpers 里的函数先截断 ŷ，"
        "让它离 0 和 1 至少 {epsilon}。这样损失很大，但仍是一个有限的数。"
    ),
    "The prediction is right and completely sure ({p_text} = 1): both losses are 0.": (
        "预测对了，而且百分之百确定（{p_text} = 1）：两种损失都是 0。"
    ),
    "The prediction gives the true answer ({animal}) a probability of {p_text} = {p:.2f} (right); cross-entropy is −log of that probability.": (
        "预测给正确答案（{animal}）的概率是 {p_text} = {p:.2f}（判断对了）；交叉熵就是对这个概率取 −log。"
    ),
    "The prediction gives the true answer ({animal}) a probability of {p_text} = {p:.2f} (undecided); cross-entropy is −log of that probability.": (
        "预测给正确答案（{animal}）的概率是 {p_text} = {p:.2f}（拿不定主意）；交叉熵就是对这个概率取 −log。"
    ),
    "The prediction gives the true answer ({animal}) a probability of {p_text} = {p:.2f} (wrong); cross-entropy is −log of that probability.": (
        "预测给正确答案（{animal}）的概率是 {p_text} = {p:.2f}（判断错了）；交叉熵就是对这个概率取 −log。"
    ),
    # the readout's two parts; Chinese puts no space between sentences
    "{numbers} {meaning}": "{numbers}{meaning}",
}
