#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check_count.py - self-test of sites.py's reading of QEMU exec logs, run by
# the bench smoke area (testsuite/cmse_nscall.bench): a synthetic log where
# each site is called twice.
#
# Example: bench/check_count.py  ->  "count_exec: ok" and exit status 0;
#   a wrong count prints what was expected and exits 1.
# Checked: a PC logged twice in a row counts once (QEMU logs a block it
#   left at once for an exit request again); instructions in the
#   Non-secure region and in bench_stub_* do not count; two calls that
#   still disagree raise InconsistentCounts (sites.py then runs QEMU again).
# Limits: the log format of QEMU's -d exec ("Trace N: HOST [CS/PC/...]").
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sites  # noqa: E402


def trace(pc):
    return f"Trace 0: 0x7f0000000000 [00000000/{pc:08x}/00000000/ff200000] site\n"


def main():
    names = [fn for _, fn in sites.SHAPES]
    syms = {"main": (0x10000000, 0x100), "bench_stub_int": (0x10002000, 0x10)}
    for i, fn in enumerate(names):
        syms[fn] = (0x10001000 + 0x40 * i, 0x40)
    lines = []
    for _ in range(sites.ROUNDS):
        for i, fn in enumerate(names):
            base = syms[fn][0]
            pcs = [base, base + 2, base + 4, 0x00200100, 0x10002000, base + 6]
            if fn == names[0] and not lines:
                pcs.insert(2, base + 2)   # re-logged block, first call only
            lines += [trace(pc) for pc in pcs] + [trace(0x10000010)]
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "exec.log")
        with open(log, "w", encoding="utf-8") as f:
            f.writelines(lines)
        counts = sites.count_exec(log, syms, "an505")
        bad = {fn: n for fn, n in counts.items() if n != 4}
        if bad:
            print(f"count_exec: expected 4 instructions per call, got {bad}")
            return 1
        with open(log, "w", encoding="utf-8") as f:
            f.writelines(lines[:3] + lines[4:])   # first call one instruction short
        try:
            sites.count_exec(log, syms, "an505")
        except sites.InconsistentCounts:
            pass
        else:
            print("count_exec: calls of different lengths were not reported")
            return 1
    print("count_exec: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
