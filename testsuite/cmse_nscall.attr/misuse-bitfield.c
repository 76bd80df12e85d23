/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-bitfield.c - misuse corpus: the mark on a bit-field member is the
   warning; a marked pointer member next to it still works.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

struct s { int b : 3 __attribute__ ((cmse_nscall)); int (*__attribute__ ((cmse_nscall)) f) (int); }; /* { dg-warning "'cmse_nscall' attribute only applies to function types" } */
int call (struct s *p) { return p->b + p->f (1); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
/* { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } } */
