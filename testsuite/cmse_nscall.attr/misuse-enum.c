/* SPDX-License-Identifier: GPL-3.0-or-later */
/* misuse-enum.c - misuse corpus: the mark on an enumerator and on an enum
   type: GCC's "only applies to function types" warning.
   The compiler must not crash (a crash is a FAIL by itself).  */
/* { dg-do compile } */

enum e { A __attribute__ ((cmse_nscall)), B }; /* { dg-warning "'cmse_nscall' attribute only applies to function types" } */
enum __attribute__ ((cmse_nscall)) e2 { C }; /* { dg-warning "'cmse_nscall' attribute only applies to function types" } */
int x = B + C;

/* { dg-final { scan-assembler-not "blxns" } } */
