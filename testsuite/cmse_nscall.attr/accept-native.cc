// SPDX-License-Identifier: GPL-3.0-or-later
// accept-native.cc - GCC's own __attribute__((cmse_nonsecure_call)) in
// C++: a typedef, a using alias of a pointer, and a template instantiated
// with the marked pointer type (which keeps the mark: GCC mangles it as
// U19cmse_nonsecure_call).  Every call is expanded inline, none goes
// through __gnu_cmse_nonsecure_call, no ordinary indirect call is left.
// { dg-do compile }

typedef int __attribute__ ((cmse_nonsecure_call)) nat_fn (int);
using nat_ptr = nat_fn *;

template <typename F> int via (F f, int x) { return f (x); }

int direct (nat_fn *p) { return p (1); }
int alias (nat_ptr p) { return p (2); }
int templ (nat_ptr p) { return via (p, 3); }

// { dg-final { scan-assembler "blxns\tr12" } }
// { dg-final { scan-assembler-not "__gnu_cmse_nonsecure_call" } }
// { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } }
