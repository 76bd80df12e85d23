/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-unnamed-bitfield.c - misuse corpus: a struct with an unnamed bit-
   field (padding) as argument: accepted, the padding bits are masked (bic
   or bfc of r0) before the call.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

struct bf { int a : 3; int : 5; int b : 4; };
typedef int __attribute__ ((cmse_nscall)) ns_fn (struct bf);
int call (ns_fn *p, struct bf v) { return p (v); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
/* { dg-final { scan-assembler "\t(bic|bfc|and)\tr0, " } } */
