// SPDX-License-Identifier: GPL-3.0-or-later
// misuse-lambda-marked.cc - misuse corpus: the GNU mark on a lambda: it
// marks the closure's call operator, a function: the "marks function"
// error.
// The compiler must not crash (a crash is a FAIL by itself).
// { dg-do compile }

int call (int y) { auto l = [] (int x) __attribute__ ((cmse_nscall)) { return x; }; return l (y); } // { dg-error "'cmse_nscall' marks function" }
