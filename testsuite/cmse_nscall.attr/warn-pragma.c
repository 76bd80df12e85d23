/* SPDX-License-Identifier: GPL-3.0-or-later */
/* warn-pragma.c - #pragma GCC diagnostic ignored "-Wattributes" silences
   the union padding warning and GCC's "only applies to function types"
   for the code it covers; after "pop" the warning is back (second
   typedef).  The call is expanded.  */
/* { dg-do compile } */

union u_ci { char c; int i; };

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wattributes"
typedef int __attribute__ ((cmse_nscall)) f_ci (union u_ci);
int __attribute__ ((cmse_nscall)) not_a_function;
int call (f_ci *p, union u_ci a) { return p (a); }
#pragma GCC diagnostic pop

typedef int __attribute__ ((cmse_nscall)) f_ci2 (int, union u_ci); /* { dg-warning "argument 2 of type 'union u_ci': bits that are padding" } */

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
