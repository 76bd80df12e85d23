/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-kr-mark-definition.c - misuse corpus: the mark on a K&R function
   definition: the "marks function" error.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */
/* { dg-options "-std=gnu17" } */

int __attribute__ ((cmse_nscall)) f (x) int x; { return x; } /* { dg-error "'cmse_nscall' marks function 'f'" } */
