/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-typedef-chain.c - misuse corpus: typedef of typedef of a marked
   type, then a const pointer typedef of it.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
typedef ns_fn ns_fn2;
typedef ns_fn2 *ns_ptr;
typedef const ns_ptr ns_cptr;
int call (ns_cptr p) { return p (1); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
/* { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } } */
