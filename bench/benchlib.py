# SPDX-License-Identifier: GPL-3.0-or-later
#
# benchlib.py - what the `make bench' scripts share: the execution
# configurations (read from the test suite, not repeated here), the three
# compilers under test and how to run each, symbol sizes, CSV output.
#
# Example:
#   from benchlib import Tools, qemu_configs
#   tools = Tools(root, build, cc="arm-none-eabi-gcc", clang="clang-19")
#   for name, flags, board in qemu_configs(root): ...
#   tools.compile("plugin", flags, ["-O2", "-c", "x.c", "-o", "x.o"])
# Compilers: "plugin" = CC -fplugin=BUILD/cmse_nscall.so -mcmse,
#   "native" = CC -mcmse (the same GCC, plugin not loaded),
#   "clang" = Clang 19 -mcmse with the --target of the configuration's
#   architecture; Clang given as a command ("clang-19") or as
#   "chroot:DIR" (run inside that Debian tree; bench/clang-setup.sh).
# Limits: Debian tools (arm-none-eabi-binutils); Python 3.9 or later,
#   standard library only (the plot, in report.py, uses matplotlib).
import csv
import os
import re
import shutil
import subprocess
import tempfile

COMPILERS = ("plugin", "native", "clang")
COMPILER_LABEL = {"plugin": "plugin", "native": "GCC -mcmse", "clang": "Clang 19"}


def qemu_configs(root):
    """The execution configurations of testsuite/lib/cmse_nscall-qemu.exp.

    Takes ROOT (the source tree).  Returns a list of (name, [options],
    board) in the file's order; board is "an547" for Armv8.1-M code
    (-mcpu=cortex-m55 / -march=armv8.1-m.main), else "an505", the rule of
    cmse_nscall_qemu_board_for there.  Raises RuntimeError when the table
    cannot be read."""
    path = os.path.join(root, "testsuite", "lib", "cmse_nscall-qemu.exp")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"set cmse_nscall_qemu_all_configs \{(.*?)\n\}", text, re.S)
    if not m:
        raise RuntimeError(f"{path}: no cmse_nscall_qemu_all_configs table")
    configs = []
    for name, flags in re.findall(r"^\s*(\S+)\s+\{([^}]*)\}", m.group(1), re.M):
        opts = flags.split()
        board = "an505"
        for o in opts:
            if o.startswith("-mcpu=cortex-m55") or o.startswith("-march=armv8.1-m.main"):
                board = "an547"
        configs.append((name, opts, board))
    if not configs:
        raise RuntimeError(f"{path}: empty configuration table")
    return configs


def clang_target(flags):
    """--target for Clang from GCC options FLAGS (list): Baseline for
    cortex-m23 / armv8-m.base, Armv8.1-M for cortex-m55 / armv8.1-m.main,
    else Armv8-M Mainline.  Returns the triple."""
    for o in flags:
        if o in ("-mcpu=cortex-m23", "-march=armv8-m.base"):
            return "thumbv8m.base-none-eabi"
        if o.startswith("-mcpu=cortex-m55") or o.startswith("-march=armv8.1-m.main"):
            return "thumbv8.1m.main-none-eabi"
    return "thumbv8m.main-none-eabi"


class Tools:
    """Paths and runners.  ROOT source tree, BUILD build tree (holds
    cmse_nscall.so), CC the arm-none-eabi GCC, CLANG "" (none), a command,
    or "chroot:DIR"."""

    def __init__(self, root, build, cc="arm-none-eabi-gcc", clang="", qemu="qemu-system-arm"):
        self.root = os.path.abspath(root)
        self.build = os.path.abspath(build)
        self.cc = cc
        self.clang = clang
        self.qemu = qemu
        self.plugin = os.path.join(self.build, "cmse_nscall.so")
        prefix = cc[: -len("gcc")] if cc.endswith("gcc") else "arm-none-eabi-"
        self.nm = prefix + "nm"
        self.objdump = prefix + "objdump"
        if not os.path.exists(self.plugin):
            raise RuntimeError(f"{self.plugin} missing: run make build first")

    def have(self, compiler):
        return compiler != "clang" or bool(self.clang)

    def clang_version(self):
        """First line of `clang --version', or "" without Clang."""
        if not self.clang:
            return ""
        r = self._clang_run(["--version"], [], None, check=False)
        return r.stdout.splitlines()[0] if r.returncode == 0 and r.stdout else ""

    def gcc_version(self):
        return run([self.cc, "--version"]).stdout.splitlines()[0]

    def compile(self, compiler, flags, args, sources=(), output=None):
        """Run COMPILER ("plugin", "native", "clang") with the configuration
        options FLAGS and the extra ARGS (list, naming SOURCES and OUTPUT
        by their host paths).  -mcmse is added for all three.  Returns the
        CompletedProcess; raises RuntimeError with the compiler's output
        when it fails."""
        if compiler == "clang":
            r = self._clang_run(["--target=" + clang_target(flags)] + list(flags) + ["-mcmse"] + list(args),
                                sources, output)
        else:
            cmd = [self.cc] + list(flags) + ["-mcmse"]
            if compiler == "plugin":
                cmd.append("-fplugin=" + self.plugin)
            r = subprocess.run(cmd + list(args), capture_output=True, text=True)
            r.args = cmd + list(args)
        if r.returncode != 0:
            raise RuntimeError(f"{' '.join(r.args)}\n{r.stdout}{r.stderr}")
        return r

    def _clang_run(self, args, sources, output, check=True):
        # A chroot sees only its own tree: copy the inputs in, rename the
        # paths in ARGS, copy the output back.
        if not self.clang.startswith("chroot:"):
            r = subprocess.run([self.clang] + args, capture_output=True, text=True)
            r.args = [self.clang] + args
            return r
        croot = self.clang[len("chroot:"):]
        with tempfile.TemporaryDirectory(dir=os.path.join(croot, "tmp")) as tmp:
            inside = "/tmp/" + os.path.basename(tmp)
            mapping = {}
            for s in list(sources):
                d = os.path.join(tmp, os.path.basename(s))
                shutil.copy(s, d)
                mapping[s] = inside + "/" + os.path.basename(s)
                mapping["-I" + os.path.dirname(s)] = "-I" + inside
            if output:
                mapping[output] = inside + "/out.o"
            cargs = [mapping.get(a, a) for a in args]
            cmd = ["chroot", croot, "clang-19"] + cargs
            r = subprocess.run(cmd, capture_output=True, text=True)
            if output and r.returncode == 0:
                shutil.copy(os.path.join(tmp, "out.o"), output)
            r.args = cmd
            return r

    def symbols(self, path):
        """Defined symbols of the ELF file or archive PATH with a size:
        {name: (address with the Thumb bit clear, size in bytes)}."""
        out = run([self.nm, "-S", "--defined-only", path]).stdout
        syms = {}
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 4:
                syms[parts[3]] = (int(parts[0], 16) & ~1, int(parts[1], 16))
        return syms

    def undefined(self, path):
        """Names of the undefined symbols of object PATH (a set)."""
        out = run([self.nm, "-u", path]).stdout
        return {line.split()[-1] for line in out.splitlines() if line.strip()}


def run(cmd, **kw):
    """Run CMD (list); returns the CompletedProcess; raises RuntimeError
    with its output when it exits non-zero."""
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}\n{r.stdout}{r.stderr}")
    return r


def write_csv(path, rows, fields):
    """Write ROWS (dicts) with the columns FIELDS to PATH."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        for row in rows:
            w.writerow(row)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))
