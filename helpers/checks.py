"""Exercise checks: a clear verdict and a hint, never an error.

Every check takes the learner's answer and returns a ``Verdict``. A notebook
shows it as a coloured box; code can read ``verdict.correct``. The building
blocks here (``check_number``, ``check_array``, ``check_choice``,
``check_function``) are what each lesson's exercise module uses, and
``never_raises`` wraps every lesson check so that a bug or an odd answer never
shows the learner a traceback.

An answer left as ``...`` (Python's Ellipsis, our "fill me in" mark) or None
gets a friendly "not answered yet". Every sentence goes through
``helpers.i18n.t``, so it appears in the notebook's language; the ``what`` and
``hints`` a lesson passes in are translated by the lesson.
"""

from __future__ import annotations

import functools
import html
import inspect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .i18n import N, minus_sign, t

STATUSES = ("correct", "wrong", "unanswered", "invalid")
_STYLE = {
    "correct": ("✔", N("Correct"), "#009E73"),
    "wrong": ("✘", N("Not yet"), "#D55E00"),
    "unanswered": ("…", N("Not answered yet"), "#0072B2"),
    "invalid": ("?", N("Check the type"), "#E69F00"),
}


@dataclass(frozen=True)
class Verdict:
    """The result of checking one answer."""

    status: str
    message: str
    hint: str = ""

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"status must be one of {STATUSES}, got {self.status!r}.")

    @property
    def correct(self) -> bool:
        return self.status == "correct"

    def __bool__(self) -> bool:
        return self.correct

    def __repr__(self) -> str:
        mark, title, _ = _STYLE[self.status]
        colon = t(": ")  # a full-width colon in Chinese
        text = f"{mark} {t(title)}{colon}{self.message}"
        return text + (f"\n  {t('Hint')}{colon}{self.hint}" if self.hint else "")

    def _repr_html_(self) -> str:
        mark, title, colour = _STYLE[self.status]
        colon = t(": ")
        hint = f"<br><em>{t('Hint')}</em>{colon}{html.escape(self.hint)}" if self.hint else ""
        return (
            f'<div style="border-left: 4px solid {colour}; padding: 4px 10px; margin: 4px 0">'
            f'<strong style="color: {colour}">{mark} {t(title)}</strong>{colon}{html.escape(self.message)}{hint}</div>'
        )


#: Plain names for the kinds of value a learner may type, shown beside Python's own name.
KIND_NAMES = {
    "str": N("text"),
    "int": N("a whole number"),
    "float": N("a decimal number"),
    "tuple": N("a tuple"),
    "list": N("a list"),
    "dict": N("a dictionary"),
    "NoneType": N("nothing"),
    "bool": N("True or False"),
    "ndarray": N("an array"),
    "function": N("a function"),
}


def kind_of(value: Any) -> str:
    """What kind of value this is, in plain words with Python's name: "text (str)"."""
    name = type(value).__name__
    plain = KIND_NAMES.get(name)
    return f"{t(plain)} ({name})" if plain else name


class Signed:
    """A number for a verdict template: formatted as usual, with a real minus sign (U+2212) in Chinese.

    ``t("b = {b:g} is not it.", b=signed(-200.0))`` reads "b = -200 is not it." in English
    and "b = −200 不是正确答案。" in Chinese. Format specs such as ``:g`` work as for the number itself.
    """

    def __init__(self, value: float) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        return minus_sign(format(self.value, spec))


def signed(value: float) -> Signed:
    """Wrap a number so that a verdict shows its minus sign as "−" when the learner reads Chinese."""
    return Signed(value)


def correct(message: str | None = None) -> Verdict:
    return Verdict("correct", message or t("Well done."))


def wrong(message: str, hint: str = "") -> Verdict:
    return Verdict("wrong", message, hint)


def invalid(message: str, hint: str = "") -> Verdict:
    return Verdict("invalid", message, hint)


def unanswered(what: str | None = None) -> Verdict:
    """The friendly verdict for a blank; ``what`` (already translated) names what to fill in."""
    what = what or t("your answer")
    return Verdict("unanswered", t("Replace the ... with {what}, then run the cell again.", what=what))


def is_blank(answer: Any) -> bool:
    """True for the placeholders a learner has not replaced yet: ... or None."""
    return answer is Ellipsis or answer is None


