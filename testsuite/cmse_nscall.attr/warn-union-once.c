/* SPDX-License-Identifier: GPL-3.0-or-later */
/* warn-union-once.c - each problem is reported once, at the mark: the
   union padding warning of the typedef is not repeated at the two calls
   through it, which are expanded (two blxns).  */
/* { dg-do compile } */

union u_ci { char c; int i; };
typedef int __attribute__ ((cmse_nscall)) f_ci (union u_ci); /* { dg-warning "argument 1 of type 'union u_ci': bits that are padding" } */

int call1 (f_ci *p, union u_ci a) { return p (a); }
int call2 (f_ci *p, union u_ci a) { return p (a) + 1; }

/* { dg-final { scan-assembler-times "blxns\tr12" 2 } } */
