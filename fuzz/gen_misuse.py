#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# gen_misuse.py - random and malformed declarations using the cmse-nscall
# marks, for the "never crash" fuzzing of testsuite/cmse_nscall.fuzz.
#
# Writes COUNT small translation units (C and C++) into DIR and prints one
# line per input, "FILE<TAB>OPTIONS", the options to compile it with (CPU,
# float ABI, -mcmse or not, language standard, optimisation, sometimes the
# plugin's disable key).  Each unit combines a few fragments: marks in every
# spelling (GNU, C2x/C++11, GCC's own cmse_nonsecure_call, with and without
# arguments, doubled, misspelt namespace) in every position (function type,
# pointer declarator, after the parameter list, on a function, a variable,
# a struct, a parameter, a field, a cast, sizeof, typeof, _Generic, a
# template alias, a member pointer, a lambda), on odd types (void, long
# double, _Complex, _Float16, vectors, _Atomic, incomplete and huge structs,
# arrays, variadic and K&R lists, references), redeclarations with and
# without the mark, and calls through the marked pointers.  Six units in
# ten are "valid" (legal spellings, register-sized signatures, calls in
# loops and conditions) so that the plugin's passes, not only its attribute
# handler, see them; of the wild rest, two in five are mutated (a token
# dropped, a range duplicated, the text cut short) so that the parser sees
# malformed input around the marks.
#
# Example:  python3 fuzz/gen_misuse.py --seed 1 --count 3 --out /tmp/m
#   m00000.c	-mcpu=cortex-m33 -mfloat-abi=hard -mcmse -O2 -std=gnu17
#   m00001.cc	-mcpu=cortex-m23 -mcmse -O0 -std=c++17
#   ...
# The compiler must end every one normally: success, warnings or errors;
# an internal compiler error, a signal or a hang is a plugin bug.
# Limits: GCC-specific spellings only; no -flto (tested elsewhere).

import argparse
import os
import random
import sys

MARKS_C = [
    "__attribute__ ((cmse_nscall))",
    "__attribute__ ((cmse_nscall))",
    "__attribute__ ((__cmse_nscall__))",
    "__attribute__ ((cmse_nscall (1)))",
    "__attribute__ ((cmse_nscall (\"x\")))",
    "__attribute__ ((cmse_nscall ()))",
    "__attribute__ ((cmse_nscall, cmse_nscall))",
    "__attribute__ ((cmse_nonsecure_call))",
    "__attribute__ ((cmse_nonsecure_call (2)))",
    "__attribute__ ((cmse_nonsecure_entry))",
    "__attribute__ ((cmse_nscall, pcs (\"aapcs\")))",
    "__attribute__ ((pcs (\"aapcs-vfp\"), cmse_nscall))",
    "__attribute__ ((cmse_nscall, noreturn))",
    "__attribute__ ((cmse_nscall, always_inline))",
    "__attribute__ ((cmse_nscall, aligned (8)))",
    "__attribute__ ((cmse_nscall, vector_size (8)))",
    "__attribute__ ((cmse_nscall, mode (SI)))",
]
MARKS_STD = [
    "[[cmse::nonsecure_call]]",
    "[[cmse::nonsecure_call]]",
    "[[cmse::nonsecure_call(1)]]",
    "[[cmse::nonsecure_call()]]",
    "[[cmse::nonsecure_call, cmse::nonsecure_call]]",
    "[[__cmse__::__nonsecure_call__]]",
    "[[cmse::nonsecure_cal]]",
    "[[gnu::cmse_nscall]]",
    "[[gnu::cmse_nonsecure_call]]",
    "[[cmse::cmse_nscall]]",
    "[[cmse::nonsecure_call]] [[cmse::nonsecure_call]]",
]

