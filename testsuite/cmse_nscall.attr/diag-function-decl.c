/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diag-function-decl.c - a Secure image cannot call Non-secure code by
   name: the mark on a function declaration or definition is an error
   naming the spelling and the function, with the GNU and the C2x
   spellings; a function declared with a marked typedef ("ns_fn f;") is an
   error of its own.  */
/* { dg-do compile } */
/* { dg-options "-std=gnu2x" } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);

int decl_after (int) __attribute__ ((cmse_nscall)); /* { dg-error "'cmse_nscall' marks function 'decl_after': a Secure image cannot call Non-secure code by name; mark the type of a function pointer instead" } */
__attribute__ ((cmse_nscall)) int decl_before (int); /* { dg-error "'cmse_nscall' marks function 'decl_before'" } */
[[cmse::nonsecure_call]] int decl_c2x (int); /* { dg-error "'cmse::nonsecure_call' marks function 'decl_c2x': a Secure image cannot call Non-secure code by name" } */
int decl_c2x_id [[cmse::nonsecure_call]] (int); /* { dg-error "'cmse::nonsecure_call' marks function 'decl_c2x_id'" } */
int __attribute__ ((cmse_nscall)) defined (int x) { return x; } /* { dg-error "'cmse_nscall' marks function 'defined'" } */
ns_fn via_typedef; /* { dg-error "function 'via_typedef' has the non-secure call type 'ns_fn' \\{aka 'int\\(int\\)'\\}: a Secure image cannot call Non-secure code by name; declare a pointer to that type instead" } */
