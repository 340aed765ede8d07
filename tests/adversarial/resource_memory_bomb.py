"""Tries to allocate and touch 6 GiB three ways (bytearray, numpy, torch) in the first answer
cell, twice the kernel's address-space limit. Each attempt must fail with
MemoryError/RuntimeError inside the kernel (not by the host's OOM killer); the kernel carries
on. If an allocation succeeds the limit is missing: the case then defines a correct first
function (undeserved points). Expected: the first part 0, the others score what the reference
scores."""

EXPECTED = {"{PART0}": 0}

ANSWERS = {
    "{ANSWER0}": '''
{KERNEL_LIB}
import numpy, torch
_size = 6 * 1024 ** 3
_got = []
for _name, _alloc in (("bytearray", lambda: bytearray(_size)),
                      ("numpy", lambda: numpy.ones(_size // 8)),
                      ("torch", lambda: torch.ones(_size // 4))):
    try:
        _blob = _alloc()
        _got.append(_name)
        del _blob
    except (MemoryError, RuntimeError) as _e:
        print(_name, "refused:", type(_e).__name__)
if _got:
    _ag_escaped("allocated 6 GiB with " + ", ".join(_got))
''',
}
