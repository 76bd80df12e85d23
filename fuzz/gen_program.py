#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# gen_program.py - differential random-program generator for cmse-nscall.
#
# Writes one random Secure program (prog.c) and its callees (ns.c) for a
# seed, a program index and an execution configuration.  The same sources
# build two ways:
#   reference: prog.c -DFUZZ_PLAIN (plain calls, no mark) + ns.c (callees
#              as ordinary Secure functions), no plugin;
#   plugin:    prog.c (pointers marked cmse_nonsecure_call / cmse_nscall)
#              with -fplugin, + ns.c -DFUZZ_NS (callees in Non-secure
#              memory behind a recording stub).
# Both print "fuzz checksum 0x........" (a hash of every value the Secure
# code computed and every value the callees received); the plugin build is
# compiled with -DFZ_EXPECT=<reference checksum> and fails when they differ.
#
# Before -> after (one generated call site, m33 soft):
#   typedef unsigned char __attribute__ ((cmse_nscall)) fz_fn2_t (struct fz_s1, long long);
#   ... v3 = v1 ^ (uint32_t) fz_p2 (fz_mk_s1 (v0 * 7u), (long long) v2);
# In the plugin build the callee behind fz_p2 is a Non-secure stub that
# records r0-r12, LR, APSR, s0-s31 and FPSCR, checks them (every core
# register not carrying an argument is 0 or the callee address, padding
# bits and narrow extensions of the arguments are clean, no flag or FPSCR
# bit is left, FP registers hold nothing Secure), calls the checksum body,
# then returns with garbage above narrow result widths, in struct padding,
# in r1-r3, r12, r4-r11, s0-s31 (but the result) and the flags.
#
# Options: --seed S --index I --config NAME (m33-soft m33-softfp m33-hard
#   m23 m55-soft m55-hard) --out DIR; --native: every mark is GCC's own
#   cmse_nonsecure_call (the self-test builds it with the plugin disabled).
# Limits: signatures stay within what the plugin accepts (arguments in
#   r0-r3 / s0-s15, results in r0-r1 / s0-s7, AAPCS); no C++ programs; no
#   _Float16; floating-point values are conversions of integers (no NaN, no
#   rounding-sensitive arithmetic); callee results depend only on the
#   arguments and the sums are commutative, so the unspecified order of
#   evaluation of arguments and operands cannot change a checksum.

import argparse
import os
import random
import sys

CONFIGS = {
    # name: (hard-float ABI, Secure core has DSP (GE bits))
    "m33-soft": (False, True),
    "m33-softfp": (False, True),
    "m33-hard": (True, True),
    "m23": (False, False),
    "m55-soft": (False, True),
    "m55-hard": (True, True),
}


def rup(x, a):
    return (x + a - 1) // a * a


class Ty:
    """A C type: KIND is int, bool, enum, i64, float, double, struct, union."""

    def __init__(self, kind, cname, size, align, signed=False):
        self.kind, self.cname, self.size, self.align = kind, cname, size, align
        self.signed = signed
        self.members = []   # (Ty, name, bitwidth or None, named)
        self.hfa = None     # ('float'|'double', n) for homogeneous FP aggregates
        self.tag = None
        self.enum_vals = []

    def is_aggr(self):
        return self.kind in ("struct", "union")

    def is_fp(self):
        return self.kind in ("float", "double")


SCALARS = [
    Ty("bool", "_Bool", 1, 1),
    Ty("int", "char", 1, 1),
    Ty("int", "signed char", 1, 1, True),
    Ty("int", "unsigned char", 1, 1),
    Ty("int", "short", 2, 2, True),
    Ty("int", "unsigned short", 2, 2),
    Ty("int", "int", 4, 4, True),
    Ty("int", "unsigned int", 4, 4),
    Ty("int", "long", 4, 4, True),
    Ty("i64", "long long", 8, 8, True),
    Ty("i64", "unsigned long long", 8, 8),
    Ty("float", "float", 4, 4),
    Ty("double", "double", 8, 8),
]
BY_NAME = {t.cname: t for t in SCALARS}
# Bit-field base types: (type, max width).
BF_TYPES = [("unsigned int", 32), ("int", 32), ("unsigned char", 8),
            ("unsigned short", 16), ("_Bool", 1), ("signed char", 8)]


