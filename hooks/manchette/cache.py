"""Per-file results stored in one SQLite file, keyed by what they depend on.

A store that cannot be used (corrupt, truncated, written by a newer Manchette, or locked by
another process past LOCK_TIMEOUT) is set aside, renamed `cache.sqlite.<why>-<time>` beside
its journal, never deleted, and a fresh one is started: the cache only saves time, the next
build simply converts again. `Cache.warning` says what happened, once. Every write is one SQLite
transaction, so a build killed at any moment leaves the store as it was before or after it.
"""

from __future__ import annotations

import pickle
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

STORE_VERSION = 1  # `pragma user_version` of the stores this code writes (0: before versions)
LOCK_TIMEOUT = 10  # seconds to wait for another process's write before setting the store aside
JOURNALS = ("-journal", "-wal", "-shm")  # a hot journal left beside a fresh store would corrupt it


class StoreUnusable(Exception):
    """Why the store at hand cannot be used (its `kind` names the set-aside copy)."""

    def __init__(self, kind: str, reason: str):
        super().__init__(reason)
        self.kind = kind


def open_store(
    path: Path, table: str, columns: str
) -> tuple[sqlite3.Connection | None, str | None]:
    """The SQLite store at `path`, with `table` (of `columns`) in place, and a warning when the
    old file had to be set aside; (None, warning) when no store can be had."""
    path.parent.mkdir(parents=True, exist_ok=True)
    warning = None
    for attempt in range(2):
        db = None
        try:
            db = sqlite3.connect(path, timeout=LOCK_TIMEOUT)
            _check(db, table, columns)
            return db, warning
        except (sqlite3.DatabaseError, StoreUnusable) as err:
            if db is not None:
                db.close()
            if attempt:
                return None, f"store {path.name} cannot be created ({err}): nothing is kept"
            aside = set_aside(path, _kind(err))
            warning = f"{_describe(err)}: set aside as {aside.name}, rebuilt"
    return None, warning


def _check(db: sqlite3.Connection, table: str, columns: str) -> None:
    (version,) = db.execute("pragma user_version").fetchone()
    if version > STORE_VERSION:
        raise StoreUnusable("newer", f"store written by a newer Manchette (version {version})")
    with db:  # a write transaction: fails now, not mid-build, when another process holds it
        db.execute(f"create table if not exists {table} ({columns})")
        db.execute(f"pragma user_version = {STORE_VERSION}")
    db.execute(f"select count(*) from {table}").fetchone()


def _kind(err: Exception) -> str:
    if isinstance(err, StoreUnusable):
        return err.kind
    return "locked" if "locked" in str(err) or "busy" in str(err) else "corrupt"


def _describe(err: Exception) -> str:
    """What the curator reads: the store's state, then SQLite's own words."""
    kind = _kind(err)
    if kind == "locked":
        return f"store locked by another process for over {LOCK_TIMEOUT} s"
    if kind == "corrupt":
        return f"store corrupt or truncated ({err})"
    return str(err)


def set_aside(path: Path, kind: str) -> Path:
    """Rename the store (and its journals) out of the way; returns its new name."""
    aside = path.with_name(f"{path.name}.{kind}-{time.strftime('%Y%m%d-%H%M%S')}")
    n = 1
    while aside.exists():
        n += 1
        aside = aside.with_name(f"{path.name}.{kind}-{time.strftime('%Y%m%d-%H%M%S')}-{n}")
    for suffix in ("", *JOURNALS):
        old = path.with_name(path.name + suffix)
        if old.exists():
            old.rename(aside.with_name(aside.name + suffix))
    return aside


COLUMNS = "key text primary key, value blob"


class Cache:
    def __init__(self, path: Path | None):
        """`path=None` keeps nothing (every lookup misses)."""
        self.path = path
        self.db: sqlite3.Connection | None = None
        self.warning: str | None = None  # the store was set aside and rebuilt (said once)
        if path is not None:
            self.db, self.warning = open_store(path, "entry", COLUMNS)

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        keys = list(keys)
        found: dict[str, Any] = {}
        if self.db is None or not keys:
            return found
        try:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self.db.execute(
                    f"select key, value from entry where key in ({marks})", chunk
                )
                for key, blob in rows:
                    try:
                        found[key] = pickle.loads(blob)
                    except Exception:
                        continue  # unreadable entry: recomputed and overwritten
        except sqlite3.DatabaseError as err:
            self._reset(err)
        return found

    def put_many(self, items: dict[str, Any]) -> None:
        if self.db is None or not items:
            return
        rows = [(k, pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) for k, v in items.items()]
        try:
            with self.db:
                self.db.executemany("insert or replace into entry values (?, ?)", rows)
        except sqlite3.DatabaseError as err:
            self._reset(err)

    def _reset(self, err: sqlite3.DatabaseError) -> None:
        """The store failed mid-build (corrupt pages, a lock): set it aside, go on with a new one."""
        if self.db is not None:
            self.db.close()
            self.db = None
        if self.path is not None:
            aside = set_aside(self.path, _kind(err))
            self.db, warning = open_store(self.path, "entry", COLUMNS)
            said = f"{_describe(err)}: set aside as {aside.name}, rebuilt"
            self.warning = self.warning or warning or said

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
