// SPDX-License-Identifier: GPL-3.0-or-later
// diag-not-function.cc - in C++ the mark on an int, a class, an enum, a
// data member, a pointer to int, and on a reference declarator (a known
// limitation: the mark must be written on the function type, see
// docs/diagnostics.md) is GCC's -Wattributes warning "only applies to
// function types" and is dropped.
// { dg-do compile }

int __attribute__ ((cmse_nscall)) an_int; // { dg-warning "'cmse_nscall' attribute only applies to function types" }
int an_int2 [[cmse::nonsecure_call]]; // { dg-warning "'nonsecure_call' attribute only applies to function types" }
struct __attribute__ ((cmse_nscall)) a_class { int a; }; // { dg-warning "'cmse_nscall' attribute only applies to function types" }
enum class [[cmse::nonsecure_call]] an_enum { e0 }; // { dg-warning "'nonsecure_call' attribute only applies to function types" }
struct s { int m [[cmse::nonsecure_call]]; }; // { dg-warning "'nonsecure_call' attribute only applies to function types" }
int *__attribute__ ((cmse_nscall)) an_int_ptr; // { dg-warning "'cmse_nscall' attribute only applies to function types" }
extern int target (int);
int (&ref [[cmse::nonsecure_call]]) (int) = target; // { dg-warning "'nonsecure_call' attribute only applies to function types" }

// { dg-final { scan-assembler-not "blxns" } }
