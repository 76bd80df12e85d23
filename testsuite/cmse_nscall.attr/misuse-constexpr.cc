// SPDX-License-Identifier: GPL-3.0-or-later
// misuse-constexpr.cc - misuse corpus: a constexpr function calling
// through a marked pointer, used at run time: expanded.
// The compiler must not crash (a crash is a FAIL by itself).
// { dg-do compile }

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
constexpr int via (ns_fn *p, int x) { return p (x); }
int call (ns_fn *p) { return via (p, 1); }

// { dg-final { scan-assembler "blxns\tr12" } }
// { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } }
