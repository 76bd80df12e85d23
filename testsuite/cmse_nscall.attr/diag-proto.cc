// SPDX-License-Identifier: GPL-3.0-or-later
// diag-proto.cc - a variadic non-secure call type is an error at the mark
// in C++, with both plugin spellings.  ("()" is a prototype with no
// argument in C++ and is accepted: accept-signatures.cc.)
// { dg-do compile }

typedef int __attribute__ ((cmse_nscall)) f_var (int, ...); // { dg-error "non-secure call type 'int\\(int, ...\\)' takes a variable number of arguments" }
using f_var2 = void (const char *, ...) [[cmse::nonsecure_call]]; // { dg-error "takes a variable number of arguments: the ones past the registers would be passed on the Secure stack" }
