/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-with-native.c - misuse corpus: the plugin's mark combined with
   GCC's own cmse_nonsecure_call, in both orders: one inline expansion
   each, no veneer call.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall, cmse_nonsecure_call)) ns_fn (int);
typedef int __attribute__ ((cmse_nonsecure_call, cmse_nscall)) ns_fn2 (int);
int call (ns_fn *p, ns_fn2 *q) { return p (1) + q (2); }

/* { dg-final { scan-assembler-times "blxns\tr12" 2 } } */
/* { dg-final { scan-assembler-not "__gnu_cmse_nonsecure_call" } } */
