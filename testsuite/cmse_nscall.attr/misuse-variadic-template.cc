// SPDX-License-Identifier: GPL-3.0-or-later
// misuse-variadic-template.cc - misuse corpus: a pack expansion in a
// marked alias template: two ints accepted; five ints rejected once, where
// the instantiated type is used.
// The compiler must not crash (a crash is a FAIL by itself).
// { dg-do compile }

template <typename... A> using ns = int (__attribute__ ((cmse_nscall)) *) (A...);
int ok (ns<int, int> p) { return p (1, 2); }
int bad (ns<int, int, int, int, int> p) { return p (1, 2, 3, 4, 5); } // { dg-error "argument 5 of type 'int' would be passed on the stack" }
