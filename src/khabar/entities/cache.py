"""A per-user disk cache for the built lexicons, so a new process starts in a fraction of a second.

Building the automaton from the TSV files and reading wordfreq's Arabic table take seconds;
unpickling the built objects takes about a tenth of that. A cache file is named by a hash of
everything the built object depends on (khabar's version, the data files, the source of the
modules that build it, the versions of wordfreq and pyahocorasick), so a changed lexicon or
normalizer can never be served stale. The cache lives in ``$KHABAR_CACHE_DIR``, else
``$XDG_CACHE_HOME/khabar``, else ``~/.cache/khabar``; ``KHABAR_CACHE_DIR=off`` disables it.
Any failure to read or write it falls back to building in memory (a read-only home is fine).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where cache files go, or None when caching is disabled."""
    env = os.environ.get("KHABAR_CACHE_DIR")
    if env:
        return None if env.lower() in ("off", "0", "none") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "khabar"


def _version(pkg: str) -> str:
    try:
        return metadata.version(pkg)
    except metadata.PackageNotFoundError:
        return "?"


def fingerprint(files: Iterable[Path], extra: Iterable[str] = ()) -> str:
    """Hash of the files' bytes (absent files count as empty) and of ``extra`` strings."""
    from khabar import __version__

    h = hashlib.sha256(__version__.encode())
    for s in extra:
        h.update(b"\0" + s.encode())
    for f in files:
        h.update(b"\1" + f.name.encode())
        try:
            h.update(f.read_bytes())
        except OSError:
            h.update(b"-")
    return h.hexdigest()[:20]


def cached(name: str, files: Iterable[Path], build: Callable[[], T], packages: Iterable[str] = ()) -> T:
    """``build()``'s result, from ``<cache dir>/<name>-<fingerprint>.pickle`` when present."""
    d = cache_dir()
    if d is None:
        return build()
    key = fingerprint(files, [f"{p}={_version(p)}" for p in packages])
    path = d / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)  # type: ignore[no-any-return]  # our own file, keyed by content
    except Exception:  # noqa: BLE001 - absent, truncated or from another Python: rebuild
        pass
    obj = build()
    try:
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob(f"{name}-*.pickle"):
            old.unlink(missing_ok=True)  # an older build of the same object
        fd, tmp = tempfile.mkstemp(dir=d, prefix=f".{name}-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the whole new one
    except OSError:
        pass
    return obj
