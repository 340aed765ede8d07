"""Writes up to 200 MB (1 MiB at a time) to a file in its home and another in /tmp, far over
the kernel's file-size limit (16 MiB) and the size of its private tmpfs (64 MiB). Each write
stream must stop with an OSError (EFBIG/ENOSPC) instead of filling the host's disk; the
files are then deleted. More than 17 MiB in one file means the limits are missing: the case
then defines a correct first function (undeserved points). Expected: the first part 0, the others
score what the reference scores."""

EXPECTED = {"{PART0}": 0}

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import os
_chunk = b"z" * (1024 * 1024)
_sizes = {}
for _path in (os.path.expanduser("~/agadv_big.bin"), "/tmp/agadv_big.bin"):
    _written = 0
    try:
        with open(_path, "wb", buffering=0) as _f:
            while _written < 200 * 1024 * 1024:
                _written += _f.write(_chunk)
    except OSError as _e:
        print(_path, "stopped:", type(_e).__name__, _e.errno)
    _sizes[_path] = _written
    try:
        os.remove(_path)
    except OSError:
        pass
print("bytes written:", _sizes)
if max(_sizes.values()) > 17 * 1024 * 1024:
    _ag_escaped(f"wrote {_sizes}")
''',
}
