// SPDX-License-Identifier: GPL-3.0-or-later
// misuse-ref-qualified.cc - misuse corpus: the GNU mark on a pointer to a
// ref-qualified member function: the "only applies to function types"
// warning.
// The compiler must not crash (a crash is a FAIL by itself).
// { dg-do compile }

struct S { int f (int) &; };
typedef int (S::*__attribute__ ((cmse_nscall)) pmf) (int) &; // { dg-warning "'cmse_nscall' attribute only applies to function types" }
int call (S &s, pmf m) { return (s.*m) (1); }

// { dg-final { scan-assembler-not "blxns" } }
