/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-both-spellings.c - misuse corpus: the GNU and the C2x spellings
   on the same function type: accepted, one expansion.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */
/* { dg-options "-std=c2x" } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int) [[cmse::nonsecure_call]];
int call (ns_fn *p) { return p (1); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
