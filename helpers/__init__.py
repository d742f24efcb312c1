"""helpers: the small package behind "Neural Networks from Zero".

Every formula the lessons teach is implemented once, here, in plain NumPy, and
tested. Open any module: it should read like the lesson it belongs to.

Modules and their public names, in layers: a module imports only from its own
layer or the ones above it in this list (tests/test_import_layers.py)
------------------------------------------------------------------------------
i18n          set_language("en" | "zh"), t(template, **values), N(template): every message a learner
              reads, in both languages; the Chinese catalogues are i18n/zh_*.py
activations   sigmoid, relu, tanh, linear and their *_derivative; softmax; ACTIVATIONS (name -> (function,
              derivative)); get_activation(name)
losses        mse, half_mse, binary_cross_entropy, cross_entropy and their *_gradient; LOSSES; get_loss(name); EPSILON
network       init_params(layer_sizes, method="he"|"xavier", seed=), forward(X, params, activations)
              -> (y_hat, cache), backward(y, cache, params, activations, loss) -> grads,
              output_delta(y, cache, activations, loss), predict, count_parameters(layer_sizes),
              layer_sizes_of(params), count_layers(params); Params, Cache, INIT_METHODS
gradcheck     numerical_derivative, numerical_gradient, relative_error, gradient_check -> GradCheckResult,
              GRADCHECK_TOLERANCE
data          make_house_prices(n, seed=42), least_squares(X, y), Scaler, cat_dog_params(),
              CAT_DOG_LAYER_SIZES, CAT_DOG_ACTIVATIONS, make_classification(name, n, noise=, seed=),
              train_test_split, train_val_test_split, load_digits (lesson 09), one_hot, TRUE_WEIGHTS,
              TRUE_BIAS, NOISE_STD, DATASETS
optimizers    gradient_descent_step, GradientDescent, Momentum, Adam, make_optimizer(name), OPTIMIZERS,
              decayed_learning_rate(lr, epoch, decay), minibatch_indices(m, batch_size, rng),
              train(X, y, params, activations, ...) -> History, TrainingDiverged
house         the house-price example of the beginner's article the course follows: source_setup,
              source_backward (its bug), train_source_example, train_house, train_fixed,
              HouseModel, HOUSE_ACTIVATIONS, SOURCE_SEED, VALIDATION_SEED, TEST_SEED
classify      predict_class, accuracy, classifier_layers, Classifier, train_classifier, data_extent,
              grid_points, probability_map, DECISION_THRESHOLD, HIDDEN_ACTIVATIONS (lesson 08)
surfaces      Surface, house_surface(scaled), run_optimizer, updates_per_epoch: a two-weight house problem
              for loss contours (lessons 06, 07)
valley        loss, slope, descent_path, gap_factor, regime_of, REGIMES: gradient descent on lesson 05's
              one-weight valley
digits        lesson 09: scale_pixels, split_digits, train_digits -> DigitNetwork, confusion_matrix,
              accuracy_by_confidence, to_8x8 (a 32 x 32 drawing made into the data set's 8 x 8), draw_strokes
plots         PALETTE, subplots, figure_to_png, format_number, plot_loss_with_lr, plot_predictions_vs_actual,
              plot_weight_histograms, BoundaryPlot, draw_boundary, CLASS_COLOURS, CLASS_MARKERS,
              draw_network, draw_neuron, draw_factory_line, draw_backprop_graph (lesson 05), show_digit (09)
checks        Verdict, check_number, check_array, check_choice, check_function, never_raises (exercise checks)
widgets       LessonWidget and one module of builders per lesson widget (widgets.start, widgets.neuron,
              widgets.activations, widgets.forward, widgets.losses, widgets.descent, widgets.optimizers,
              widgets.backprop, widgets.house, widgets.playground; widgets.digit_pad is an anywidget)
exercises     one module of checks per lesson (exercises.lesson00 ... exercises.lesson09); never imports widgets
fonts         register_course_font: the Chinese font subset figures fall back to

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
