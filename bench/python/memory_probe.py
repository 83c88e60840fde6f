"""The memory one step needs: the peak resident set during the step minus the resident set before it (Linux).

Measured the same way on both sides (bench/Zoo.Bench/MemoryProbe.cs): glibc is told to serve every allocation of
64 KiB or more with its own mmap (M_MMAP_THRESHOLD), so a freed tensor leaves the resident set at once and the peak
is the tensors alive together, not what the allocator happened to keep cached. The high-water mark is reset through
/proc/self/clear_refs before the step. Two warm-up steps run first, as on the C# side (see its WarmUpSteps): the
measured step is one of a running loop.
It runs in a fresh process: in one that already ran the case, glibc would serve the step from chunks it cached.
"""
import ctypes
import gc

_M_MMAP_THRESHOLD = -3
_THRESHOLD = 64 * 1024


def use_mmap_for_large_allocations():
    ctypes.CDLL("libc.so.6").mallopt(_M_MMAP_THRESHOLD, _THRESHOLD)


def _status_kib(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


WARM_UP_STEPS = 2


def step_peak(step):
    for _ in range(WARM_UP_STEPS):
        step()
    gc.collect()
    rest = _status_kib("VmRSS")
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    step()
    return (_status_kib("VmHWM") - rest) * 1024
