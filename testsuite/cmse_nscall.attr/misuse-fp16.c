/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-fp16.c - misuse corpus: __fp16 (IEEE format) argument and result:
   passed as a float (r0 or s0), accepted.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */
/* { dg-additional-options "-mfp16-format=ieee" } */

typedef __fp16 __attribute__ ((cmse_nscall)) ns_fn (__fp16);
float call (ns_fn *p, float h) { return p (h); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
