/* SPDX-License-Identifier: GPL-3.0-or-later */
/* accept-disabled-native.c - with -fplugin-arg-cmse_nscall-disable the
   plugin changes nothing: a call through GCC's own cmse_nonsecure_call
   type is GCC's own expansion again (a call of the library veneer
   __gnu_cmse_nonsecure_call), with no inline blxns sequence.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-cmse_nscall-disable" } */

typedef int __attribute__ ((cmse_nonsecure_call)) native_fn (int);

int call (native_fn *p) { return p (1) + 1; }

/* { dg-final { scan-assembler "bl\t__gnu_cmse_nonsecure_call" } } */
/* { dg-final { scan-assembler-not "blxns" } } */
/* { dg-final { scan-assembler-not "push\t\\{r4-r11\\}" } } */
