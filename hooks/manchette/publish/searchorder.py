"""Pagefind's output in one order, so that two builds of the same site give the same bytes.

Pagefind 1.x writes the values of each filter (and the list of filters) in the order of a Rust
hash map, which changes from one run to the next: the same site gets other filter files, hence
another metadata file and another entry. Everything else it writes is already stable. Here the
filter values are sorted by name, each filter file is named after its own content, and the
metadata and entry follow. A file that this module cannot read back exactly as Pagefind wrote it
(a format it does not know) is left as it is: search still works, only not byte for byte.

Pagefind's files are gzip of "pagefind_dcd" + CBOR (arrays, maps, text, integers).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import struct
from pathlib import Path

SIGNATURE = b"pagefind_dcd"


def _decode(data: bytes, i: int = 0):
    head = data[i]
    major, info = head >> 5, head & 31
    i += 1
    if info < 24:
        value = info
    elif info <= 27:
        size = 1 << (info - 24)
        value = int.from_bytes(data[i : i + size], "big")
        i += size
    else:
        raise ValueError("indefinite or reserved CBOR item")
    if major == 0:
        return value, i
    if major == 1:
        return -1 - value, i
    if major in (2, 3):
        raw = data[i : i + value]
        return (bytes(raw) if major == 2 else raw.decode("utf-8")), i + value
    if major == 4:
        items = []
        for _ in range(value):
            item, i = _decode(data, i)
            items.append(item)
        return items, i
    if major == 5:
        mapping = {}
        for _ in range(value):
            key, i = _decode(data, i)
            mapping[key], i = _decode(data, i)
        return mapping, i
    raise ValueError(f"CBOR major type {major}")


def _head(major: int, value: int) -> bytes:
    if value < 24:
        return bytes([major << 5 | value])
    for info, fmt in ((24, ">B"), (25, ">H"), (26, ">I"), (27, ">Q")):
        if value < 1 << (8 * struct.calcsize(fmt)):
            return bytes([major << 5 | info]) + struct.pack(fmt, value)
    raise ValueError("integer too large")


def _encode(value) -> bytes:
    if isinstance(value, bool) or value is None:
        raise ValueError("unexpected CBOR value")
    if isinstance(value, int):
        return _head(0, value) if value >= 0 else _head(1, -1 - value)
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return _head(3, len(raw)) + raw
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(_encode(v) for v in value)
    if isinstance(value, dict):
        return _head(5, len(value)) + b"".join(_encode(k) + _encode(v) for k, v in value.items())
    raise ValueError(f"unexpected CBOR value {type(value).__name__}")


def read_pagefind(path: Path):
    """The CBOR value of a Pagefind file, or None when re-encoding it would change its bytes."""
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        return None
    value, end = _decode(raw, len(SIGNATURE))
    if end != len(raw) or _encode(value) != raw[len(SIGNATURE) :]:
        return None
    return value


def write_pagefind(path: Path, value) -> None:
    path.write_bytes(gzip.compress(SIGNATURE + _encode(value), compresslevel=6, mtime=0))


def _content_name(lang: str, value, digits: int) -> str:
    return f"{lang}_{hashlib.sha256(_encode(value)).hexdigest()[:digits]}"


def sort_bundle(out: Path) -> bool:
    """Put the Pagefind output folder `out` in a stable order; False when it was left as is.
    Every file is read and checked before any is rewritten."""
    entry_file = out / "pagefind-entry.json"
    old_files: list[Path] = []
    new_files: list[tuple[Path, object]] = []
    try:
        entry = json.loads(entry_file.read_text(encoding="utf-8"))
        for lang, info in entry["languages"].items():
            meta_file = out / f"pagefind.{info['hash']}.pf_meta"
            meta = read_pagefind(meta_file)
            if meta is None or len(meta) < 4 or not isinstance(meta[3], list):
                return False
            filters = []
            for name, old in meta[3]:
                filter_file = out / "filter" / f"{old}.pf_filter"
                value = read_pagefind(filter_file)
                if value is None or len(value) != 2 or not isinstance(value[1], list):
                    return False
                value[1].sort(key=lambda item: item[0])
                new = _content_name(lang, value, 7)
                filters.append([name, new])
                old_files.append(filter_file)
                new_files.append((out / "filter" / f"{new}.pf_filter", value))
            meta[3] = sorted(filters)
            info["hash"] = _content_name(lang, meta, 21)
            old_files.append(meta_file)
            new_files.append((out / f"pagefind.{info['hash']}.pf_meta", meta))
    except (ValueError, KeyError, TypeError, IndexError, EOFError, gzip.BadGzipFile):
        return False
    for path in old_files:
        path.unlink()
    for path, value in new_files:
        write_pagefind(path, value)
    entry_file.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    return True
