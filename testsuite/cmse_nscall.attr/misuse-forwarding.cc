// SPDX-License-Identifier: GPL-3.0-or-later
// misuse-forwarding.cc - misuse corpus: a forwarding call wrapper
// (templated operator() with a trailing decltype return) around a marked
// pointer: expanded.
// The compiler must not crash (a crash is a FAIL by itself).
// { dg-do compile }

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
template <typename F> struct holder { F f; template <typename... A> auto operator() (A... a) -> decltype (f (a...)) { return f (a...); } };
int call (ns_fn *p) { holder<ns_fn *> h { p }; return h (1); }

// { dg-final { scan-assembler "blxns\tr12" } }
// { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } }
