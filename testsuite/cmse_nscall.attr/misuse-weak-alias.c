/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-weak-alias.c - misuse corpus: the mark with weak and with alias
   on function declarations: "marks function" errors.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

int __attribute__ ((cmse_nscall, weak)) f (int); /* { dg-error "'cmse_nscall' marks function 'f'" } */
int g (int) __attribute__ ((alias ("h"), cmse_nscall)); /* { dg-error "'cmse_nscall' marks function 'g'" } */
int h (int x) { return x; }