TYPES_C = [
    "int", "void", "char", "signed char", "unsigned char", "_Bool", "short",
    "unsigned", "long", "long long", "unsigned long long", "float", "double",
    "long double", "_Complex float", "_Complex double", "_Float16", "__fp16",
    "struct inc", "struct big", "struct s3", "struct hfa4", "struct hfa5",
    "struct dfa2", "union u", "enum e", "struct bf", "struct empty",
    "struct flex", "int *", "void *", "const volatile int", "_Atomic int",
    "int __attribute__ ((vector_size (8)))", "int __attribute__ ((vector_size (16)))",
    "struct s3 *", "fnp_t", "int (*)(int)", "char *", "__int128",
]
TYPES_CXX_EXTRA = [
    "bool", "int &", "int &&", "const struct s3 &", "decltype (nullptr)",
    "C", "struct nt", "T", "auto", "E2", "int C::*", "int (C::*)(int)",
]

PRELUDE_C = """\
struct inc;
struct big { int a[9]; };
struct s3 { char c; short s; int i; };
struct hfa4 { float a, b, c, d; };
struct hfa5 { float a, b, c, d, e; };
struct dfa2 { double a, b; };
union u { char c; int i; float f; };
enum e { E0, E1 = 300 };
struct bf { unsigned a : 3; unsigned : 2; unsigned b : 1; };
struct empty { };
struct flex { int n; int d[]; };
typedef int (*fnp_t) (int);
extern int gi;
"""
PRELUDE_CXX = PRELUDE_C.replace("struct empty { };", "struct empty { };") + """\
struct C { int m; int f (int); };
struct nt { nt (); nt (const nt &); ~nt (); int x; };
enum class E2 : short { a, b };
template <class T> struct W { T v; };
"""


VALID_TYPES = ["int", "char", "unsigned char", "short", "_Bool", "long long", "float",
               "double", "struct s3", "struct hfa4", "struct dfa2", "union u", "enum e",
               "struct bf", "int *", "void *", "unsigned", "signed char"]


