/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-marked-unmarked-same-ptr.c - misuse corpus: the same void pointer
   called once as a marked and once as an unmarked type: the two calls are
   not merged; one blxns, one ordinary call.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
typedef int plain_fn (int);
int call (void *v, int c) { if (c) return ((ns_fn *) v) (1); return ((plain_fn *) v) (1); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
/* { dg-final { scan-assembler "\tbl?x\tr\[0-9\]" } } */
