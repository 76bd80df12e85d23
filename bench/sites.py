#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# sites.py - code cost of one non-secure call per call shape, for the plugin,
# GCC's native -mcmse and Clang 19, in every execution configuration of the
# test suite: bytes per call site and Secure instructions executed per call
# (QEMU exec log, one line per instruction).
#
# Example:
#   bench/sites.py --root . --build build --out build/bench --clang clang-19
#   -> build/bench/sites.csv, one row per (opt, config, compiler, shape):
#      O2,m33-soft,plugin,int(int),site 72,plain 10,bytes 62,helper 0,...
#   and build/bench/listings/O2/m33-soft/plugin.txt (objdump -d of sites.o).
# Method: bench/sites.c is built twice per compiler (-DBENCH_NS=1 marked
#   calls, -DBENCH_NS=0 plain calls); bytes = size of the site function
#   (symbol size, literal pool included) minus the plain one; a helper the
#   marked build needs that the plain one does not (GCC's libgcc
#   __gnu_cmse_nonsecure_call) is added once with its libgcc size.  Each
#   build is linked with bench/driver.c and testsuite/harness and run on the
#   configuration's QEMU board with -d exec,nochain and one instruction per
#   translation block (-singlestep, or -accel tcg,one-insn-per-tb=on from
#   QEMU 8.1); for each
#   call, the Secure instructions from the site's first instruction to the
#   return into main are counted, leaving out PCs in the board's Non-secure
#   region (the callee) and in the driver's bench_stub_* (the plain callee);
#   executed = marked count minus plain count.
# Options: --opt "-O2 -Os" (levels), --configs "m33-soft m23" (default all),
#   --shapes (default all), --cc, --clang ("" = leave Clang out with a note).
# Limits: one QEMU run per (opt, config, compiler, variant): about a second.
import argparse
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import COMPILERS, Tools, qemu_configs, run, write_csv  # noqa: E402

SHAPES = [
    ("void(void)", "site_void"),
    ("int(int)", "site_int"),
    ("int(int,int,int,int)", "site_int4"),
    ("long long(long long,int)", "site_ll"),
    ("double(double)", "site_double"),
    ("void(struct{char;int})", "site_struct"),
    ("unsigned char(void)", "site_narrow"),
]
# Flags of every site build.  -fno-optimize-sibling-calls: the plain build
# must make a call too (a non-secure call is never a tail call).
# -fomit-frame-pointer: Clang keeps r7 as frame pointer by default on
# bare-metal Thumb, GCC -O2 does not; the same for all three.
SITE_FLAGS = ["-fno-optimize-sibling-calls", "-fomit-frame-pointer"]
ROUNDS = 2   # calls of each site in driver.c (BENCH_ROUNDS)
QEMU_ATTEMPTS = 3   # runs of one variant whose log may disagree with itself
NS_REGIONS = {  # harness.h / the boards' linker scripts
    "an505": [(0x00200000, 0x00400000)],
    "an547": [(0x00040000, 0x00080000), (0x20040000, 0x20080000)],
}
MACHINE = {"an505": ["-M", "mps2-an505", "-cpu", "cortex-m33"],
           "an547": ["-M", "mps3-an547", "-cpu", "cortex-m55"]}
FIELDS = ["opt", "config", "compiler", "shape", "site_bytes", "plain_bytes", "bytes",
          "helper", "helper_bytes", "total_bytes", "site_exec", "plain_exec", "exec"]


def harness_objects(tools, board, flags, outdir):
    """Build the harness as lib/cmse_nscall-qemu.exp does (same options);
    returns the object paths."""
    h = os.path.join(tools.root, "testsuite", "harness")
    define = "-DHARNESS_BOARD_" + board.upper()
    nscpu = "cortex-m55" if board == "an547" else "cortex-m33"
    abi = next((f for f in flags if f.startswith("-mfloat-abi=")), "-mfloat-abi=soft")
    os.makedirs(outdir, exist_ok=True)
    jobs = [("secure_start.o", flags + [define, "-c", os.path.join(h, "secure_start.S")]),
            ("harness.o", flags + [define, "-O2", "-ffreestanding", "-fno-tree-loop-distribute-patterns",
                                   "-I" + h, "-c", os.path.join(h, "harness.c")]),
            ("ns_callee.o", ["-mcpu=" + nscpu, abi, define, "-c", os.path.join(h, "ns_callee.S")])]
    objs = []
    for name, args in jobs:
        obj = os.path.join(outdir, name)
        run([tools.cc] + args + ["-o", obj])
        objs.append(obj)
    return objs


_ONE_INSN_OPTIONS = {}