def never_raises(check: Callable[[Any], Verdict]) -> Callable[[Any], Verdict]:
    """Wrap an exercise check so that any error inside it becomes a calm verdict.

    Use it as a decorator on every ``check_*`` function of a lesson: the learner
    sees "Could not check this answer", never a traceback from the checker.
    """

    @functools.wraps(check)
    def safe(answer: Any) -> Verdict:
        try:
            return check(answer)
        except Exception as exc:
            return invalid(t("Could not check this answer ({error}).", error=type(exc).__name__))

    return safe


def as_number(answer: Any) -> float | None:
    """A plain number from an int, float or one-element array; None for anything else (text included)."""
    if isinstance(answer, (bool, np.bool_, str, bytes)):
        return None
    try:
        arr = np.asarray(answer, dtype=float)
    except (TypeError, ValueError):
        return None
    return float(arr.reshape(-1)[0]) if arr.size == 1 else None


def check_number(
    answer: Any,
    expected: float,
    *,
    what: str | None = None,
    tol: float = 1e-6,
    rel: bool = False,
    hints: Sequence[str] = (),
    wrong_answers: dict[float, str] | None = None,
) -> Verdict:
    """Is ``answer`` a number close to ``expected``?

    ``tol`` is an absolute tolerance (or relative, with ``rel=True``).
    ``wrong_answers`` maps a common wrong value to a hint made for it; other
    wrong values get the first of ``hints``.
    """
    what = what or t("a number")
    if is_blank(answer):
        return unanswered(what)
    value = as_number(answer)
    if value is None:
        kind = kind_of(answer)
        return invalid(t("Expected {what}, got {kind} {value}.", what=what, kind=kind, value=_short(answer)))
    if not np.isfinite(value):
        hint = t("Look for a division by zero or a value that grew too large.")
        return wrong(t("Your answer is {value}.", value=signed(value)), hint)
    margin = tol * max(abs(expected), 1e-12) if rel else tol
    if abs(value - expected) <= margin:
        return correct(t("{value} is right.", value=_fmt(value)))
    for bad, hint in (wrong_answers or {}).items():
        if abs(value - bad) <= margin:
            return wrong(t("{value} is not it.", value=_fmt(value)), hint)
    return wrong(t("{value} is not it.", value=_fmt(value)), hints[0] if hints else "")


def check_array(
    answer: Any,
    expected: np.ndarray,
    *,
    what: str | None = None,
    tol: float = 1e-6,
    hints: Sequence[str] = (),
    shape_hint: str | None = None,
) -> Verdict:
    """Is ``answer`` an array of the expected shape with values close to ``expected``?

    ``shape_hint`` (already translated) replaces the general hint shown for a wrong shape.
    """
    what = what or t("an array")
    if is_blank(answer):
        return unanswered(what)
    expected = np.asarray(expected, dtype=float)
    if isinstance(answer, (str, bytes)):
        return invalid(t("Expected {what} of numbers, got text {value}.", what=what, value=_short(answer)))
    try:
        value = np.asarray(answer, dtype=float)
    except (TypeError, ValueError):
        return invalid(t("Expected {what} of numbers, got {kind}.", what=what, kind=kind_of(answer)))
    if value.shape != expected.shape:
        hint = shape_hint or t("Check the order of a matrix product and whether you need .reshape(-1, 1) or .T.")
        if value.shape == ():
            message = t("Expected shape {expected}, you gave a single number (shape ()).", expected=expected.shape)
            return invalid(message, hint)
        return invalid(t("Expected shape {expected}, got {got}.", expected=expected.shape, got=value.shape), hint)
    if np.allclose(value, expected, atol=tol, rtol=0):
        return correct(t("All {n} values are right.", n=expected.size))
    n_bad = int(np.sum(~np.isclose(value, expected, atol=tol, rtol=0)))
    hint = hints[0] if hints else ""
    if n_bad == expected.size:
        return wrong(t("All {n} values are off.", n=n_bad), hint)
    return wrong(t("{bad} of {n} values are off.", bad=n_bad, n=expected.size), hint)


def check_choice(
    answer: Any,
    expected: str | Sequence[str],
    *,
    options: Sequence[str],
    hints: dict[str, str] | None = None,
    what: str | None = None,
) -> Verdict:
    """Is ``answer`` (a string, any case) the expected option, or one of several right ones?"""
    what = what or t("one of the options")
    if is_blank(answer):
        return unanswered(t("{what} (in quotes)", what=what))
    if not isinstance(answer, str):
        kind = kind_of(answer)
        return invalid(t("Expected text in quotes, one of {options}; got {kind}.", options=list(options), kind=kind))
    choice = answer.strip().lower()
    if choice not in [o.lower() for o in options]:
        message = t("{answer} is not an option. Choose one of {options}.", answer=repr(answer), options=list(options))
        return invalid(message)
    right = [expected.lower()] if isinstance(expected, str) else [e.lower() for e in expected]
    if choice in right:
        return correct(t('"{choice}" is right.', choice=choice))
    return wrong(t('"{choice}" is not the best choice.', choice=choice), (hints or {}).get(choice, ""))