class Gen:
    def __init__(self, r, cxx, std):
        self.r, self.cxx, self.std = r, cxx, std
        self.n = 0
        self.ptrs = []   # (name, nparams) of marked pointers declared
        # Most units are valid, so that the plugin's passes (not only the
        # parser) see odd but legal signatures; the rest are wild.
        self.valid = r.random() < 0.6

    def mark(self):
        r = self.r
        if self.valid:
            pool = ["__attribute__ ((cmse_nscall))", "__attribute__ ((cmse_nonsecure_call))"]
            if self.cxx or "2x" in self.std:
                pool.append("[[cmse::nonsecure_call]]")
            return r.choice(pool)
        if self.cxx or r.random() < 0.3:
            pool = MARKS_C + MARKS_STD if r.random() < 0.7 else MARKS_STD
        else:
            pool = MARKS_C
        return r.choice(pool)

    def ty(self):
        if self.valid:
            t = self.r.choice(VALID_TYPES)
            return "bool" if (t == "_Bool" and self.cxx) else t
        pool = TYPES_C + (TYPES_CXX_EXTRA if self.cxx else [])
        t = self.r.choice(pool)
        if t == "T" and not self.cxx:
            t = "int"
        return t

    def params(self):
        r = self.r
        if self.valid:
            ps = [self.ty() for _ in range(r.randint(0, 3))]
            return (", ".join(ps) or "void"), len(ps)
        c = r.random()
        if c < 0.1:
            return "void", 0
        if c < 0.15:
            return "", 0
        if c < 0.22:
            return "int, ...", 1
        if c < 0.25 and not self.cxx:
            return "a, b", 2
        ps = [self.ty() for _ in range(r.randint(1, 6))]
        ps = [p if p != "void" else "int" for p in ps]
        return ", ".join(ps), len(ps)

    def name(self, base="p"):
        self.n += 1
        return "%s%d" % (base, self.n)

    def decl(self):
        """One declaration with a mark somewhere."""
        r = self.r
        m = self.mark()
        ret = self.ty()
        if self.valid and r.random() < 0.8:
            ret = r.choice(["int", "void", "char", "short", "unsigned char", "long long", "float",
                            "double", "enum e", "signed char", "struct bf", "union u"])
        ps, np = self.params()
        nm = self.name()
        forms = [
            "typedef %s %s %s_t (%s);\n%s_t *%s;" % (ret, m, nm, ps, nm, nm),
            "typedef %s (%s *%s_t) (%s);\n%s_t %s;" % (ret, m, nm, ps, nm, nm),
            "%s (* %s %s) (%s);" % (ret, m, nm, ps),
            "%s (*%s) (%s) %s;" % (ret, nm, ps, m),
            "%s %s (*%s) (%s);" % (m, ret, nm, ps),
            "%s %s (%s);" % (ret, m and nm, ps) + "\n%s %s %s2 (%s);" % (m, ret, nm, ps),
            "%s %s %s;" % (m, ret, nm),
            "struct %s %s_s { int x; };" % (m, nm),
            "struct %s_s2 { %s (* %s f) (%s); int %s g : 3; };" % (nm, ret, m, ps, m),
            "void %s_f (%s (* %s q) (%s), int %s z);" % (nm, ret, m, ps, m),
            "%s (* %s %s[3]) (%s);" % (ret, m, nm, ps),
            "%s (* %s * %s) (%s);" % (ret, m, nm, ps),
            "%s (* (* %s %s) (int)) (%s);" % (ret, m, nm, ps),
            "int %s_sz = sizeof (%s (* %s) (%s));" % (nm, ret, m, ps),
            "%s (* %s %s) (%s) = 0;" % (ret, m, nm, ps),
            "%s (* %s %s) (%s);\n%s (*%s) (%s);" % (ret, m, nm, ps, ret, nm, ps),
            "%s (*%s) (%s);\n%s (* %s %s) (%s);" % (ret, nm, ps, ret, m, nm, ps),
            "typedef %s %s_f (%s);\ntypedef %s_f %s %s_g;\n%s_g *%s;" % (ret, nm, ps, nm, m, nm, nm, nm),
            "void *%s_v = (%s (* %s) (%s)) 0x201;" % (nm, ret, m, ps),
            "%s %s_fd (%s) %s { }" % (ret, nm, ps, m),
        ]
        if not self.cxx:
            forms += [
                "__typeof__ (%s (* %s) (%s)) %s;" % (ret, m, ps, nm),
                "int %s_g = _Generic ((%s (* %s) (%s)) 0, default: 1);" % (nm, ret, m, ps),
                "%s (* %s %s) ();\n%s (* %s %s) (%s);" % (ret, m, nm, ret, m, nm, ps),
            ]
        else:
            forms += [
                "using %s_t = %s (%s) %s;\n%s_t *%s;" % (nm, ret, ps, m, nm, nm),
                "template <class T> using %s_t = T (T) %s;\n%s_t<%s> *%s;" % (nm, m, nm, ret, nm),
                "template <class T> T %s_call (T (* %s p) (T), T v) { return p (v); }\nint %s_i = %s_call<int> (0, 1);"
                % (nm, m, nm, nm),
                "template <class R, class... A> void %s_v (R (* %s p) (A...), A... a) { p (a...); }" % (nm, m),
                "auto %s_l = [] (int x) %s { return x; };" % (nm, m),
                "int (C::* %s %s) (int);" % (m, nm),
                "struct %s_c { %s (* %s f) (%s); virtual int g () %s; };" % (nm, ret, m, ps, m),
                "%s (& %s %s) (%s) = *(%s (*) (%s)) 0;" % (ret, m, nm, ps, ret, ps),
                "W<%s (* %s) (%s)> %s;" % (ret, m, ps, nm),
                "decltype (static_cast<%s (* %s) (%s)> (nullptr)) %s;" % (ret, m, ps, nm),
                "constexpr %s (* %s %s) (%s) = nullptr;" % (ret, m, nm, ps),
                "namespace %s_n { %s (* %s %s) (%s); }" % (nm, ret, m, nm, ps),
                "void %s_o (int (* %s) (int));\nvoid %s_o (int (*) (int));" % (nm, m, nm),
            ]
        if self.valid:
            std_ok = "[[" not in m
            forms = ["typedef %s %s %s_t (%s);\n%s_t *%s;" % (ret, m, nm, ps, nm, nm),
                     "%s (* %s %s) (%s);" % (ret, m, nm, ps) if std_ok else
                     "typedef %s %s_t (%s) %s;\n%s_t *%s;" % (ret, nm, ps, m, nm, nm)]
            if self.cxx:
                forms.append("using %s_t = %s (%s) [[cmse::nonsecure_call]];\n%s_t *%s;" % (nm, ret, ps, nm, nm))
        text = r.choice(forms)
        if "(*" in text or "(* " in text:
            self.ptrs.append((nm, np, ps, ret))
        return text

    def arg(self, t):
        t = t.strip()
        simple = {"int", "char", "signed char", "unsigned char", "_Bool", "short",
                  "unsigned", "long", "long long", "unsigned long long", "bool",
                  "float", "double", "long double", "_Float16", "__fp16",
                  "enum e", "__int128"}
        if t in simple:
            return "(%s) %d" % (t, self.r.randint(-3, 300))
        if t.endswith("*") or t in ("fnp_t", "int (*)(int)"):
            return "0"
        if t.startswith("struct") or t.startswith("union"):
            return "gv_%s" % t.split()[-1] if t.split()[-1] in ("big", "s3", "hfa4", "hfa5", "dfa2", "u", "bf") else "0"
        return "0"

    def use(self):
        """A function calling through one of the marked pointers."""
        r = self.r
        if not self.ptrs:
            return ""
        nm, np, ps, ret = r.choice(self.ptrs)
        if ps in ("", "void"):
            args = ""
        elif ps == "int, ...":
            args = ", ".join(["1"] + ["%d" % r.randint(0, 9) for _ in range(r.randint(0, 6))])
        elif ps == "a, b":
            args = "1, 2"
        else:
            args = ", ".join(self.arg(p) for p in ps.split(","))
        self.n += 1
        if self.valid:
            call = "%s (%s)" % (nm, args)
            res = "" if ret == "void" else "gv_sink = gv_sink * 3 + sizeof (%s);" % call
            body = r.choice([
                "  %s;" % call,
                "  for (int i = 0; i < 3; i++) %s;" % call,
                "  if (gi) %s; else gi = 2;" % call,
                "  int k = gi; %s; %s; gi = k;" % (call, call),
                "  %s %s" % ("(void)" if ret == "void" else "(void)", call) + "; " + res,
            ])
            if ret in ("int", "char", "short", "unsigned", "_Bool", "bool", "long long", "unsigned char",
                       "signed char", "float", "double"):
                body += "\n  gi += (int) %s;" % call
                if ps.split(",")[0].strip() == "int":
                    body += "\n  gi += (int) %s ((int) %s%s);" % (
                        nm, call, "" if len(ps.split(",")) == 1 else ", " + ", ".join(
                            self.arg(p) for p in ps.split(",")[1:]))
            return "int use%d (void)\n{\n%s\n  return 0;\n}" % (self.n, body)
        body = r.choice([
            "  %s (%s);" % (nm, args),
            "  return (int) (long) %s (%s);" % (nm, args),
            "  for (int i = 0; i < 3; i++) %s (%s);" % (nm, args),
            "  if (%s) (*%s) (%s);" % (nm, nm, args),
            "  %s = 0;" % nm,
            "  (void) sizeof (%s (%s));" % (nm, args),
            "  __builtin_memcpy (&%s, &gi, sizeof gi);" % nm,
            "  return %s == 0;" % nm,
            "  %s[0] (%s);" % (nm, args),
            "  (*%s) (%s); (**%s) (%s);" % (nm, args, nm, args),
            "  void *v = (void *) %s; ((int (*) (int)) v) (1);" % nm,
            "  int __attribute__ ((cmse_nscall)) (*l) (int) = (int __attribute__ ((cmse_nscall)) (*) (int)) %s; l (1);" % nm,
        ])
        return "int use%d (void)\n{\n%s\n  return 0;\n}" % (self.n, body)

    def unit(self):
        r = self.r
        parts = [PRELUDE_CXX if self.cxx else PRELUDE_C]
        parts.append("unsigned gv_sink;")
        parts.append("struct big gv_big; struct s3 gv_s3; struct hfa4 gv_hfa4; struct hfa5 gv_hfa5;"
                     " struct dfa2 gv_dfa2; union u gv_u; struct bf gv_bf;")
        for _ in range(r.randint(1, 4)):
            parts.append(self.decl())
            if r.random() < 0.7:
                parts.append(self.use())
        return "\n".join(parts) + "\n"


