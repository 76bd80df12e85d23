// SPDX-License-Identifier: GPL-3.0-or-later
// diag-function-decl.cc - the mark on a function declaration, a
// definition, a member function and a function template is an error in
// C++ (both spellings); so is a function declared with a marked typedef.
// { dg-do compile }

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);

int decl_after (int) __attribute__ ((cmse_nscall)); // { dg-error "'cmse_nscall' marks function 'int decl_after\\(int\\)': a Secure image cannot call Non-secure code by name; mark the type of a function pointer instead" }
[[cmse::nonsecure_call]] int decl_cxx11 (int); // { dg-error "'cmse::nonsecure_call' marks function 'int decl_cxx11\\(int\\)'" }
int __attribute__ ((cmse_nscall)) defined (int x) { return x; } // { dg-error "'cmse_nscall' marks function 'int defined\\(int\\)'" }
ns_fn via_typedef; // { dg-error "function 'int via_typedef\\(int\\)' has the non-secure call type 'ns_fn' \\{aka 'int\\(int\\)'\\}: a Secure image cannot call Non-secure code by name; declare a pointer to that type instead" }
struct S
{
  [[cmse::nonsecure_call]] static int member (int); // { dg-error "'cmse::nonsecure_call' marks function 'static int S::member\\(int\\)'" }
};
template <typename T> [[cmse::nonsecure_call]] T templ (T); // { dg-error "'cmse::nonsecure_call' marks function" }
