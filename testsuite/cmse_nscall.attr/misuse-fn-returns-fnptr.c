/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-fn-returns-fnptr.c - misuse corpus: a marked function type whose
   result is an ordinary function pointer: the result comes back in r0;
   calling it is an ordinary call.  One blxns, one plain indirect call.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int (*ret_fp) (int);
typedef ret_fp __attribute__ ((cmse_nscall)) ns_get (int);
int call (ns_get *p) { return p (1) (2); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
/* { dg-final { scan-assembler "\tbl?x\tr\[0-9\]" } } */
