/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-ptr-to-ptr.c - misuse corpus: the mark on a pointer to a pointer
   to function: GCC walks one pointer only, so it is the "only applies to
   function types" warning and the call is ordinary.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

int (**__attribute__ ((cmse_nscall)) pp) (int); /* { dg-warning "'cmse_nscall' attribute only applies to function types" } */
int call (void) { return (*pp) (1); }

/* { dg-final { scan-assembler-not "blxns" } } */