def qemu_one_insn_per_tb(qemu):
    """QEMU's option for one guest instruction per translation block, so that
    -d exec logs every executed instruction: -singlestep up to QEMU 8.0
    (Debian 12 has 7.2), -accel tcg,one-insn-per-tb=on from 8.1 (Debian 13
    and later, where -singlestep is gone).  Takes the QEMU program; returns
    the option list."""
    if qemu not in _ONE_INSN_OPTIONS:
        ver = subprocess.run([qemu, "-version"], capture_output=True, text=True,
                             stdin=subprocess.DEVNULL).stdout
        m = re.search(r"version (\d+)\.(\d+)", ver)
        new = m is not None and (int(m.group(1)), int(m.group(2))) >= (8, 1)
        _ONE_INSN_OPTIONS[qemu] = (["-accel", "tcg,one-insn-per-tb=on"] if new
                                   else ["-singlestep"])
    return _ONE_INSN_OPTIONS[qemu]


class InconsistentCounts(RuntimeError):
    """The calls of a site disagree in one QEMU exec log."""


def count_exec(log, syms, board):
    """Secure instructions per call of each site in the QEMU exec log LOG
    (path).  SYMS: symbols of the image.  Returns {site: count}; raises
    InconsistentCounts when a site was not run ROUNDS times or its calls
    differ."""
    starts = {syms[fn][0]: fn for _, fn in SHAPES}
    main_lo, main_size = syms["main"]
    skip = list(NS_REGIONS[board])
    skip += [(a, a + s) for n, (a, s) in syms.items() if n.startswith("bench_stub_")]
    pc_re = re.compile(r"^Trace \d+: \S+ \[[0-9a-f]+/([0-9a-f]+)/")
    counts = {fn: [] for _, fn in SHAPES}
    cur, n, last = None, 0, None
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = pc_re.match(line)
            if not m:
                continue
            pc = int(m.group(1), 16)
            # The same PC twice in a row is one instruction: QEMU logs a
            # TB when it enters it, and a TB left at once for a pending
            # exit request (the I/O thread's kick, timing-dependent) is
            # entered and logged again.  No measured code branches to
            # itself.
            if pc == last:
                continue
            last = pc
            if cur is None:
                if pc in starts:
                    cur, n = starts[pc], 1
                continue
            if main_lo <= pc < main_lo + main_size:
                counts[cur].append(n)
                cur = None
            elif not any(lo <= pc < hi for lo, hi in skip):
                n += 1
    result = {}
    for fn, c in counts.items():
        if len(c) != ROUNDS or len(set(c)) != 1:
            raise InconsistentCounts(f"{log}: {fn}: per-call counts {c}, expected {ROUNDS} equal ones")
        result[fn] = c[0]
    return result


