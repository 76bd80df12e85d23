// SPDX-License-Identifier: GPL-3.0-or-later
// misuse-noexcept.cc - misuse corpus: noexcept marked function types (both
// spellings): accepted, two calls expanded.
// The compiler must not crash (a crash is a FAIL by itself).
// { dg-do compile }

typedef int __attribute__ ((cmse_nscall)) ns_fn (int) noexcept;
using ns_fn2 = int (int) noexcept [[cmse::nonsecure_call]];
int call (ns_fn *p, ns_fn2 *q) { return p (1) + q (2); }

// { dg-final { scan-assembler-times "blxns\tr12" 2 } }
// { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } }
