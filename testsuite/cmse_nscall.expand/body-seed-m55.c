/* SPDX-License-Identifier: GPL-3.0-or-later */
/* body-seed-m55.c - the seed example on Armv8.1-M Mainline (Cortex-M55),
   soft float, checked whole at -O2.  As on Armv8-M Mainline but:
     clrm {r0-r11, APSR}   one instruction zeroes every core register
                           but ip (the callee address) and the flags
     vscclrm {vpr}         before vlldm: GCC's Armv8.1-M form of the
                           CVE-2021-35465 mitigation (-mfix-cmse-cve-2021-35465
                           is the default for cortex-m55)
   Sum of pushes at the blxns: 8 + 32 + 136 = 176.
   Rules: Armv8.1-M CLRM and VSCCLRM; plugin/sequence.cc.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m55 -mcmse -mfloat-abi=soft -O2" } */
/* { dg-final { check-function-bodies "**" } } */

#include <stdint.h>

typedef uint32_t __attribute__ ((cmse_nonsecure_call)) ns_fn (void);

/*
** call_nonsecure_function:
**	push	\{r[0-3], lr\}
**	push	\{r4-r11\}
**	bic	r12, r0, #1
**	sub	sp, sp, #136
**	vlstm	sp
**	clrm	\{r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, APSR\}
**	blxns	r12
**	vscclrm	\{vpr\}
**	vlldm	sp
**	add	sp, sp, #136
**	pop	\{r4-r11\}
**	pop	\{r[0-3], pc\}
*/
uint32_t
call_nonsecure_function (uintptr_t addr)
{
  ns_fn *f = (ns_fn *) addr;
  return f ();
}
