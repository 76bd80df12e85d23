/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-local-mark.c - misuse corpus: the mark inside a function body: on
   a local pointer it works; on a local int it is the warning.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

int call (void *v)
{
  int (*__attribute__ ((cmse_nscall)) q) (int) = v;
  int __attribute__ ((cmse_nscall)) y = 2; /* { dg-warning "'cmse_nscall' attribute only applies to function types" } */
  return q (y);
}

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
