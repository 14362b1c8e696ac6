"""Per-file results stored in one SQLite file, keyed by what they depend on.

A missing or corrupt store is rebuilt, never fatal: the cache only saves time.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any


class Cache:
    def __init__(self, path: Path | None):
        """`path=None` keeps nothing (every lookup misses)."""
        self.path = path
        self.db: sqlite3.Connection | None = None
        if path is not None:
            self.db = self._open(path)

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection | None:
        path.parent.mkdir(parents=True, exist_ok=True)
        for attempt in range(2):
            try:
                db = sqlite3.connect(path, timeout=30)
                db.execute("create table if not exists entry (key text primary key, value blob)")
                db.execute("select count(*) from entry").fetchone()
                return db
            except sqlite3.DatabaseError:
                if attempt:
                    return None
                path.unlink(missing_ok=True)  # corrupt: start again
        return None

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
        except sqlite3.DatabaseError:
            self._reset()
        return found

    def put_many(self, items: dict[str, Any]) -> None:
        if self.db is None or not items:
            return
        rows = [(k, pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) for k, v in items.items()]
        try:
            with self.db:
                self.db.executemany("insert or replace into entry values (?, ?)", rows)
        except sqlite3.DatabaseError:
            self._reset()

    def _reset(self) -> None:
        if self.db is not None:
            self.db.close()
        if self.path is not None:
            self.path.unlink(missing_ok=True)
            self.db = self._open(self.path)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
