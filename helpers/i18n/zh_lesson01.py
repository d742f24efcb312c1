"""Chinese for lesson 01, the neuron: the exercise checks (helpers.exercises.lesson01) and the widget (helpers.widgets.neuron)."""

ZH = {
    # helpers.exercises.lesson01, exercise 01.1: one house by hand
    "numbers for z and a": "你算出的 z 和 a",
    "numbers for both z and a": "你算出的 z 和 a（两个都要填）",
    "Expected two numbers, (z, a); got {kind}.": "这里需要两个数，写成 (z, a)；你给的是{kind}。",
    "Keep the last line as check_house_neuron((z, a)).": "最后一行请保持为 check_house_neuron((z, a))。",
    "z and a must each be one number.": "z 和 a 各自都必须是一个数。",
    "z = {z:g} is not it.": "z = {z:g} 不是正确答案。",
    "You left out the bias: add b = 20 after the two products.": "你漏掉了偏置。两个乘积算完后，还要加上 b = 20。",
    "Each weight belongs to its own input: w1 = 1.2 goes with the area x1 = 50, w2 = 5 with the location score x2 = 6.": (
        "每个权重只配它自己的那个输入。w1 = 1.2 乘面积 x1 = 50，w2 = 5 乘地段评分 x2 = 6。"
    ),
    "Work it out in three parts: w1 * x1, then w2 * x2, then add both and b.": (
        "分三步算。先算 w1 * x1，再算 w2 * x2，最后把这两个数和 b 加起来。"
    ),
    "z = {z:g} is right, but a = {a:g} is not.": "z = {z:g} 是对的，但 a = {a:g} 不对。",
    "ReLU keeps a positive z as it is and turns a negative z into 0: a = max(0, z).": (
        "ReLU 让正的 z 保持不变，把负的 z 变成 0，也就是 a = max(0, z)。"
    ),
    "z = {z:g} and a = ReLU(z) = {a:g}.": "z = {z:g}，a = ReLU(z) = {a:g}，两个都对。",
    # exercise 01.2: a neuron as a function
    "a function neuron(x, w, b)": "一个函数 neuron(x, w, b)",
    "Compute z = np.dot(w, x) + b, then return relu(z).": "先算 z = np.dot(w, x) + b，再返回 relu(z)。",
    "You left out the bias: add b to the weighted sum before ReLU.": "你漏掉了偏置。用 ReLU 之前，先把 b 加到加权和上。",
    "You return z. Apply ReLU to it: relu(z), or max(0, z).": "你返回的是 z，还要再对它用 ReLU，写成 relu(z) 或 max(0, z) 都行。",
    "You apply ReLU before adding the bias. Add b first, then apply ReLU to the whole sum.": (
        "你在加偏置之前就用了 ReLU。应该先加上 b，再对整个和用 ReLU。"
    ),
    # exercise 01.3: switch a neuron off
    "the bias, one number": "偏置（一个数）",
    "b = {b:g} is not it.": "b = {b:g} 不是正确答案。",
    "Check the sign: the bias has to cancel w1 * x1 + w2 * x2, so it is negative.": (
        "注意正负号。偏置要抵消 w1 * x1 + w2 * x2，所以它是负数。"
    ),
    "b = {b:g} does switch the neuron off (z = {z:g}, a = 0), but it is not the largest such bias.": (
        "b = {b:g} 确实能关掉神经元（z = {z:g}，a = 0），但能做到这一点的偏置里，它不是最大的。"
    ),
    "Raise b until z is exactly 0: a larger bias would make z positive.": (
        "把 b 往上调，直到 z 正好是 0；再大一点，z 就变成正数了。"
    ),
    "The bias has to cancel both weighted inputs, w1 * x1 and w2 * x2.": (
        "偏置要把 w1 * x1 和 w2 * x2 这两个加权输入都抵消掉。"
    ),
    "With b = {b:g}, z = {z:g} is positive, so ReLU lets it through: a = {a:g}.": (
        "b = {b:g} 时，z = {z:g} 是正数，ReLU 会让它通过：a = {a:g}。"
    ),
    "ReLU outputs 0 when z <= 0. Which b makes z = w1 * x1 + w2 * x2 + b exactly 0?": (
        "z <= 0 时，ReLU 输出 0。哪个 b 能让 z = w1 * x1 + w2 * x2 + b 正好等于 0？"
    ),
    # exercise 01.4: three houses in one line
    "z, one number per house": "算出的 z（每套房子一个数）",
    "Expected an array of 3 numbers, got {kind}.": "这里需要一个装着 3 个数的数组，你给的是{kind}。",
    "Expected shape (3,), got {shape}.": "形状应为 (3,)，你的是 {shape}。",
    "Keep w as a flat array of 2 numbers so that X @ w gives one number per house.": (
        "让 w 保持为装着 2 个数的一维数组，这样 X @ w 才会给每套房子算出一个数。"
    ),
    "The values are off by the same amount for every house.": "每套房子的值都差了同样多。",
    "You left out the bias: add + b.": "你漏掉了偏置，还要加上 + b。",
    "The values are off.": "这些值不对。",
    "The weights are swapped: the first column of X (area) goes with w1 = 1.2.": (
        "两个权重放反了。X 的第一列（面积）要配 w1 = 1.2。"
    ),
    "X_new @ w_house + b_house gives one number per house: the result is a 1-D array of 3 numbers.": (
        "X_new @ w_house + b_house 给每套房子一个数，结果应是 3 个数的一维数组。"
    ),
    "an array of 3 numbers, one z per house": "一个装着 3 个数的数组（每套房子一个 z）",
    "Each row of X is one house: z = X @ w + b.": "X 的每一行是一套房子：z = X @ w + b。",
    # helpers.widgets.neuron: the neuron explorer
    "Keep the house (x1 = 100, x2 = 8, w1 = 1.2, w2 = 5) and move only b. "
    "Which biases switch this ReLU neuron off (a = 0), and what is the largest of them? "
    "Then choose sigmoid: which bias gives a = 0.5?": (
        "房子不变（x₁ = 100，x₂ = 8，w₁ = 1.2，w₂ = 5），只拖动 b。"
        "哪些偏置会关掉这个 ReLU 神经元（a = 0）？其中最大的是多少？"
        "再把激活函数换成 sigmoid：哪个偏置让 a = 0.5？"
    ),
    "x₁ (area, m²)": "x₁（面积，m²）",
    "x₂ (location score)": "x₂（地段评分）",
    "b (bias)": "b（偏置）",
    "f (activation)": "f（激活函数）",
    "linear (none)": "线性（不激活）",
    "{formula}: the neuron is <b>on</b>: ReLU passes a positive z on unchanged.": (
        "{formula}：神经元<b>开着</b>，ReLU 把正的 z 原样传下去。"
    ),
    "{formula}: the neuron is <b>off</b>: ReLU turns a z of 0 or less into 0.": (
        "{formula}：神经元<b>关着</b>，ReLU 把小于或等于 0 的 z 都变成 0。"
    ),
    "{formula}: squeezed between 0 and 1, read as a probability of {percent}%.": (
        "{formula}：被压到 0 和 1 之间，可以读作 {percent}% 的概率。"
    ),
    "{formula}: squeezed between 0 and 1, read as a probability of about {percent}%.": (
        "{formula}：被压到 0 和 1 之间，可以读作约 {percent}% 的概率。"
    ),
    "{formula}: squeezed between {minus}1 and 1.": "{formula}：被压到 {minus}1 和 1 之间。",
    "{formula}: no activation, z is passed on unchanged.": "{formula}：没有激活函数，z 原样传下去。",
    "Every input is 0, so every w·x is 0 and z is just the bias b = {b}.": (
        "所有输入都是 0，所以每个 w·x 都是 0，z 就只剩下偏置 b = {b}。"
    ),
}
