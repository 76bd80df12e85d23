/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cpu-m23.c - Armv8-M Baseline (Cortex-M23) is not supported yet: a call
   through a marked type is an error at the call (never an unprotected
   call), for the plugin's spelling and for GCC's own attribute, and no
   blxns sequence is emitted.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m23 -mcmse" } */

typedef int __attribute__ ((cmse_nscall)) g_fn (int);
typedef int __attribute__ ((cmse_nonsecure_call)) n_fn (int);

int call (g_fn *p) { return p (1); } /* { dg-error "cmse_nscall cannot expand the non-secure call through 'g_fn' \\{aka 'int\\(int\\)'\\} for Armv8-M Baseline \\('cortex-m23'\\) yet; only Armv8-M Mainline is supported" } */
int call_native (n_fn *p) { return p (2); } /* { dg-error "cannot expand the non-secure call through 'n_fn' .* for Armv8-M Baseline" } */
/* { dg-message "without the plugin, or with '-fplugin-arg-cmse_nscall-disable', the '-mcmse' expansion of GCC itself handles" "note after the error" { target *-*-* } 12 } */
/* { dg-message "without the plugin, or with '-fplugin-arg-cmse_nscall-disable', the '-mcmse' expansion of GCC itself handles" "note after the error" { target *-*-* } 13 } */