class Gen:
    def __init__(self, seed, index, config, native=False):
        self.native = native
        self.r = random.Random("%d/%d/%s" % (seed, index, config))
        self.hard, self.dsp = CONFIGS[config]
        self.config = config
        self.types = []      # aggregate and enum types, in definition order
        self.enums = []
        self.fns = []        # callee signatures: (ret Ty or None, [Ty])
        self.ntag = 0

    # ---- types ------------------------------------------------------------
    def new_enum(self):
        r = self.r
        n = len(self.enums)
        shape = r.choice(["u8", "s8", "u16", "s16", "i32", "bool1"])
        if shape == "u8":
            vals, size, signed = sorted(r.sample(range(0, 256), 4)), 1, False
        elif shape == "bool1":
            vals, size, signed = [0, 1, 1, 0], 1, False
        elif shape == "s8":
            vals, size, signed = sorted(r.sample(range(-128, 128), 3)) + [-1], 1, True
        elif shape == "u16":
            vals, size, signed = [0, 1, r.randrange(256, 65536), r.randrange(2, 256)], 2, False
        elif shape == "s16":
            vals, size, signed = [-r.randrange(129, 32769), 0, 5, r.randrange(6, 32768)], 2, True
        else:
            vals, size, signed = [-r.randrange(32769, 2**31), 3, r.randrange(65536, 2**31), 7], 4, True
        t = Ty("enum", "enum fz_e%d" % n, size, size, signed)
        t.tag = "e%d" % n
        t.enum_vals = vals
        self.enums.append(t)
        self.types.append(t)
        return t

    def pick_enum(self):
        if self.enums and self.r.random() < 0.6:
            return self.r.choice(self.enums)
        return self.new_enum()

    def member_type(self, allow_fp=True, allow_i64=True):
        r = self.r
        while True:
            c = r.random()
            if c < 0.12:
                return self.pick_enum()
            t = r.choice(SCALARS)
            if t.is_fp() and not allow_fp:
                continue
            if t.kind == "i64" and not allow_i64:
                continue
            return t

    def layout(self, t):
        """AAPCS layout (little-endian, GCC's PCC_BITFIELD_TYPE_MATTERS)."""
        if t.kind == "union":
            size = max(m[0].size for m in t.members)
            align = max(m[0].align for m in t.members)
            t.size, t.align = rup(size, align), align
            return
        bits, align = 0, 1
        for (mt, name, width, named) in t.members:
            if width is None:
                bits = rup(bits, mt.align * 8) + mt.size * 8
                align = max(align, mt.align)
            else:
                cont = mt.size * 8
                if bits % cont + width > cont:
                    bits = rup(bits, cont)
                bits += width
                # GCC's ARM EABI layout: unnamed bit-fields count too.
                align = max(align, mt.align)
        t.size, t.align = rup(rup(bits, 8) // 8, align), align

    def new_struct(self, max_size, hfa_ok, small=False):
        r = self.r
        n = self.ntag
        self.ntag += 1
        t = Ty("struct", "struct fz_s%d" % n, 0, 1)
        t.tag = "s%d" % n
        if hfa_ok and r.random() < 0.3:
            base = r.choice(["float", "double"])
            k = r.randint(1, 4)
            for i in range(k):
                t.members.append((BY_NAME[base], "m%d" % i, None, True))
            t.hfa = (base, k)
            self.layout(t)
            if t.size <= max_size:
                self.types.append(t)
                return t
            t.members, t.hfa = [], None
        for attempt in range(20):
            t.members = []
            for i in range(r.randint(1, 4)):
                if r.random() < 0.3:
                    bt, maxw = r.choice(BF_TYPES)
                    w = r.randint(1, maxw)
                    named = r.random() < 0.8 or i == 0
                    t.members.append((BY_NAME[bt], "m%d" % i, w, named))
                else:
                    t.members.append((self.member_type(allow_fp=not small, allow_i64=not small),
                                      "m%d" % i, None, True))
            if not any(m[3] for m in t.members):
                continue
            self.layout(t)
            fps = {m[0].kind for m in t.members}
            if len(t.members) <= 4 and all(m[2] is None for m in t.members) and \
                    len(fps) == 1 and list(fps)[0] in ("float", "double"):
                t.hfa = (list(fps)[0], len(t.members))
            else:
                t.hfa = None
            if t.size <= max_size:
                self.types.append(t)
                return t
        return None

    def new_union(self, max_size):
        r = self.r
        n = self.ntag
        self.ntag += 1
        t = Ty("union", "union fz_u%d" % n, 0, 1)
        t.tag = "u%d" % n
        for attempt in range(20):
            t.members = []
            for i in range(r.randint(2, 3)):
                if r.random() < 0.35:
                    s = self.new_struct(min(max_size, 8), False, small=True)
                    if s is None:
                        continue
                    t.members.append((s, "m%d" % i, None, True))
                else:
                    t.members.append((self.member_type(allow_fp=False), "m%d" % i, None, True))
            if len(t.members) < 2:
                continue
            self.layout(t)
            if t.size <= max_size:
                self.types.append(t)
                return t
        return None

    def arg_type(self):
        r = self.r
        c = r.random()
        if c < 0.25:
            return self.new_struct(16, self.hard)
        if c < 0.33:
            return self.new_union(12)
        if c < 0.45:
            return self.pick_enum()
        return r.choice(SCALARS)

    def ret_type(self):
        r = self.r
        c = r.random()
        if c < 0.08:
            return None
        if c < 0.25:
            s = self.new_struct(32 if self.hard else 4, self.hard)
            if s is not None and (s.size <= 4 or s.hfa):
                return s
            return BY_NAME["int"]
        if c < 0.3:
            u = self.new_union(4)
            return u if u is not None else BY_NAME["short"]
        if c < 0.42:
            return self.pick_enum()
        return r.choice(SCALARS)

    # ---- AAPCS argument allocation -----------------------------------------
    def allocate(self, params):
        """Returns, per parameter, ('r', first, nwords) or ('s', first, nsingle),
        or None when the signature would use the stack (not allowed)."""
        ncrn = 0
        sfree = [True] * 16
        out = []
        vfp_dead = False
        for t in params:
            cls = None
            if self.hard:
                if t.is_fp():
                    cls = (t.kind, 1)
                elif t.is_aggr() and t.hfa:
                    cls = t.hfa
            if cls is not None:
                width = 1 if cls[0] == "float" else 2
                need = width * cls[1]
                start = None
                if not vfp_dead:
                    for s in range(0, 16 - need + 1, width):
                        if all(sfree[s:s + need]):
                            start = s
                            break
                if start is None:
                    return None
                for i in range(start, start + need):
                    sfree[i] = False
                out.append(("s", start, need))
                continue
            words = rup(t.size, 4) // 4
            if t.align == 8 and ncrn % 2:
                ncrn += 1
            if ncrn + words > 4:
                return None
            out.append(("r", ncrn, words))
            ncrn += words
        return out

    def ret_regs(self, t):
        """Returns ('r', nwords) or ('s', nsingles) or None for void."""
        if t is None:
            return None
        if self.hard and (t.is_fp() or (t.is_aggr() and t.hfa)):
            cls = (t.kind, 1) if t.is_fp() else t.hfa
            return ("s", (1 if cls[0] == "float" else 2) * cls[1])
        return ("r", rup(t.size, 4) // 4)

    def new_fn(self):
        for attempt in range(50):
            ret = self.ret_type()
            params = [self.arg_type() for _ in range(self.r.randint(0, 5))]
            if any(p is None for p in params):
                continue
            alloc = self.allocate(params)
            if alloc is None:
                continue
            self.fns.append((ret, params, alloc))
            return
        self.fns.append((BY_NAME["int"], [BY_NAME["int"]], [("r", 0, 1)]))

    # ---- common C text -------------------------------------------------------
    def decl_types(self):
        out = []
        for t in self.types:
            if t.kind == "enum":
                body = ", ".join("FZ_%s_%d = %d" % (t.tag.upper(), i, v)
                                 for i, v in enumerate(t.enum_vals))
                out.append("%s { %s };" % (t.cname, body))
                out.append("#define FZ_%s(x) ((x) & 1 ? ((x) & 2 ? %s : %s) : ((x) & 2 ? %s : %s))"
                           % (t.tag.upper(), self.enum_name(t, 0), self.enum_name(t, 1),
                              self.enum_name(t, 2), self.enum_name(t, 3)))
            else:
                ms = []
                for (mt, name, width, named) in t.members:
                    if width is None:
                        ms.append("%s %s;" % (mt.cname, name))
                    else:
                        ms.append("%s %s : %d;" % (mt.cname, name if named else "", width))
                out.append("%s { %s };" % (t.cname, " ".join(ms)))
            out.append("_Static_assert (sizeof (%s) == %d && _Alignof (%s) == %d, \"layout of %s\");"
                       % (t.cname, t.size, t.cname, t.align, t.cname))
        return "\n".join(out)

    def enum_name(self, t, i):
        return "FZ_%s_%d" % (t.tag.upper(), i)

    def hash_expr(self, t, e):
        """C expression: a uint32_t hash of the value E (an lvalue) of type T."""
        if t.kind in ("int", "bool", "enum"):
            return "(uint32_t) (%s)" % e
        if t.kind == "i64":
            return "fz_h64 ((uint64_t) (%s))" % e
        if t.kind == "float":
            return "fz_fbits (%s)" % e
        if t.kind == "double":
            return "fz_dbits (%s)" % e
        return "fz_hash_%s (&(%s))" % (t.tag, e)

    def build_stmts(self, t, dst, h):
        """Statements setting every named member of *DST from uint32_t H."""
        out = []
        for i, (mt, name, width, named) in enumerate(t.members):
            if not named:
                continue
            src = "fz_rot (%s, %d)" % (h, (7 * i + 3) % 32)
            if width is not None:
                if mt.kind == "bool":
                    out.append("%s->%s = %s & 1u;" % (dst, name, src))
                else:
                    out.append("%s->%s = %s;" % (dst, name, src))
            elif mt.is_aggr():
                out.append("fz_build_%s (&%s->%s, %s);" % (mt.tag, dst, name, src))
            else:
                out.append("%s->%s = %s;" % (dst, name, self.scalar_from(mt, src)))
            if t.kind == "union":
                break   # a union is built through its first member only
        return out

    def scalar_from(self, t, e):
        """C expression of type T computed from uint32_t expression E."""
        if t.kind == "bool":
            return "(_Bool) ((%s) & 1u)" % e
        if t.kind == "enum":
            return "FZ_%s (%s)" % (t.tag.upper(), e)
        if t.kind == "int":
            return "(%s) (%s)" % (t.cname, e)
        if t.kind == "i64":
            return "(%s) fz_w64 (%s)" % (t.cname, e)
        if t.kind == "float":
            return "FZ_I2F ((int32_t) ((%s) >> 8))" % e
        if t.kind == "double":
            return "FZ_I2D ((int32_t) (%s))" % e
        return "fz_mk_%s (%s)" % (t.tag, e)

    def common_text(self):
        out = ["#include <stdint.h>",
               "#include <stddef.h>",
               "static inline uint32_t fz_rot (uint32_t x, unsigned n) { n &= 31u; return n ? (x << n) | (x >> (32u - n)) : x; }",
               "static inline uint32_t fz_mix (uint32_t a, uint32_t b) { a ^= b + 0x9e3779b9u + (a << 6) + (a >> 2); return a * 0x01000193u; }",
               "static inline uint64_t fz_w64 (uint32_t x) { return ((uint64_t) x << 32) | fz_rot (x, 11); }",
               "static inline uint32_t fz_h64 (uint64_t x) { return fz_mix ((uint32_t) x, (uint32_t) (x >> 32)); }",
               "static inline uint32_t fz_fbits (float f) { union { float f; uint32_t u; } v; v.f = f; return v.u; }",
               "static inline uint32_t fz_dbits (double d) { union { double d; uint64_t u; } v; v.d = d; return fz_h64 (v.u); }",
               "#if defined (FZ_SECURE_SIDE)",
               "# define FZ_I2F(x) ((float) (x))",
               "# define FZ_I2D(x) ((double) (x))",
               "#else",
               "/* The callees convert with integer operations only: a libgcc call from",
               "   Non-secure code would branch into Secure memory.  Exact for |x| < 2^24. */",
               "static inline uint32_t fz_abs_mag (int32_t x) { return x < 0 ? 0u - (uint32_t) x : (uint32_t) x; }",
               "static inline float fz_i2f (int32_t x)",
               "{",
               "  union { float f; uint32_t u; } v; uint32_t m = fz_abs_mag (x); v.u = 0;",
               "  if (m) { int e = 31 - __builtin_clz (m);",
               "    v.u = (x < 0 ? 0x80000000u : 0u) | ((uint32_t) (e + 127) << 23) | ((m << (23 - e)) & 0x7fffffu); }",
               "  return v.f;",
               "}",
               "static inline double fz_i2d (int32_t x)",
               "{",
               "  union { double d; uint64_t u; } v; uint32_t m = fz_abs_mag (x); v.u = 0;",
               "  if (m) { int e = 31 - __builtin_clz (m);",
               "    v.u = (x < 0 ? 0x8000000000000000ull : 0ull) | ((uint64_t) (e + 1023) << 52)",
               "          | (((uint64_t) m << (52 - e)) & 0xfffffffffffffull); }",
               "  return v.d;",
               "}",
               "# define FZ_I2F(x) fz_i2f (x)",
               "# define FZ_I2D(x) fz_i2d (x)",
               "#endif",
               self.decl_types()]
        # hash and build functions for aggregates
        for t in self.types:
            if not t.is_aggr():
                continue
            lines = ["static uint32_t __attribute__ ((unused)) fz_hash_%s (const %s *p)" % (t.tag, t.cname),
                     "{", "  uint32_t h = %du;" % (len(t.members) * 77 + 1)]
            for (mt, name, width, named) in t.members:
                if not named:
                    continue
                lines.append("  h = fz_mix (h, %s);" % self.hash_expr(mt, "p->" + name))
                if t.kind == "union":
                    break
            lines += ["  return h;", "}"]
            lines += ["static void __attribute__ ((unused)) fz_build_%s (%s *p, uint32_t h)" % (t.tag, t.cname),
                      "{"] + ["  " + s for s in self.build_stmts(t, "p", "h")] + ["}"]
            # value masks: bytes of named members (ARGBITS=1: whole bytes of
            # _Bool members; 0: only their value bit)
            words = rup(t.size, 4) // 4
            lines += ["static void __attribute__ ((unused)) fz_vmask_%s (uint32_t *w, int argbits)" % t.tag,
                      "{",
                      "  union { %s v; uint32_t w[%d]; unsigned char b[%d]; } u;" % (t.cname, words, words * 4),
                      "  for (unsigned i = 0; i < %d; i++) u.w[i] = 0;" % words]
            for (mt, name, width, named) in t.members:
                if not named:
                    continue
                if width is not None:
                    val = "1" if mt.kind == "bool" else "-1"
                    lines.append("  u.v.%s = %s;" % (name, val))
                elif mt.kind == "bool":
                    lines.append("  u.b[offsetof (%s, %s)] |= argbits ? 0xffu : 1u;" % (t.cname, name))
                else:
                    # |=: the members of a union overlap
                    lines.append("  for (unsigned i = 0; i < sizeof u.v.%s; i++) u.b[offsetof (%s, %s) + i] = 0xffu;"
                                 % (name, t.cname, name))
            lines += ["  for (unsigned i = 0; i < %d; i++) w[i] = u.w[i];" % words, "}"]
            out += lines
        return "\n".join(out)

    # ---- the Secure program ---------------------------------------------------
    def fn_typedef(self, i):
        ret, params, alloc = self.fns[i]
        rs = ret.cname if ret else "void"
        ps = ", ".join(p.cname for p in params) if params else "void"
        mark = self.r.choice(["__attribute__ ((cmse_nonsecure_call))", "__attribute__ ((cmse_nscall))"])
        if self.native:
            mark = "__attribute__ ((cmse_nonsecure_call))"
        return "typedef %s FZ_MARK (%s) fz_fn%d_t (%s);" % (rs, mark, i, ps)

    def expr(self, depth, vars_):
        r = self.r
        c = r.random()
        if depth <= 0 or c < 0.25:
            if r.random() < 0.7:
                return r.choice(vars_)
            return "%du" % r.choice([0, 1, 2, 7, 0xff, 0x7fff, 0x8000, 0xffffffff, r.getrandbits(32)])
        if c < 0.5 and self.ncalls_left > 0:
            return self.call_expr(depth - 1, vars_)
        if c < 0.6:
            return "fz_rot (%s, %d)" % (self.expr(depth - 1, vars_), r.randrange(32))
        if c < 0.65:
            return "(%s ? %s : %s)" % (self.cond(depth - 1, vars_), self.expr(depth - 1, vars_),
                                       self.expr(depth - 1, vars_))
        op = r.choice(["+", "-", "*", "^", "&", "|", "+"])
        return "(%s %s %s)" % (self.expr(depth - 1, vars_), op, self.expr(depth - 1, vars_))

    def cond(self, depth, vars_):
        r = self.r
        op = r.choice(["<", ">", "==", "!=", "<=", "&"])
        return "(%s %s %s)" % (self.expr(depth, vars_), op, self.expr(0, vars_))

    def arg_expr(self, t, depth, vars_):
        return self.scalar_from(t, self.expr(depth, vars_))

    def ptr(self, i):
        if self.r.random() < 0.5:
            return "fz_p%d" % i
        return "fz_lp%d" % i

    def call_expr(self, depth, vars_):
        """A uint32_t expression containing one call (results hashed)."""
        self.ncalls_left -= 1
        cands = [i for i, f in enumerate(self.fns) if f[0] is not None]
        if not cands:
            return "0u"
        i = self.r.choice(cands)
        ret, params, alloc = self.fns[i]
        args = ", ".join(self.arg_expr(p, depth, vars_) for p in params)
        call = "%s (%s)" % (self.ptr(i), args)
        if ret.is_aggr():
            return "fz_hv_%s (%s)" % (ret.tag, call)
        if ret.kind in ("int", "bool", "enum"):
            return "(uint32_t) %s" % call
        if ret.kind == "i64":
            return "fz_h64 ((uint64_t) %s)" % call
        return "fz_%sbits (%s)" % ("f" if ret.kind == "float" else "d", call)

    def call_stmt(self, ind, vars_):
        """A block: arguments into locals (aggregates start as filled memory),
        optionally secrets planted, the call, its result hashed."""
        r = self.r
        self.ncalls_left -= 1
        i = r.randrange(len(self.fns))
        ret, params, alloc = self.fns[i]
        lines = [ind + "{"]
        names = []
        for k, p in enumerate(params):
            nm = "a%d" % k
            if p.is_aggr():
                lines.append(ind + "  %s %s;" % (p.cname, nm))
                fill = "0x00" if p.kind == "union" else "0xa5"
                lines.append(ind + "  fz_fill (&%s, sizeof %s, %s);" % (nm, nm, fill))
                lines.append(ind + "  fz_build_%s (&%s, %s);" % (p.tag, nm, self.expr(2, vars_)))
            else:
                lines.append(ind + "  %s %s = %s;" % (p.cname, nm, self.arg_expr(p, 2, vars_)))
            names.append(nm)
        if r.random() < 0.5:
            lines.append(ind + "  HARNESS_PLANT_SECRETS ();")
        call = "%s (%s)" % (self.ptr(i), ", ".join(names))
        if ret is None:
            lines.append(ind + "  %s;" % call)
        else:
            lines.append(ind + "  %s res = %s;" % (ret.cname, call))
            lines.append(ind + "  fz_acc = fz_mix (fz_acc, %s);" % self.hash_expr(ret, "res"))
            # Only the v locals: a loop counter changed here could make
            # its loop run for ever (found as a reference run timeout).
            v = r.choice([x for x in vars_ if x.startswith("v")])
            lines.append(ind + "  %s ^= %s;" % (v, self.hash_expr(ret, "res")))
        lines.append(ind + "}")
        return lines

    def stmts(self, ind, depth, vars_, n):
        r = self.r
        out = []
        for _ in range(n):
            c = r.random()
            if c < 0.35 and self.ncalls_left > 0:
                out += self.call_stmt(ind, vars_)
            elif c < 0.45 and depth > 0:
                out.append(ind + "if %s" % self.cond(2, vars_))
                out.append(ind + "  {")
                out += self.stmts(ind + "    ", depth - 1, vars_, r.randint(1, 3))
                out.append(ind + "  }")
                if r.random() < 0.5:
                    out.append(ind + "else")
                    out.append(ind + "  {")
                    out += self.stmts(ind + "    ", depth - 1, vars_, r.randint(1, 3))
                    out.append(ind + "  }")
            elif c < 0.55 and depth > 0:
                lv = "i%d" % self.nloop
                self.nloop += 1
                bound = r.choice(["%du" % r.randint(1, 3), "(%s & 3u)" % r.choice(vars_)])
                out.append(ind + "for (uint32_t %s = 0; %s < %s; %s++)" % (lv, lv, bound, lv))
                out.append(ind + "  {")
                out += self.stmts(ind + "    ", depth - 1, vars_ + [lv], r.randint(1, 3))
                out.append(ind + "  }")
            else:
                v = r.choice([x for x in vars_ if x.startswith("v")])
                out.append(ind + "%s = %s;" % (v, self.expr(3, vars_)))
        return out

    def secure_text(self):
        r = self.r
        common = self.common_text()
        fill = ("static void __attribute__ ((noinline, unused)) fz_fill (void *p, unsigned n, unsigned c)"
                " { unsigned char *b = (unsigned char *) p; for (unsigned i = 0; i < n; i++) b[i] = (unsigned char) harness_opaque (c); }")
        out = ["/* Secure side, generated by fuzz/gen_program.py (%s). */" % self.config,
               '#include "harness.h"',
               "#define FZ_SECURE_SIDE 1",
               "#if defined (FUZZ_PLAIN)",
               "# define FZ_MARK(m)",
               "# define FZ_TARGET(n) fz_body_##n",
               "#else",
               "# define FZ_MARK(m) m",
               "# define FZ_TARGET(n) fz_entry_##n",
               "#endif",
               common, fill]
        for t in self.types:
            if t.is_aggr():
                out.append("static %s __attribute__ ((noinline, unused)) fz_mk_%s (uint32_t h)"
                           " { %s v; fz_fill (&v, sizeof v, 0x%s); fz_build_%s (&v, h); return v; }"
                           % (t.cname, t.tag, t.cname, "00" if t.kind == "union" else "a5", t.tag))
                out.append("static uint32_t __attribute__ ((unused)) fz_hv_%s (%s v) { return fz_hash_%s (&v); }"
                           % (t.tag, t.cname, t.tag))
        out.append("static uint32_t fz_acc;")
        for i in range(len(self.fns)):
            out.append(self.fn_typedef(i))
            out.append("extern const char FZ_TARGET (%d)[];" % i)
            out.append("static fz_fn%d_t *volatile fz_p%d;" % (i, i))
        # test functions
        nfun = r.randint(1, 3)
        for k in range(nfun):
            self.ncalls_left = r.randint(3, 10)
            self.nloop = 0
            vars_ = ["v%d" % j for j in range(r.randint(3, 8))]
            out.append("static uint32_t __attribute__ ((noinline)) fz_t%d (uint32_t x0, uint32_t x1)" % k)
            out.append("{")
            for j, v in enumerate(vars_):
                init = r.choice(["x0", "x1", "(x0 ^ %du)" % r.getrandbits(32), "%du" % r.getrandbits(32)])
                out.append("  uint32_t %s = %s;" % (v, init))
            nlive = r.randint(0, 6)
            for j in range(nlive):
                out.append("  uint32_t live%d = harness_opaque (HARNESS_SECRET_LIVE (%d));" % (j, j))
            for i in range(len(self.fns)):
                out.append("  fz_fn%d_t *fz_lp%d = fz_p%d;" % (i, i, i))
            out += self.stmts("  ", 3, vars_ + ["x0", "x1"], r.randint(3, 8))
            out.append("  uint32_t h = 0;")
            for v in vars_:
                out.append("  h = fz_mix (h, %s);" % v)
            for j in range(nlive):
                out.append("  check_live (\"live%d\", live%d, HARNESS_SECRET_LIVE (%d));" % (j, j, j))
            for i in range(len(self.fns)):
                out.append("  (void) fz_lp%d;" % i)
            out.append("  return h;")
            out.append("}")
        out += ["extern volatile uint32_t fz_ns_sum, fz_ns_calls;",
                "#if !defined (FUZZ_PLAIN)",
                "extern volatile uint32_t fz_ns_fail, fz_ns_fail_id, fz_ns_fail_what, fz_ns_fail_reg, fz_ns_fail_val;",
                "#endif",
                "int",
                "main (void)",
                "{"]
        for i in range(len(self.fns)):
            out.append("  fz_p%d = (fz_fn%d_t *) (uintptr_t) FZ_TARGET (%d);" % (i, i, i))
        for k in range(nfun):
            for rep in range(r.randint(1, 2)):
                out.append("  fz_acc = fz_mix (fz_acc, fz_t%d (harness_opaque (%du), %du));"
                           % (k, r.getrandbits(32), r.getrandbits(32)))
        out += ["  uint32_t total = fz_mix (fz_mix (fz_acc, fz_ns_sum), fz_ns_calls);",
                '  harness_put_hex ("fuzz checksum", total);',
                "#if !defined (FUZZ_PLAIN)",
                "  if (fz_ns_fail)",
                "    {",
                '      harness_put_hex ("FAIL: NS-side check: callee", fz_ns_fail_id);',
                '      harness_put_hex ("  what (1 LR, 2 not cleared, 3 padding, 4 extension, 5 APSR, 6 GE, 7 s register, 8 FPSCR)", fz_ns_fail_what);',
                '      harness_put_hex ("  register", fz_ns_fail_reg);',
                '      harness_put_hex ("  value", fz_ns_fail_val);',
                "    }",
                '  check_eq ("NS-side register checks that failed", fz_ns_fail, 0);',
                "#endif",
                "#if defined (FZ_EXPECT)",
                '  check_eq ("checksum against the plain build", total, FZ_EXPECT);',
                "#else",
                '  check_true ("reference run", 1);',
                "#endif",
                "  return harness_exit ();",
                "}"]
        return "\n".join(out) + "\n"

    # ---- the callees -------------------------------------------------------------
    def ns_text(self):
        out = ["/* Callees, generated by fuzz/gen_program.py (%s).  -DFUZZ_NS: Non-secure," % self.config,
               "   behind recording stubs; otherwise ordinary Secure functions. */",
               self.common_text(),
               "#if defined (FUZZ_NS)",
               '# define FZ_NSDATA __attribute__ ((section (".ns_data")))',
               "#else",
               "# define FZ_NSDATA",
               "#endif",
               "volatile uint32_t fz_ns_sum FZ_NSDATA = 0, fz_ns_calls FZ_NSDATA = 0;",
               "#if defined (FUZZ_NS)",
               "volatile uint32_t fz_ns_fail FZ_NSDATA = 0, fz_ns_fail_id FZ_NSDATA = 0, fz_ns_fail_what FZ_NSDATA = 0,",
               "  fz_ns_fail_reg FZ_NSDATA = 0, fz_ns_fail_val FZ_NSDATA = 0;",
               "uint32_t fz_ns_left_s[8] FZ_NSDATA = { 0 };",
               "uint32_t fz_garbage_s[32] FZ_NSDATA = {",
               "  " + ", ".join("0xdeadf5%02du" % i for i in range(32)), "};",
               "struct fz_d4 { double d[4]; };",
               "static void fz_fail (uint32_t id, uint32_t what, uint32_t reg, uint32_t val)",
               "{",
               "  if (fz_ns_fail++ == 0)",
               "    { fz_ns_fail_id = id; fz_ns_fail_what = what; fz_ns_fail_reg = reg; fz_ns_fail_val = val; }",
               "}",
               "#endif"]
        hard = self.hard
        for i, (ret, params, alloc) in enumerate(self.fns):
            ps = ", ".join("%s a%d" % (p.cname, k) for k, p in enumerate(params)) or "void"
            rr = self.ret_regs(ret)
            if rr is not None and rr[0] == "s":
                nsret = "struct fz_d4"
            else:
                nsret = "uint64_t"
            out.append("#if defined (FUZZ_NS)")
            out.append("%s fz_body_%d (%s);" % (nsret, i, ps))
            out.append("%s" % ("%s\nfz_body_%d (%s)" % (nsret, i, ps)))
            out.append("#else")
            rs = ret.cname if ret else "void"
            out.append("%s fz_body_%d (%s);" % (rs, i, ps))
            out.append("%s\nfz_body_%d (%s)" % (rs, i, ps))
            out.append("#endif")
            out.append("{")
            out.append("  uint32_t h = %du;" % (0x1000 + i * 0x9e37))
            for k, p in enumerate(params):
                out.append("  h = fz_mix (h, %s);" % self.hash_expr(p, "a%d" % k))
            out.append("  fz_ns_sum += fz_mix (h, %du);" % i)
            out.append("  fz_ns_calls++;")
            out.append("  h = fz_mix (h ^ 0x5a5a5a5au, %du);" % (i + 1))
            out.append("  uint32_t g = 0xa5000000u ^ fz_rot (h, 13) ^ %du;" % (i * 0x01010101 & 0xffffffff))
            # reference result
            out.append("#if !defined (FUZZ_NS)")
            if ret is None:
                out.append("  (void) g; return;")
            elif ret.is_aggr():
                out.append("  %s r; for (unsigned k = 0; k < sizeof r; k++) ((unsigned char *) &r)[k] = 0;" % ret.cname)
                out.append("  fz_build_%s (&r, h); (void) g; return r;" % ret.tag)
            else:
                out.append("  (void) g; return %s;" % self.scalar_from(ret, "h"))
            out.append("#else")
            words = ["g ^ 0x1u", "g ^ 0x2u"]
            sw = ["g ^ 0x%xu" % (k + 0x10) for k in range(8)]
            if ret is None:
                pass
            elif ret.is_aggr():
                nw = rup(ret.size, 4) // 4
                out.append("  union { %s v; uint32_t w[%d]; } u; uint32_t m[%d];" % (ret.cname, nw, nw))
                out.append("  for (unsigned k = 0; k < %d; k++) u.w[k] = 0;" % nw)
                out.append("  fz_build_%s (&u.v, h);" % ret.tag)
                out.append("  fz_vmask_%s (m, 0);" % ret.tag)
                if rr[0] == "s":
                    for k in range(rr[1]):
                        sw[k] = "u.w[%d]" % k
                else:
                    for k in range(nw):
                        words[k] = "(u.w[%d] & m[%d]) | (g & ~m[%d])" % (k, k, k)
            elif ret.kind in ("int", "bool", "enum"):
                if ret.kind == "bool":
                    m = 1
                else:
                    m = (1 << (8 * ret.size)) - 1
                out.append("  uint32_t v = (uint32_t) %s;" % self.scalar_from(ret, "h"))
                words[0] = "(v & 0x%xu) | (g & ~0x%xu)" % (m, m)
            elif ret.kind == "i64":
                out.append("  uint64_t v = (uint64_t) %s;" % self.scalar_from(ret, "h"))
                words = ["(uint32_t) v", "(uint32_t) (v >> 32)"]
            elif ret.kind == "float":
                out.append("  uint32_t v = fz_fbits (%s);" % self.scalar_from(ret, "h"))
                if rr[0] == "s":
                    sw[0] = "v"
                else:
                    words[0] = "v"
            else:
                out.append("  union { double d; uint32_t w[2]; } v; v.d = %s;" % self.scalar_from(ret, "h"))
                if rr[0] == "s":
                    sw[0], sw[1] = "v.w[0]", "v.w[1]"
                else:
                    words = ["v.w[0]", "v.w[1]"]
            if rr is not None and rr[0] == "s":
                out.append("  union { struct fz_d4 d; uint32_t w[8]; } o;")
                for k in range(8):
                    out.append("  o.w[%d] = %s;" % (k, sw[k]))
                out.append("  return o.d;")
            else:
                out.append("  return ((uint64_t) (%s) << 32) | (uint32_t) (%s);" % (words[1], words[0]))
            out.append("#endif")
            out.append("}")
        # per-callee checks and stubs
        out.append("#if defined (FUZZ_NS)")
        for i, (ret, params, alloc) in enumerate(self.fns):
            out.append("static void fz_check_%d (const uint32_t *r, const uint32_t *s, uint32_t *argr, uint32_t *args)" % i)
            out.append("{")
            out.append("  (void) r; (void) s;")
            am_r, am_s = 0, 0
            for k, (p, (cls, first, n)) in enumerate(zip(params, alloc)):
                if cls == "s":
                    for j in range(first, first + n):
                        am_s |= 1 << j
                    continue
                for j in range(first, first + n):
                    am_r |= 1 << j
                if p.is_aggr():
                    out.append("  { uint32_t m[%d]; fz_vmask_%s (m, 1);" % (n, p.tag))
                    for j in range(n):
                        out.append("    if (r[%d] & ~m[%d]) fz_fail (%d, 3, %d, r[%d]);" % (first + j, j, i, first + j, first + j))
                    out.append("  }")
                elif p.kind == "bool":
                    out.append("  if (r[%d] > 1u) fz_fail (%d, 4, %d, r[%d]);" % (first, i, first, first))
                elif p.kind in ("int", "enum") and p.size < 4:
                    ct = p.cname if p.kind == "int" else \
                        {(1, False): "unsigned char", (1, True): "signed char",
                         (2, False): "unsigned short", (2, True): "short"}[(p.size, p.signed)]
                    out.append("  if (r[%d] != (uint32_t) (%s) r[%d]) fz_fail (%d, 4, %d, r[%d]);"
                               % (first, ct, first, i, first, first))
            out.append("  *argr = 0x%xu; *args = 0x%xu;" % (am_r, am_s))
            out.append("}")
        out.append("void fz_ns_check (uint32_t id, uint32_t apsr, const uint32_t *r, const uint32_t *f);")
        out.append("void")
        out.append("fz_ns_check (uint32_t id, uint32_t apsr, const uint32_t *r, const uint32_t *f)")
        out.append("{")
        out.append("  uint32_t argr = 0, args = 0, target = 0;")
        for i in range(len(self.fns)):
            out.append("  extern const char fz_entry_%d[];" % i)
            out.append("  if (id == %du) { target = (uint32_t) fz_entry_%d; fz_check_%d (r, f, &argr, &args); }"
                       % (i, i, i))
        out += ["  target &= ~1u;",
                "  if ((r[13] & ~1u) != 0xfefffffeu) fz_fail (id, 1, 14, r[13]);",
                "  for (unsigned k = 0; k < 13; k++)",
                "    if (!(argr & (1u << k)) && r[k] != 0 && r[k] != target)",
                "      fz_fail (id, 2, k, r[k]);",
                "  if (apsr & 0xf8000000u & ~target) fz_fail (id, 5, 16, apsr);"]
        if self.dsp:
            out.append("  if (apsr & 0x000f0000u & ~target) fz_fail (id, 6, 16, apsr);")
        out += ["  if (f[33])",
                "    {",
                "      for (unsigned k = 0; k < 32; k++)",
                "        {",
                "          uint32_t v = f[k];",
                "          if ((args & (1u << k)) || v == 0 || (v & 0xffffff00u) == 0xdeadf500u",
                "              || (k < 8 && v == fz_ns_left_s[k]))",
                "            continue;",
                "          fz_fail (id, 7, 32 + k, v);",
                "        }",
                "      if (f[32] & 0xf800009fu) fz_fail (id, 8, 64, f[32]);",
                "    }",
                "}"]
        # stubs
        asm = ['  ".syntax unified\\n"', '  ".thumb\\n"', '  ".fpu fpv5-sp-d16\\n"',
               '  ".arch_extension dsp\\n"' if True else "",
               '  ".text\\n"']
        for i, (ret, params, alloc) in enumerate(self.fns):
            rr = self.ret_regs(ret)
            keep = 1 if (rr is not None and rr[0] == "s") else 0
            asm += ['  ".global fz_entry_%d\\n"' % i,
                    '  ".p2align 2\\n"',
                    '  ".thumb_func\\n"',
                    '  ".type fz_entry_%d, %%function\\n"' % i,
                    '  "fz_entry_%d:\\n"' % i,
                    '  "push {r0-r12, lr}\\n"',
                    '  "mrs r0, apsr\\n"',
                    '  "ldr r1, =%d\\n"' % i,
                    '  "ldr r2, =fz_body_%d\\n"' % i,
                    '  "ldr r3, =%d\\n"' % keep,
                    '  "b fz_ns_common\\n"',
                    '  ".ltorg\\n"']
        asm += [l for l in COMMON_STUB.split("\n") if l]
        # -DFZ_NS_POLITE: give r4-r11 back as found (the self-test with
        # GCC's own expansion, which trusts r4 across the call).
        out.append("__asm__ (")
        out += asm
        out.append(");")
        out.append("#endif")
        return "\n".join(out) + "\n"

    def generate(self):
        for _ in range(self.r.randint(2, 6)):
            self.new_fn()


# The shared part of the stubs: r0 = APSR at entry, r1 = callee id, r2 =
# body, r3 = 1 when the result is in s0-s7; sp -> r0-r12, lr as pushed.
COMMON_STUB = r'''
  ".p2align 2\n"
  ".thumb_func\n"
  ".type fz_ns_common, %function\n"
  "fz_ns_common:\n"
  "mov r4, r1\n"
  "mov r5, r2\n"
  "mov r6, r3\n"
  "mov r8, r0\n"
  "sub sp, sp, #136\n"
  "movw r7, #0xed88\n"
  "movt r7, #0xe000\n"
  "ldr r7, [r7]\n"
  "and r7, r7, #0x00f00000\n"
  "cmp r7, #0x00f00000\n"
  "mov r9, #0\n"
  "bne 1f\n"
  "vstmia sp, {s0-s31}\n"
  "vmrs r7, fpscr\n"
  "str r7, [sp, #128]\n"
  "mov r9, #1\n"
  "1: str r9, [sp, #132]\n"
  "mov r0, r4\n"
  "mov r1, r8\n"
  "add r2, sp, #136\n"
  "mov r3, sp\n"
  "bl fz_ns_check\n"
  "ldr r7, [sp, #132]\n"
  "cbz r7, 2f\n"
  "vldmia sp, {s0-s15}\n"
  "2: add r7, sp, #136\n"
  "ldm r7, {r0-r3}\n"
  "blx r5\n"
  "ldr r7, [sp, #132]\n"
  "cbz r7, 4f\n"
  "ldr r8, =fz_garbage_s\n"
  "add r9, r8, #32\n"
  "vldmia r9, {s8-s31}\n"
  "tst r6, #1\n"
  "bne 3f\n"
  "vldmia r8, {s0-s7}\n"
  "3: ldr r9, =fz_ns_left_s\n"
  "vstmia r9, {s0-s7}\n"
  "4: add sp, sp, #136\n"
  "ldr lr, [sp, #52]\n"
  "add sp, sp, #56\n"
  "ldr r2, =0xdead0002\n"
  "ldr r3, =0xdead0003\n"
  "ldr r12, =0xdead0012\n"
  "ldr r4, =0xf8050000\n"
  "msr APSR_nzcvqg, r4\n"
#if defined (FZ_NS_POLITE)
  "sub r4, sp, #40\n"
  "ldm r4, {r4-r11}\n"
#else
  "ldr r4, =0xdead0004\n"
  "ldr r5, =0xdead0005\n"
  "ldr r6, =0xdead0006\n"
  "ldr r7, =0xdead0007\n"
  "ldr r8, =0xdead0008\n"
  "ldr r9, =0xdead0009\n"
  "ldr r10, =0xdead0010\n"
  "ldr r11, =0xdead0011\n"
#endif
  "bx lr\n"
  ".ltorg\n"
'''


def main():
    ap = argparse.ArgumentParser(description="random differential test program for cmse-nscall")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--index", type=int, default=0)
    ap.add_argument("--config", default="m33-soft", choices=sorted(CONFIGS))
    ap.add_argument("--out", default=".")
    ap.add_argument("--native", action="store_true",
                    help="GCC's own mark only (for the self-test with the plugin disabled)")
    a = ap.parse_args()
    g = Gen(a.seed, a.index, a.config, a.native)
    g.generate()
    os.makedirs(a.out, exist_ok=True)
    sec = g.secure_text()
    ns = g.ns_text()
    with open(os.path.join(a.out, "prog.c"), "w") as f:
        f.write(sec)
    with open(os.path.join(a.out, "ns.c"), "w") as f:
        f.write(ns)
    return 0


if __name__ == "__main__":
    sys.exit(main())