def measure(tools, opt, name, flags, board, compiler, ns, workdir, harness):
    """Build and run one variant; returns (sizes {site: bytes},
    undefined symbols, exec counts {site: n}, object path)."""
    b = os.path.join(tools.root, "bench")
    h = os.path.join(tools.root, "testsuite", "harness")
    tag = f"{compiler}-{'ns' if ns else 'plain'}"
    obj = os.path.join(workdir, tag + "-sites.o")
    src = os.path.join(b, "sites.c")
    tools.compile(compiler, flags, [opt] + SITE_FLAGS + [f"-DBENCH_NS={int(ns)}", "-I" + b,
                                                         "-c", src, "-o", obj],
                  sources=[src, os.path.join(b, "shapes.h")], output=obj)
    syms = tools.symbols(obj)
    sizes = {fn: syms[fn][1] for _, fn in SHAPES}
    drv = os.path.join(workdir, tag + "-driver.o")
    define = "-DHARNESS_BOARD_" + board.upper()
    run([tools.cc] + flags + ["-mcmse", "-O2", define, f"-DBENCH_NS={int(ns)}", "-I" + b, "-I" + h,
                              "-c", os.path.join(b, "driver.c"), "-o", drv])
    elf = os.path.join(workdir, tag + ".elf")
    run([tools.cc] + flags + ["-nostartfiles", "-nolibc", "-L" + h, "-T", board + ".ld"]
        + harness + [obj, drv, "-o", elf])
    log = os.path.join(workdir, tag + ".log")
    cmd = ["timeout", "-k", "5", "60", tools.qemu] + MACHINE[board] + [
        "-nographic", "-monitor", "none", "-semihosting-config", "enable=on,target=native",
        "-kernel", elf, "-d", "exec,nochain"] + qemu_one_insn_per_tb(tools.qemu) + ["-D", log]
    # The program is deterministic, so the two calls of a site execute the
    # same instructions; QEMU's exec log has been seen, rarely, to differ
    # by one line between them (GCC 15's native build, in a fresh chroot).
    # Such a run is repeated, its log kept as *.log.inconsistent; three
    # inconsistent runs in a row are an error.
    for attempt in range(1, QEMU_ATTEMPTS + 1):
        r = subprocess.run(cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
        out = r.stdout + r.stderr
        if r.returncode != 0 or "harness: PASS" not in out:
            raise RuntimeError(f"{' '.join(cmd)}: exit status {r.returncode}\n{out}")
        try:
            counts = count_exec(log, tools.symbols(elf), board)
            break
        except InconsistentCounts as e:
            os.replace(log, log + ".inconsistent")
            if attempt == QEMU_ATTEMPTS:
                raise RuntimeError(f"{e} (in {QEMU_ATTEMPTS} runs)") from e
            print(f"sites: {e}; running it again", file=sys.stderr, flush=True)
    os.remove(log)
    return sizes, tools.undefined(obj), counts, obj


def helper_size(tools, flags, names):
    """Sizes of the helpers NAMES in the configuration's libgcc:
    {name: bytes}.  libgcc's assembly helpers (__gnu_cmse_nonsecure_call)
    have no symbol size, so the size is that of the .text section of the
    archive member defining the name.  A name libgcc does not define counts
    0 bytes and is reported."""
    lib = run([tools.cc] + flags + ["-print-libgcc-file-name"]).stdout.strip()
    member_of, member = {}, None
    for line in run([tools.nm, "--defined-only", lib]).stdout.splitlines():
        if line.endswith(".o:"):
            member = line[:-1]
        elif line.strip():
            member_of[line.split()[-1]] = member
    text_size, member = {}, None
    for line in run([tools.objdump, "-h", lib]).stdout.splitlines():
        m = re.match(r"^(\S+\.o):\s+file format", line)
        if m:
            member = m.group(1)
        parts = line.split()
        if member and len(parts) >= 3 and parts[1] == ".text":
            text_size[member] = int(parts[2], 16)
    out = {}
    for n in sorted(names):
        if n not in member_of:
            print(f"sites: {n} is not in {lib}; counted as 0 bytes", file=sys.stderr)
        out[n] = text_size.get(member_of.get(n), 0)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--root", default=".")
    ap.add_argument("--build", default="build")
    ap.add_argument("--out", default="build/bench")
    ap.add_argument("--cc", default="arm-none-eabi-gcc")
    ap.add_argument("--clang", default="")
    ap.add_argument("--opt", default="-O2 -Os")
    ap.add_argument("--configs", default="")
    ap.add_argument("--shapes", default="", help="site function names, e.g. site_int")
    a = ap.parse_args()
    tools = Tools(a.root, a.build, cc=a.cc, clang=a.clang)
    global SHAPES
    if a.shapes:
        SHAPES = [s for s in SHAPES if s[1] in a.shapes.split()]
        if not SHAPES:
            raise RuntimeError(f"no shape among {a.shapes}")
    configs = qemu_configs(tools.root)
    if a.configs:
        unknown = set(a.configs.split()) - {c[0] for c in configs}
        if unknown:
            raise RuntimeError(f"unknown configuration(s) {' '.join(sorted(unknown))}; "
                               f"known: {' '.join(c[0] for c in configs)}")
        configs = [c for c in configs if c[0] in a.configs.split()]
    compilers = [c for c in COMPILERS if tools.have(c)]
    if not tools.have("clang"):
        print("sites: no Clang 19 (bench/clang-setup.sh found none): Clang is left out", file=sys.stderr)
    rows = []
    for opt in a.opt.split():
        for name, flags, board in configs:
            work = os.path.join(a.out, "work", opt.lstrip("-"), name)
            harness = harness_objects(tools, board, flags, os.path.join(work, "harness"))
            for comp in compilers:
                print(f"sites: {opt} {name} {comp}", file=sys.stderr, flush=True)
                ns_sz, ns_und, ns_ex, ns_obj = measure(tools, opt, name, flags, board, comp, True, work, harness)
                pl_sz, pl_und, pl_ex, _ = measure(tools, opt, name, flags, board, comp, False, work, harness)
                extra = {u for u in ns_und - pl_und if not u.startswith("bench_p_")}
                helpers = helper_size(tools, flags, extra) if extra else {}
                hbytes = sum(helpers.values())
                listing = os.path.join(a.out, "listings", opt.lstrip("-"), name, comp + ".txt")
                os.makedirs(os.path.dirname(listing), exist_ok=True)
                with open(listing, "w", encoding="utf-8") as f:
                    f.write(run([tools.objdump, "-d", ns_obj]).stdout)
                for shape, fn in SHAPES:
                    rows.append({"opt": opt, "config": name, "compiler": comp, "shape": shape,
                                 "site_bytes": ns_sz[fn], "plain_bytes": pl_sz[fn],
                                 "bytes": ns_sz[fn] - pl_sz[fn], "helper": " ".join(sorted(helpers)),
                                 "helper_bytes": hbytes, "total_bytes": ns_sz[fn] - pl_sz[fn] + hbytes,
                                 "site_exec": ns_ex[fn], "plain_exec": pl_ex[fn],
                                 "exec": ns_ex[fn] - pl_ex[fn]})
    write_csv(os.path.join(a.out, "sites.csv"), rows, FIELDS)
    print(f"sites: {len(rows)} rows -> {os.path.join(a.out, 'sites.csv')}", file=sys.stderr)


if __name__ == "__main__":
    try:
        main()
    except RuntimeError as e:
        print(f"sites: error: {e}", file=sys.stderr)
        sys.exit(1)
