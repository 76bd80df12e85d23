/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-c2x-definition.c - misuse corpus: C2x: the mark at the start of a
   function definition is the "marks function" error; after the declarator
   of a function declaration it marks the function type, and that function
   is then declared with a marked type.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */
/* { dg-options "-std=c2x" } */

[[cmse::nonsecure_call]] int f (int x) { return x; } /* { dg-error "'cmse::nonsecure_call' marks function 'f'" } */
int g (int x) [[cmse::nonsecure_call]]; /* { dg-error "function 'g' has the non-secure call type" } */
