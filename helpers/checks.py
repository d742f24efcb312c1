"""Exercise checks: a clear verdict and a hint, never an error.

Every check takes the learner's answer and returns a ``Verdict``. A notebook
shows it as a coloured box; code can read ``verdict.correct``. The building
blocks here (``check_number``, ``check_array``, ``check_choice``,
``check_function``) are what each lesson's exercise module uses.

An answer left as ``...`` (Python's Ellipsis, our "fill me in" mark) or None
gets a friendly "not answered yet".
"""

from __future__ import annotations

import functools
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

STATUSES = ("correct", "wrong", "unanswered", "invalid")
_STYLE = {
    "correct": ("✔", "Correct", "#009E73"),
    "wrong": ("✘", "Not yet", "#D55E00"),
    "unanswered": ("…", "Not answered yet", "#0072B2"),
    "invalid": ("?", "Check the type", "#E69F00"),
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
        text = f"{mark} {title}: {self.message}"
        return text + (f"\n  Hint: {self.hint}" if self.hint else "")

    def _repr_html_(self) -> str:
        mark, title, colour = _STYLE[self.status]
        hint = f"<br><em>Hint:</em> {html.escape(self.hint)}" if self.hint else ""
        return (
            f'<div style="border-left: 4px solid {colour}; padding: 4px 10px; margin: 4px 0">'
            f'<strong style="color: {colour}">{mark} {title}</strong>: {html.escape(self.message)}{hint}</div>'
        )


def correct(message: str = "Well done.") -> Verdict:
    return Verdict("correct", message)


def wrong(message: str, hint: str = "") -> Verdict:
    return Verdict("wrong", message, hint)


def invalid(message: str, hint: str = "") -> Verdict:
    return Verdict("invalid", message, hint)


def unanswered(what: str = "your answer") -> Verdict:
    return Verdict("unanswered", f"Replace the ... with {what}, then run the cell again.")


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
            return invalid(f"Could not check this answer ({type(exc).__name__}).")

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
    what: str = "a number",
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
    try:
        if is_blank(answer):
            return unanswered(what)
        value = as_number(answer)
        if value is None:
            return invalid(f"Expected {what}, got {type(answer).__name__} {_short(answer)}.")
        if not np.isfinite(value):
            return wrong(f"Your answer is {value}.", "Look for a division by zero or a value that grew too large.")
        margin = tol * max(abs(expected), 1e-12) if rel else tol
        if abs(value - expected) <= margin:
            return correct(f"{_fmt(value)} is right.")
        for bad, hint in (wrong_answers or {}).items():
            if abs(value - bad) <= margin:
                return wrong(f"{_fmt(value)} is not it.", hint)
        return wrong(f"{_fmt(value)} is not it.", hints[0] if hints else "")
    except Exception as exc:  # a check never raises
        return invalid(f"Could not check this answer ({type(exc).__name__}).")


def check_array(
    answer: Any,
    expected: np.ndarray,
    *,
    what: str = "an array",
    tol: float = 1e-6,
    hints: Sequence[str] = (),
) -> Verdict:
    """Is ``answer`` an array of the expected shape with values close to ``expected``?"""
    try:
        if is_blank(answer):
            return unanswered(what)
        expected = np.asarray(expected, dtype=float)
        if isinstance(answer, (str, bytes)):
            return invalid(f"Expected {what} of numbers, got text {_short(answer)}.")
        try:
            value = np.asarray(answer, dtype=float)
        except (TypeError, ValueError):
            return invalid(f"Expected {what} of numbers, got {type(answer).__name__}.")
        if value.shape != expected.shape:
            return invalid(
                f"Expected shape {expected.shape}, got {value.shape}.",
                "Check the order of a matrix product and whether you need .reshape(-1, 1) or .T.",
            )
        if np.allclose(value, expected, atol=tol, rtol=0):
            return correct(f"All {expected.size} values are right.")
        n_bad = int(np.sum(~np.isclose(value, expected, atol=tol, rtol=0)))
        return wrong(f"{n_bad} of {expected.size} values are off.", hints[0] if hints else "")
    except Exception as exc:
        return invalid(f"Could not check this answer ({type(exc).__name__}).")


def check_choice(
    answer: Any,
    expected: str | Sequence[str],
    *,
    options: Sequence[str],
    hints: dict[str, str] | None = None,
    what: str = "one of the options",
) -> Verdict:
    """Is ``answer`` (a string, any case) the expected option, or one of several right ones?"""
    try:
        if is_blank(answer):
            return unanswered(f"{what} (in quotes)")
        if not isinstance(answer, str):
            return invalid(f"Expected text in quotes, one of {list(options)}; got {type(answer).__name__}.")
        choice = answer.strip().lower()
        valid = [o.lower() for o in options]
        if choice not in valid:
            return invalid(f"{answer!r} is not an option. Choose one of {list(options)}.")
        right = [expected.lower()] if isinstance(expected, str) else [e.lower() for e in expected]
        if choice in right:
            return correct(f'"{choice}" is right.')
        return wrong(f'"{choice}" is not the best choice.', (hints or {}).get(choice, ""))
    except Exception as exc:
        return invalid(f"Could not check this answer ({type(exc).__name__}).")


def check_function(
    answer: Any,
    reference: Callable[..., Any],
    cases: Sequence[tuple],
    *,
    what: str = "a function",
    tol: float = 1e-6,
    hints: Sequence[str] = (),
) -> Verdict:
    """Does the learner's function give the reference's results on every test case?

    ``cases`` is a list of argument tuples. The learner's function is called
    with each; an error inside it becomes a verdict that names the error.
    """
    try:
        if is_blank(answer):
            return unanswered(what)
        if not callable(answer):
            return invalid(f"Expected {what} (defined with def), got {type(answer).__name__}.")
        for args in cases:
            want = np.asarray(reference(*args), dtype=float)
            try:
                with np.errstate(all="ignore"):
                    got = answer(*args)
            except Exception as exc:
                return wrong(f"Your function raised {type(exc).__name__}: {exc}", hints[0] if hints else "")
            if got is None or got is Ellipsis:
                return unanswered("the body of the function (it returns nothing yet)")
            try:
                got = np.asarray(got, dtype=float)
            except (TypeError, ValueError):
                return invalid(f"Your function returned {type(got).__name__}, expected numbers.")
            if got.shape != want.shape:
                return invalid(
                    f"For input {_short(args)} your function returned shape {got.shape}, expected {want.shape}."
                )
            if not np.allclose(got, want, atol=tol, rtol=tol, equal_nan=True):
                return wrong(f"For input {_short(args)} the result is off.", hints[0] if hints else "")
        return correct(f"Your function matches on all {len(cases)} test inputs.")
    except Exception as exc:
        return invalid(f"Could not check this answer ({type(exc).__name__}).")


def _fmt(value: float) -> str:
    return f"{value:.6g}"


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
