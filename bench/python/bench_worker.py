"""PyTorch side of the Zoo benchmarks: a worker that times named cases when the C# driver asks.

The driver (bench/Zoo.Bench) and this worker alternate rounds of the same case, so both see the same machine state.
Protocol: one JSON request per line on stdin: {"case": name, "iterations": n, "threads": t, "settle_seconds": s,
"min_seconds": m, "args": {...}} (see bench/Zoo.Bench/RoundRequest.cs);
reply: {"ok": true, "seconds": [per-iteration seconds of this round]} or {"ok": false, "error": str}.
`bench_worker.py --memory CASE --threads N` instead prints the memory one iteration of CASE needs above what the
case holds at rest, in bytes (see memory_probe.py): in a fresh process, as the C# driver measures its side.
"""
import json
import os
import sys
import time
import traceback

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_cases  # noqa: E402
import memory_probe  # noqa: E402

_prepared = {}


def run(request):
    torch.set_num_threads(request.get("threads", 1))
    key = json.dumps([request["case"], request.get("args", {})], sort_keys=True)
    if key not in _prepared:
        _prepared.clear()  # keep one case's tensors alive at a time
        _prepared[key] = bench_cases.CASES[request["case"]](**request.get("args", {}))
    return {"ok": True, "seconds": timed_round(_prepared[key], request["iterations"],
                                               request.get("settle_seconds", 0), request.get("min_seconds", 0))}


def timed_round(step, iterations, settle_seconds, min_seconds):
    """Untimed steps for settle_seconds, then timed steps until there are `iterations` of them taking min_seconds.

    As the C# side's RoundRequest explains: a process that waited while the other side ran needs tens of milliseconds
    before its steps reach their steady speed.
    """
    start = time.perf_counter()
    while time.perf_counter() - start < settle_seconds:
        step()
    seconds = []
    start = time.perf_counter()
    while len(seconds) < iterations or time.perf_counter() - start < min_seconds:
        t0 = time.perf_counter_ns()
        step()
        seconds.append((time.perf_counter_ns() - t0) / 1e9)
    return seconds


def memory(case, threads):
    memory_probe.use_mmap_for_large_allocations()
    torch.set_num_threads(threads)
    print(memory_probe.step_peak(bench_cases.CASES[case]()))


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--memory" and sys.argv[3] == "--threads":
        memory(sys.argv[2], int(sys.argv[4]))
        return
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            reply = run(json.loads(line))
        except Exception:
            reply = {"ok": False, "error": traceback.format_exc()}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
