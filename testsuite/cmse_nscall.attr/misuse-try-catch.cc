// SPDX-License-Identifier: GPL-3.0-or-later
// misuse-try-catch.cc - misuse corpus: a call through a marked pointer
// inside a try block with a destructor to run: expanded, exception
// handling intact.
// The compiler must not crash (a crash is a FAIL by itself).
// { dg-do compile }

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
struct guard { ~guard (); };
int call (ns_fn *p) { try { guard g; return p (1); } catch (...) { return -1; } }

// { dg-final { scan-assembler-times "blxns\tr12" 1 } }
// { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } }
