// SPDX-License-Identifier: GPL-3.0-or-later
// misuse-lambda-marked-cxx11.cc - misuse corpus: the C++11 mark after a
// lambda declarator marks the call operator's type: the operator is a
// function with a non-secure call type, an error.
// The compiler must not crash (a crash is a FAIL by itself).
// { dg-do compile }

int call (int y) { auto l = [] (int x) [[cmse::nonsecure_call]] { return x; }; return l (y); } // { dg-error "has the non-secure call type" }
