/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diag-disabled.c - with -fplugin-arg-cmse_nscall-disable every use of
   the plugin's own spellings is an error (nothing would honour the mark,
   and an ignored mark would be an unprotected call), on a typedef, a
   pointer variable, a parameter and with the C2x spelling.  GCC's own
   cmse_nonsecure_call stays GCC's business: no error for it.  */
/* { dg-do compile } */
/* { dg-options "-std=gnu2x" } */
/* { dg-additional-options "-fplugin-arg-cmse_nscall-disable" } */

typedef int __attribute__ ((cmse_nscall)) g_fn (int); /* { dg-error "'cmse_nscall' cannot be honoured: the cmse_nscall plugin was loaded with '-fplugin-arg-cmse_nscall-disable'" } */
typedef int c2x_fn (int) [[cmse::nonsecure_call]]; /* { dg-error "'cmse::nonsecure_call' cannot be honoured: the cmse_nscall plugin was loaded with '-fplugin-arg-cmse_nscall-disable'" } */
int (*__attribute__ ((cmse_nscall)) g_ptr) (int); /* { dg-error "'cmse_nscall' cannot be honoured" } */
int (*c2x_ptr [[cmse::nonsecure_call]]) (int); /* { dg-error "'cmse::nonsecure_call' cannot be honoured" } */
int param (int (*__attribute__ ((cmse_nscall)) q) (int)) { return q (1); } /* { dg-error "'cmse_nscall' cannot be honoured" } */
typedef int __attribute__ ((cmse_nonsecure_call)) native_fn (int);
