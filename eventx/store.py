"""The dataset on disk: file layout, partitions, and all-or-nothing commits that survive a crash.

A dataset folder OUT holds three tables, each either `OUT/NAME.parquet` (flat layout) or
`OUT/NAME/published_month=YYYY-MM/part-0.parquet` (hive partitions; articles without a
publication date go to `published_month=unknown`).

Writes are all or nothing.  New file contents are written beside their destination under hidden
names that do not end in `.parquet` (so DuckDB, pandas and pyarrow never pick them up); then a
journal listing every rename and deletion is committed with one atomic rename; then the renames
are applied and the journal removed.  A run killed before the journal is committed leaves the
previous dataset untouched; a run killed after it is completed by the next eventx command that
opens the folder (`recover`).  A lock file keeps two writers apart.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path
from typing import Iterator

import attrs
import pyarrow as pa
import pyarrow.parquet as pq

from .errors import InputError

TABLE_NAMES = ("articles", "mentions", "events")
PARTITION_KEYS = ("published_month",)
UNKNOWN_PARTITION = "unknown"
PART_NAME = "part-0.parquet"
TEMP_SUFFIX = ".eventx-tmp"
JOURNAL = ".eventx-journal.json"
LOCK = ".eventx.lock"
STAGING_PREFIX = ".eventx-staging-"
COMPRESSION = "zstd"


@attrs.frozen
class CommitStats:
    """What a commit did to the files of a dataset."""

    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    deleted: tuple[str, ...]


def table_files(out: Path, name: str) -> list[Path]:
    """The Parquet files of one table, flat or partitioned, in a stable order (hidden files skipped)."""
    flat = out / f"{name}.parquet"
    files = [flat] if flat.is_file() else []
    folder = out / name
    if folder.is_dir():
        files += sorted(p for p in folder.rglob("*.parquet")
                        if p.is_file() and not any(part.startswith((".", "_")) for part in p.relative_to(folder).parts))
    return files


def owned_files(out: Path) -> list[Path]:
    """Every table file eventx manages in a dataset folder."""
    return [p for name in TABLE_NAMES for p in table_files(out, name)]


def detect_layout(out: Path) -> str | None:
    """The partition key of an existing dataset, "" for the flat layout, None when there is none."""
    if (out / "articles.parquet").is_file():
        return ""
    folder = out / "articles"
    if folder.is_dir():
        for key in PARTITION_KEYS:
            if any(folder.glob(f"{key}=*")):
                return key
    return None


def read_table(out: Path, name: str) -> pa.Table | None:
    """One table of a dataset as a single Arrow table (partition keys not added), or None if absent."""
    files = table_files(out, name)
    if not files:
        return None
    tables = [pq.read_table(p, partitioning=None) for p in files]
    return pa.concat_tables(tables) if len(tables) > 1 else tables[0]


def _fsync_dir(path: Path) -> None:
    """Flush a folder's entries to disk (renames), where the platform allows it."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_durably(path: Path, data: bytes) -> None:
    """Write bytes and flush them to disk."""
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _temporary(final: Path) -> Path:
    """The hidden name a file is written under before it is renamed into place."""
    return final.with_name(f".{final.name}{TEMP_SUFFIX}")


@contextlib.contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold the dataset's writer lock; fail at once, naming the folder, if another run holds it."""
    out.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory locks, single writer assumed
        yield
        return
    with open(out / LOCK, "a+") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(f"{out}: another eventx run is writing this dataset") from None
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _crash_point(name: str) -> None:
    """Fault injection for the crash tests: EVENTX_CRASH_AT=name kills the process here."""
    if os.environ.get("EVENTX_CRASH_AT") == name:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


def recover(out: Path) -> bool:
    """Finish a commit whose journal was written, and remove temporary files of killed runs.

    Call with the lock held.  Returns whether an interrupted commit was completed.
    """
    journal = out / JOURNAL
    completed = False
    if journal.is_file():
        plan = json.loads(journal.read_text(encoding="utf-8"))
        _apply(out, plan)
        journal.unlink()
        _fsync_dir(out)
        completed = True
    for staging in out.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(staging, ignore_errors=True)
    stale = list(out.glob(f".*{TEMP_SUFFIX}"))
    for name in TABLE_NAMES:
        if (out / name).is_dir():
            stale += (out / name).rglob(f".*{TEMP_SUFFIX}")
    for path in stale:
        path.unlink(missing_ok=True)
    return completed


def _apply(out: Path, plan: dict[str, list[str]]) -> None:
    """Rename the committed files into place, then delete the files the new dataset no longer has."""
    for rel in plan["write"]:
        final = out / rel
        temporary = _temporary(final)
        if temporary.exists():
            os.replace(temporary, final)
        _crash_point("apply")
    for rel in plan["delete"]:
        (out / rel).unlink(missing_ok=True)
    for rel in plan["write"] + plan["delete"]:
        _fsync_dir((out / rel).parent)
    for name in TABLE_NAMES:
        folder = out / name
        if folder.is_dir():
            for directory in sorted((d for d in folder.rglob("*") if d.is_dir()), key=lambda d: -len(d.parts)):
                with contextlib.suppress(OSError):
                    directory.rmdir()
            with contextlib.suppress(OSError):
                folder.rmdir()


def temporary_path(final: Path) -> Path:
    """Where a table file is written before the commit renames it to `final`."""
    return _temporary(final)


def _same_bytes(a: Path, b: Path) -> bool:
    """Whether two files hold the same bytes, read in blocks."""
    if a.stat().st_size != b.stat().st_size:
        return False
    with open(a, "rb") as fa, open(b, "rb") as fb:
        while True:
            block_a, block_b = fa.read(1 << 20), fb.read(1 << 20)
            if block_a != block_b:
                return False
            if not block_a:
                return True


def commit_prepared(out: Path, written: list[str]) -> CommitStats:
    """Commit table files already written under their temporary names (call with the lock held).

    Files whose bytes equal the file already in place are dropped and the old one kept untouched;
    table files not in `written` are deleted.
    """
    existing = {p.relative_to(out).as_posix() for p in owned_files(out)}
    write, unchanged = [], []
    for rel in sorted(written):
        final = out / rel
        temporary = _temporary(final)
        with open(temporary, "rb+") as fh:
            os.fsync(fh.fileno())
        if rel in existing and _same_bytes(temporary, final):
            temporary.unlink()
            unchanged.append(rel)
        else:
            write.append(rel)
    delete = sorted(existing - set(written))
    if not write and not delete:
        return CommitStats(written=(), unchanged=tuple(unchanged), deleted=())
    plan = {"write": write, "delete": delete}
    pending = out / f"{JOURNAL}{TEMP_SUFFIX}"
    _write_durably(pending, json.dumps(plan, indent=1).encode("utf-8"))
    _crash_point("before-journal")
    os.replace(pending, out / JOURNAL)
    _fsync_dir(out)
    _crash_point("journal")
    _apply(out, plan)
    (out / JOURNAL).unlink()
    _fsync_dir(out)
    return CommitStats(written=tuple(write), unchanged=tuple(unchanged), deleted=tuple(delete))


def open_for_reading(out: Path) -> None:
    """Complete an interrupted commit before reading a dataset, if nobody is writing it."""
    if not (out / JOURNAL).is_file():
        return
    with locked(out):
        recover(out)
