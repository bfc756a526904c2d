"""Errors that reach the user: one clear line, never chat content, never a traceback."""

from __future__ import annotations


class IngestError(Exception):
    """A problem with one input. `reason` is written by us, never copied from the file,
    so it can be logged and shown without leaking chat text."""

    def __init__(self, path: str, reason: str, where: str | None = None) -> None:
        self.path = path
        self.reason = reason
        self.where = where
        super().__init__(str(self))

    def __reduce__(self) -> tuple[type[IngestError], tuple[str, str, str | None]]:
        """Pickled by its parts (Exception pickles `args`, the joined line): a scan's worker
        process sends the errors it met back to the scanning process."""
        return (type(self), (self.path, self.reason, self.where))

    def __str__(self) -> str:
        where = f" ({self.where})" if self.where else ""
        return f"{self.path}: {self.reason}{where}"

    @classmethod
    def unreadable(cls, path: str, exc: OSError) -> IngestError:
        """A file the system will not let us read (no permission, gone since it was listed)."""
        return cls(path, f"cannot be read ({exc.strerror or 'I/O error'})")
