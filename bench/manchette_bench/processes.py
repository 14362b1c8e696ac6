"""What a measured process tree uses: resident memory and CPU time, read from /proc.

A measured command runs as its own session (`start_new_session=True`), so that every process it
starts (Pagefind, a server's rebuilds) is found by its session id, and stopped with it.
"""

from __future__ import annotations

import os
import threading

_PAGE = os.sysconf("SC_PAGE_SIZE")
_TICK = os.sysconf("SC_CLK_TCK")
SAMPLE_EVERY = 0.05  # seconds between two memory samples


def session_usage(session: int) -> tuple[int, float]:
    """(resident bytes, CPU seconds) of the processes of `session`. The CPU time counts each
    live process and the children it has reaped (a finished child is counted once, in its
    parent's children times)."""
    rss, ticks = 0, 0
    try:
        entries = os.listdir("/proc")
    except OSError:
        return 0, 0.0
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue  # gone meanwhile
        fields = stat[stat.rfind(b")") + 2 :].split()
        # fields[0] is the state (field 3 of stat): session is field 6, utime, stime, cutime
        # and cstime fields 14-17, rss field 24.
        if len(fields) > 21 and int(fields[3]) == session:
            rss += int(fields[21]) * _PAGE
            ticks += sum(int(f) for f in fields[11:15])
    return rss, ticks / _TICK


def session_rss(session: int) -> int:
    """Total resident memory of the processes of `session` (a command and its children)."""
    return session_usage(session)[0]


class PeakMemory:
    """The largest total resident memory of a session, sampled in a thread until `stop()`."""

    def __init__(self, session: int):
        self.session = session
        self.peak = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._done.wait(SAMPLE_EVERY):
            self.peak = max(self.peak, session_rss(self.session))

    def stop(self) -> int:
        self._done.set()
        self._thread.join()
        return self.peak
