// SPDX-License-Identifier: GPL-3.0-or-later
// misuse-template-bad-instantiation.cc - misuse corpus: an alias template
// instantiated with a class that has a non-trivial copy constructor: the
// error appears once.
// The compiler must not crash (a crash is a FAIL by itself).
// { dg-do compile }

struct copy_nt { copy_nt (const copy_nt &); };
template <typename T> using ns = int (T) [[cmse::nonsecure_call]];
template <typename T> int call (ns<T> *p, T x) { return p (x); } // { dg-error "argument 1 of type 'copy_nt' would be passed by reference to a Secure copy" }
int use (ns<copy_nt> *gp, copy_nt &c) { return call (gp, c); }
