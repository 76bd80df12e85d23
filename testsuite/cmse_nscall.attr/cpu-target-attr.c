/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cpu-target-attr.c - the profile is the current function's: in a
   Cortex-M33 unit, a function switched to Armv8.1-M Mainline with
   __attribute__((target("arch=armv8.1-m.main"))) gets the "not supported
   yet" error at its call, while its Cortex-M33 neighbour gets none.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m33 -mcmse -mfloat-abi=soft" } */

typedef int __attribute__ ((cmse_nscall)) g_fn (int);

int m33 (g_fn *p) { return p (1); }
int __attribute__ ((target ("arch=armv8.1-m.main"))) v81m (g_fn *p) { return p (2); } /* { dg-error "for Armv8.1-M Mainline .* yet; only Armv8-M Mainline is supported" } */
/* { dg-message "without the plugin, or with '-fplugin-arg-cmse_nscall-disable', the '-mcmse' expansion of GCC itself handles" "note after the error" { target *-*-* } 12 } */
