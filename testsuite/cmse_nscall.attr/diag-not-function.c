/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diag-not-function.c - the mark on something that is not (a pointer to)
   a function type is GCC's own -Wattributes warning "only applies to
   function types", and the mark is dropped: on an int variable, a struct
   definition, an enum, a plain pointer to int, a data member, an array of
   int, and (C2x) after an array declarator of function pointers, where it
   appertains to the array type.  Nothing is expanded: the call through the
   array element stays an ordinary call.  */
/* { dg-do compile } */
/* { dg-options "-std=gnu2x" } */

int __attribute__ ((cmse_nscall)) an_int; /* { dg-warning "'cmse_nscall' attribute only applies to function types" } */
struct __attribute__ ((cmse_nscall)) a_struct { int a; }; /* { dg-warning "'cmse_nscall' attribute only applies to function types" } */
enum __attribute__ ((cmse_nscall)) an_enum { E0, E1 }; /* { dg-warning "'cmse_nscall' attribute only applies to function types" } */
int *__attribute__ ((cmse_nscall)) an_int_ptr; /* { dg-warning "'cmse_nscall' attribute only applies to function types" } */
struct s { int m __attribute__ ((cmse_nscall)); }; /* { dg-warning "'cmse_nscall' attribute only applies to function types" } */
int an_array[4] [[cmse::nonsecure_call]]; /* { dg-warning "'nonsecure_call' attribute only applies to function types" } */
int (*fp_array[2] [[cmse::nonsecure_call]]) (int); /* { dg-warning "'nonsecure_call' attribute only applies to function types" } */

int call (int i) { return fp_array[i & 1] (i); }

/* { dg-final { scan-assembler-not "blxns" } } */
