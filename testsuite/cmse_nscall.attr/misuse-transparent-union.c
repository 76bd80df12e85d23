/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-transparent-union.c - misuse corpus: a transparent union
   parameter (two pointer members covering the same bits): accepted, no
   padding warning.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef union __attribute__ ((transparent_union)) { int *ip; const char *cp; } tu;
typedef int __attribute__ ((cmse_nscall)) ns_fn (tu);
int call (ns_fn *p, int *x) { return p (x); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
