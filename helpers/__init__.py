"""helpers: the small package behind "Neural Networks from Zero".

Every formula the lessons teach is implemented once, here, in plain NumPy, and
tested. Open any module: it should read like the lesson it belongs to.

Modules and their public names
------------------------------
activations   sigmoid, relu, tanh, linear and their *_derivative; ACTIVATIONS; get_activation(name)
losses        mse, half_mse, binary_cross_entropy and their *_gradient; LOSSES; get_loss(name)
network       init_params(layer_sizes, method="he"|"xavier", seed=|rng=), forward(X, params, activations)
              -> (y_hat, cache), backward(y, cache, params, activations, loss) -> grads, predict,
              count_parameters(layer_sizes), layer_sizes_of(params), count_layers(params)
optimizers    gradient_descent_step, GradientDescent, Momentum, Adam, make_optimizer(name),
              decayed_learning_rate(lr, epoch, decay), minibatch_indices(m, batch_size, rng),
              train(X, y, params, activations, ...) -> History, TrainingDiverged
gradcheck     numerical_derivative, numerical_gradient, relative_error, gradient_check -> GradCheckResult
data          make_house_prices(n, seed=42), least_squares(X, y), Scaler, make_classification(name, n,
              noise=, seed=), train_test_split, train_val_test_split, TRUE_WEIGHTS, TRUE_BIAS, NOISE_STD, DATASETS
house         the source's example: source_setup, source_backward (its bug), train_source_example,
              train_house, train_fixed, HouseModel
classify      predict_class, accuracy, classifier_layers, Classifier, train_classifier, probability_map,
              BoundaryPlot, draw_boundary (lesson 08)
surfaces      Surface, house_surface(scaled), run_optimizer, updates_per_epoch: a two-weight house problem
              for loss contours (lessons 06, 07)
plots         PALETTE, subplots, figure_to_png, plot_loss_with_lr, plot_predictions_vs_actual,
              plot_weight_histograms, draw_network, draw_neuron, draw_factory_line
checks        Verdict, check_number, check_array, check_choice, check_function, never_raises (exercise checks)
widgets       LessonWidget and one builder per lesson widget (widgets.start, widgets.neuron, ...)
exercises     one module of checks per lesson (exercises.lesson01, ...)
i18n          set_language("en" | "zh"), t(template, **values): every message a learner reads, in both
              languages; the Chinese catalogues are i18n/zh_*.py

The most used names are importable from the package itself, e.g.
``from helpers import forward, backward, train``.
"""

from .activations import relu, relu_derivative, sigmoid, sigmoid_derivative, tanh, tanh_derivative
from .data import Scaler, least_squares, make_classification, make_house_prices, train_test_split
from .gradcheck import gradient_check, numerical_derivative, numerical_gradient
from .losses import binary_cross_entropy, half_mse, mse
from .network import backward, count_parameters, forward, init_params, predict
from .optimizers import Adam, Momentum, TrainingDiverged, decayed_learning_rate, gradient_descent_step, train

__all__ = [
    "Adam",
    "Momentum",
    "Scaler",
    "TrainingDiverged",
    "backward",
    "binary_cross_entropy",
    "count_parameters",
    "decayed_learning_rate",
    "forward",
    "gradient_check",
    "gradient_descent_step",
    "half_mse",
    "init_params",
    "least_squares",
    "make_classification",
    "make_house_prices",
    "mse",
    "numerical_derivative",
    "numerical_gradient",
    "predict",
    "relu",
    "relu_derivative",
    "sigmoid",
    "sigmoid_derivative",
    "tanh",
    "tanh_derivative",
    "train",
    "train_test_split",
]
