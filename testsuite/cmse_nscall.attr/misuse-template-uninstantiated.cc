// SPDX-License-Identifier: GPL-3.0-or-later
// misuse-template-uninstantiated.cc - misuse corpus: templates that are
// never instantiated, one with a dependent variadic marked alias and one
// with a dependent five-int marked type: nothing is checked or emitted, no
// error.
// The compiler must not crash (a crash is a FAIL by itself).
// { dg-do compile }

template <typename T> using ns = T (T, ...) [[cmse::nonsecure_call]];
template <typename T> T never (ns<T> *p, T x) { return p (x, x); }
template <typename T> struct Never { typedef T __attribute__ ((cmse_nscall)) fn (T, T, T, T, T); fn *p; T go () { return p (1, 2, 3, 4, 5); } };

// { dg-final { scan-assembler-not "blxns" } }
