/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cpu-m55.c - Armv8.1-M Mainline (Cortex-M55) is not supported yet: a
   call through a marked type is an error at the call naming the
   architecture and the CPU.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m55 -mcmse -mfloat-abi=hard" } */

typedef float __attribute__ ((cmse_nscall)) g_fn (float);

float call (g_fn *p) { return p (1.0f); } /* { dg-error "cmse_nscall cannot expand the non-secure call through 'g_fn' .* for Armv8.1-M Mainline \\('cortex-m55'\\) yet; only Armv8-M Mainline is supported" } */
/* { dg-message "without the plugin, or with '-fplugin-arg-cmse_nscall-disable', the '-mcmse' expansion of GCC itself handles" "note after the error" { target *-*-* } 10 } */
