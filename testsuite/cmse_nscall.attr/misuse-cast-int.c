/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-cast-int.c - misuse corpus: an integer constant cast to a marked
   pointer and called: expanded, the address still goes through the bic.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
int call (void) { return ((ns_fn *) 0x10000001) (5); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
/* { dg-final { scan-assembler "bic\tr12, r\[0-9\]+, #1" } } */
