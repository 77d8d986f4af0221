"""How long a long task has left, judged from its pace so far: the one estimate the
command line's progress line and the windows' progress bars show."""

from __future__ import annotations

ESTIMATE_AFTER = 3.0  # seconds of work before the first estimate: early pace misleads


def seconds_left(elapsed: float, done: int, total: int) -> float | None:
    """The time the rest should take at the pace so far; None until it can be judged
    (too early, nothing done yet) and once the work is done."""
    if done <= 0 or done >= total or elapsed < ESTIMATE_AFTER:
        return None
    return elapsed * (total - done) / done


def rounded(seconds: float) -> tuple[int, str]:
    """(amount, 's' or 'min'): to 5 s under a minute, whole minutes above; never falsely
    exact, never 0."""
    if seconds < 60:
        return max(5, round(seconds / 5) * 5), "s"
    return round(seconds / 60), "min"
