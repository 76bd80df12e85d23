/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-twice.c - misuse corpus: the mark written twice in one attribute
   list, and again on a typedef of a marked type: one mark, accepted, each
   call expanded once.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall, cmse_nscall)) ns_fn (int);
typedef ns_fn __attribute__ ((cmse_nscall)) ns_fn2;
int call (ns_fn *p, ns_fn2 *q) { return p (1) + q (2); }

/* { dg-final { scan-assembler-times "blxns\tr12" 2 } } */
/* { dg-final { scan-assembler-times "push\t\\{r4-r11\\}" 2 } } */