def mutate(r, text):
    c = r.random()
    toks = text.split(" ")
    if c < 0.35 and len(toks) > 3:
        del toks[r.randrange(len(toks))]
        return " ".join(toks)
    if c < 0.6 and len(toks) > 3:
        i = r.randrange(len(toks))
        j = min(len(toks), i + r.randint(1, 6))
        toks[i:i] = toks[i:j]
        return " ".join(toks)
    if c < 0.8:
        return text[:r.randrange(len(text) // 2, len(text))]
    i = r.randrange(len(text))
    return text[:i] + r.choice(["(", ")", "[[", "]]", "*", ",", ";", "{", "}", "::", "..."]) + text[i:]


CONFIGS = [
    "-mcpu=cortex-m33 -mfloat-abi=soft -mcmse",
    "-mcpu=cortex-m33 -mfloat-abi=softfp -mfpu=fpv5-sp-d16 -mcmse",
    "-mcpu=cortex-m33 -mfloat-abi=hard -mfpu=fpv5-sp-d16 -mcmse",
    "-mcpu=cortex-m23 -mcmse",
    "-mcpu=cortex-m55 -mfloat-abi=soft -mcmse",
    "-mcpu=cortex-m55 -mfloat-abi=hard -mcmse",
    "-mcpu=cortex-m33 -mfloat-abi=hard -mfpu=fpv5-sp-d16",
    "-mcpu=cortex-m4",
    "-mcpu=cortex-m33 -mbig-endian -mcmse",
    "-march=armv8-m.main -mcmse",
    "-march=armv8.1-m.main+mve -mcmse",
]


def main():
    ap = argparse.ArgumentParser(description="misuse inputs for cmse-nscall")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--out", default=".")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for i in range(a.first, a.first + a.count):
        r = random.Random("misuse/%d/%d" % (a.seed, i))
        cxx = r.random() < 0.45
        if cxx:
            std = r.choice(["-std=c++11", "-std=gnu++14", "-std=c++17", "-std=c++20"])
        else:
            std = r.choice(["-std=gnu17", "-std=c11", "-std=c2x", "-std=gnu89", "-std=gnu2x"])
        g = Gen(r, cxx, std)
        text = g.unit()
        if not g.valid and r.random() < 0.4:
            text = mutate(r, text)
        name = "m%05d.%s" % (i, "cc" if cxx else "c")
        with open(os.path.join(a.out, name), "w") as f:
            f.write(text)
        conf = r.choice(CONFIGS[:6] * 3 + CONFIGS[6:]) if g.valid else r.choice(CONFIGS)
        opts = [conf, r.choice(["-O0", "-O1", "-O2", "-Os", "-O3"]), std]
        if r.random() < 0.05:
            opts.append("-fplugin-arg-cmse_nscall-disable")
        if r.random() < 0.2:
            opts.append(r.choice(["-g", "-fno-omit-frame-pointer", "-mlong-calls", "-fPIC",
                                  "-Wall -Wextra", "-fstack-protector-strong", "-mpure-code"]))
        print("%s\t%s" % (name, " ".join(opts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