def check_function(
    answer: Any,
    reference: Callable[..., Any],
    cases: Sequence[tuple],
    *,
    what: str | None = None,
    tol: float = 1e-6,
    hints: Sequence[str] = (),
) -> Verdict:
    """Does the learner's function give the reference's results on every test case?

    ``cases`` is a list of argument tuples. The learner's function is called
    with each; an error inside it becomes a verdict that names the error. A case
    that fails is named by its number and its inputs in a short readable form,
    with the reference's parameter names: "test input 2 (x = [50, 6]; w = [1.2, 5]; b = −200)".
    """
    what = what or t("a function")
    if is_blank(answer):
        return unanswered(what)
    if not callable(answer):
        return invalid(t("Expected {what} (defined with def), got {kind}.", what=what, kind=kind_of(answer)))
    for number, args in enumerate(cases, start=1):
        want = np.asarray(reference(*args), dtype=float)
        try:
            with np.errstate(all="ignore"):
                got = answer(*args)
        except Exception as exc:
            message = t("Your function raised {error}: {detail}", error=type(exc).__name__, detail=exc)
            return wrong(message, hints[0] if hints else "")
        if got is None or got is Ellipsis:
            return unanswered(t("the body of the function (it returns nothing yet)"))
        try:
            got = np.asarray(got, dtype=float)
        except (TypeError, ValueError):
            return invalid(t("Your function returned {kind}, expected numbers.", kind=kind_of(got)))
        if got.shape != want.shape:
            return invalid(
                t(
                    "On test input {k} ({inputs}) your function returned shape {got}, expected {want}.",
                    k=number,
                    inputs=describe_inputs(reference, args),
                    got=got.shape,
                    want=want.shape,
                )
            )
        if not np.allclose(got, want, atol=tol, rtol=tol, equal_nan=True):
            inputs = describe_inputs(reference, args)
            message = t("On test input {k} ({inputs}) the result is off.", k=number, inputs=inputs)
            return wrong(message, hints[0] if hints else "")
    return correct(t("Your function matches on all {n} test inputs.", n=len(cases)))


def describe_inputs(function: Callable[..., Any], args: tuple, most: int = 5) -> str:
    """A test case in a short readable form, each input named as ``function`` names it.

    Small inputs are written out: "x = [50, 6]; w = [1.2, 5]; b = −200". When an array holds
    more than ``most`` numbers, the arrays are given by their shapes instead:
    "shapes: x (4, 2); W1 (2, 3)" (a plain number is still written out).
    """
    try:
        names = [p.name for p in inspect.signature(function).parameters.values()]
    except (TypeError, ValueError):
        names = []
    if len(names) < len(args):
        names = [t("input {k}", k=k) for k in range(1, len(args) + 1)]
    arrays = [np.asarray(a) if isinstance(a, np.ndarray | list | tuple) else None for a in args]
    if all(a is None or a.size <= most for a in arrays):
        return t("; ").join(f"{name} = {_readable(value)}" for name, value in zip(names, args))
    parts = [
        f"{name} {a.shape}" if a is not None else f"{name} = {_readable(value)}"
        for name, value, a in zip(names, args, arrays)
    ]
    return t("shapes: {list}", list=t("; ").join(parts))


def _readable(value: Any) -> str:
    """A number or a small array written briefly: 4 significant digits, a real minus sign."""
    if isinstance(value, np.ndarray | list | tuple):
        array = np.asarray(value)
        if array.ndim == 0:
            return _readable(array.item())
        return "[" + ", ".join(_readable(v) for v in array) + "]"
    if isinstance(value, int | float | np.number) and not isinstance(value, bool):
        text = f"{float(value):.4g}"
        return "0" if text == "-0" else text.replace("-", "\u2212")
    return _short(value)


def _fmt(value: float) -> str:
    """A verdict's number: 6 significant digits, with a real minus sign in Chinese."""
    return format(signed(value), ".6g")


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
