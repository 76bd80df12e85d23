// SPDX-License-Identifier: GPL-3.0-or-later
// misuse-decltype-call.cc - misuse corpus: calls through a marked pointer
// in decltype, sizeof and noexcept are unevaluated: nothing is expanded.
// The compiler must not crash (a crash is a FAIL by itself).
// { dg-do compile }

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
int call (ns_fn *p) { decltype (p (1)) x = 2; return x + sizeof (p (3)) + noexcept (p (4)); }

// { dg-final { scan-assembler-not "blxns" } }
