/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diag-lto.c - -flto is not supported yet: the first call through a
   marked type is an error (the call could lose its protection when it is
   compiled again at link time), reported once per compilation: the second
   call does not repeat it.  */
/* { dg-do compile } */
/* { dg-additional-options "-flto" } */

typedef int __attribute__ ((cmse_nscall)) g_fn (int);

int call1 (g_fn *p) { return p (1); } /* { dg-error "cmse_nscall does not support '-flto' yet: the call through .* could lose its non-secure call protection at link time" } */
int call2 (g_fn *p) { return p (2); }
