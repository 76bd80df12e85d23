// SPDX-License-Identifier: GPL-3.0-or-later
// warn-union-padding.cc - the union padding warning in C++, with the
// C++11 spelling on an alias and the GNU spelling on a pointer member.
// { dg-do compile }

union u_ci { char c; int i; };

using f_ci = int (u_ci) [[cmse::nonsecure_call]]; // { dg-warning "argument 1 of type 'u_ci': bits that are padding in one union member but data in another are passed to Non-secure code uncleared and may leak Secure data" }
struct S { int (*__attribute__ ((cmse_nscall)) cb) (int, u_ci); }; // { dg-warning "argument 2 of type 'u_ci': bits that are padding" }
