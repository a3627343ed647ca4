"""Finding and reading dump files: every path the command is given ends up either a file to
import or one line saying why not.

Folders are searched recursively for *.txt, following symbolic links to folders but never round
a loop. What cannot be used is named for what it is: an unreadable folder, a symbolic link loop, a
broken link, a FIFO or device ("not a regular file"; opened without blocking, so a FIFO never
hangs the run), a file too large to be a page. Paths are shown on one line, with bytes that are
not UTF-8 replaced and control characters escaped, so they can be printed and stored safely.
"""

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

MAX_FILE_BYTES = 64 * 1024 * 1024  # a real page dump is well under 1 MB

_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ELOOP: "symbolic link loop",
    errno.ENOENT: "no such file or folder",
    errno.ENOTDIR: "no such file or folder",
    errno.ENAMETOOLONG: "file name too long",
    errno.EIO: "input/output error",
}


class ImportFailure(Exception):
    """A file that cannot be imported; the message names the reason."""


@dataclass(frozen=True)
class DumpFile:
    path: Path
    name: str  # relative to the folder it was found in, for people


def display(path):
    """A path as one printable line: undecodable bytes replaced, control characters escaped."""
    text = os.fsencode(path).decode("utf-8", "replace")
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


def reason_for(error, doing=None):
    """A short lower-case reason for an OSError, e.g. "permission denied"."""
    reason = _REASONS.get(error.errno) or (error.strerror or str(error)).lower()
    return f"{doing}: {reason}" if doing else reason


def find_dump_files(paths):
    """Expand files and folders into ([DumpFile], [(displayed path, reason)])."""
    files, problems = [], []
    for raw in paths:
        path = Path(raw)
        kind, reason = _classify(path)
        if kind == "file":
            files.append(DumpFile(path, display(path.name)))
        elif kind == "folder":
            found, trouble = _walk(path)
            if not found and not trouble:
                trouble = [(display(path), "folder holds no *.txt files")]
            files.extend(found)
            problems.extend(trouble)
        else:
            problems.append((display(path), reason))
    return files, problems


def _classify(path):
    """("file" | "folder" | None, reason) for a path the command was given."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        if error.errno == errno.ENOENT and os.path.lexists(path):
            return None, "broken symbolic link"
        return None, reason_for(error)
    if stat.S_ISDIR(mode):
        return "folder", None
    if stat.S_ISREG(mode):
        return "file", None
    return None, "not a regular file"


def _walk(top):
    """Every *.txt file under `top`, sorted by path, and the problems met on the way."""
    files, problems = [], []
    stack = [(top, frozenset())]
    seen = set()
    while stack:
        folder, ancestors = stack.pop()
        try:
            info = os.stat(folder)
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as error:
            problems.append((display(folder), reason_for(error, "cannot read folder")))
            continue
        here = (info.st_dev, info.st_ino)
        seen.add(here)
        for entry in entries:
            path = Path(entry.path)
            kind, reason = _classify(path)
            if kind == "folder":
                target = os.stat(path)
                key = (target.st_dev, target.st_ino)
                if key in ancestors or key == here:
                    problems.append((display(path), "symbolic link loop"))
                elif key not in seen:
                    stack.append((path, ancestors | {here}))
            elif entry.name.endswith(".txt"):
                if kind == "file":
                    files.append(DumpFile(path, display(path.relative_to(top))))
                else:
                    problems.append((display(path), reason))
            elif reason == "symbolic link loop":
                problems.append((display(path), reason))
    files.sort(key=lambda f: str(f.path))
    return files, problems


def read_dump(path):
    """The file's bytes, or ImportFailure naming why not. Never blocks on a FIFO."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        if error.errno == errno.ENOENT and os.path.lexists(path):
            raise ImportFailure("cannot read file: broken symbolic link") from error
        raise ImportFailure(reason_for(error, "cannot read file")) from error
    with os.fdopen(fd, "rb") as handle:
        try:
            mode, size = os.fstat(fd).st_mode, os.fstat(fd).st_size
            if stat.S_ISDIR(mode):
                raise ImportFailure("a folder, not a file")
            if not stat.S_ISREG(mode):
                raise ImportFailure("not a regular file")
            if size > MAX_FILE_BYTES:
                raise ImportFailure(_too_large(size))
            data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise ImportFailure(reason_for(error, "cannot read file")) from error
    if len(data) > MAX_FILE_BYTES:
        raise ImportFailure(_too_large(len(data)))
    return data


def _too_large(size):
    return f"file too large: {size:,} bytes (the limit is {MAX_FILE_BYTES // 2**20} MB)"
