/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-noreturn.c - misuse corpus: noreturn together with the mark on a
   function typedef: GCC ignores noreturn there (its own warning) and the
   call is expanded.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

typedef void __attribute__ ((cmse_nscall, noreturn)) nr_fn (int); /* { dg-warning "'noreturn' attribute ignored" } */
void call (nr_fn *p) { p (1); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
