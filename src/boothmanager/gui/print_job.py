"""A print generated beside the GUI: a worker thread, its progress, cancel, and a clean end."""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

Work = Callable[[Path, Callable[[int, int], bool]], object]  # (scratch path, progress)


class JobState(StrEnum):
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


def scratch_for(target: Path) -> Path:
    """Where a print is drawn before it becomes `target`: beside it, hidden, same kind."""
    return target.with_name(f".{target.name}.printing" + (target.suffix or ""))


class PrintJob:
    """Runs `work(scratch, progress)` in a thread; `poll()` from the GUI's timer says how far.

    The work writes to a scratch file (or folder) beside `target`; only a finished,
    uncancelled print is moved onto `target`, so a cancel — even of a piece that cannot stop
    half-way — leaves neither a half file nor a replaced older one.
    """

    def __init__(self, target: Path, work: Work, *, folder: bool = False) -> None:
        self.target = target
        self.folder = folder
        self.scratch = scratch_for(target)
        self._work = work
        self._lock = threading.Lock()
        self._cancelled = threading.Event()
        self._finished = threading.Event()
        self.done, self.total = 0, 0
        self.result: object = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="print", daemon=True)

    def start(self) -> None:
        self._discard()
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop; what it has drawn is thrown away when it ends."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _progress(self, done: int, total: int) -> bool:
        with self._lock:
            self.done, self.total = done, total
        return not self._cancelled.is_set()

    def _run(self) -> None:
        try:
            self.result = self._work(self.scratch, self._progress)
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread by poll()
            self.error = error
        finally:
            self._finished.set()

    def progress(self) -> tuple[int, int]:
        with self._lock:
            return self.done, self.total

    def poll(self) -> JobState:
        """The state now; when the work has ended, its output is moved in or thrown away
        (once: later polls give the same answer)."""
        if not self._finished.is_set():
            return JobState.RUNNING
        if self._thread.is_alive():
            self._thread.join()
        if self.cancelled:
            self._discard()
            return JobState.CANCELLED
        if self.error is not None:
            self._discard()
            return JobState.FAILED
        if self.scratch.exists():
            try:
                self._move_in()
            except OSError as error:  # e.g. the folder became read-only meanwhile
                self.error = error
                self._discard()
                return JobState.FAILED
        return JobState.DONE

    def wait(self, timeout: float | None = None) -> JobState:
        """Block until the work ends (tests and closing the dialog); then as poll()."""
        self._finished.wait(timeout)
        return self.poll()

    def _move_in(self) -> None:
        if not self.folder:
            os.replace(self.scratch, self.target)
            return
        self.target.mkdir(exist_ok=True)
        for item in sorted(self.scratch.iterdir()):
            os.replace(item, self.target / item.name)
        self.scratch.rmdir()

    def _discard(self) -> None:
        if self.scratch.is_dir():
            shutil.rmtree(self.scratch, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                self.scratch.unlink()
