/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-cv-pointer.c - misuse corpus: a const volatile marked pointer,
   and a const-qualified marked function type (GCC ignores the qualifier on
   a function type, with a pedantic warning only under -pedantic).
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
ns_fn *const volatile cvp;
const ns_fn *qualfn;
int call (void) { return cvp (1) + qualfn (2); }

/* { dg-final { scan-assembler-times "blxns\tr12" 2 } } */
/* { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } } */
