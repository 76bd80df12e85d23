// SPDX-License-Identifier: GPL-3.0-or-later
// misuse-specialization.cc - misuse corpus: class template specialised on
// the marked pointer type (GNU spelling): the marked and unmarked types
// select different specialisations.
// The compiler must not crash (a crash is a FAIL by itself).
// { dg-do compile }

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
template <typename T> struct is_ns { static const bool value = false; };
template <> struct is_ns<ns_fn *> { static const bool value = true; };
static_assert (is_ns<ns_fn *>::value, "marked");
static_assert (!is_ns<int (*) (int)>::value, "unmarked");
int call (ns_fn *p) { return p (1); }

// { dg-final { scan-assembler-times "blxns\tr12" 1 } }
