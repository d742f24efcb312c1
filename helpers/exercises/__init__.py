"""Exercise checks, one module per lesson (``lesson01`` for 01_neuron, ...).

Every public function of a lesson module whose name starts with ``check_``
takes exactly one argument (the learner's answer) and returns a
``helpers.checks.Verdict``. It never raises: a blank, a wrong type or a wrong
shape each get a clear verdict. tests/test_exercises.py holds them to that.
"""
