/* SPDX-License-Identifier: GPL-3.0-or-later */
/* accept-pcs-vfp.c - pcs("aapcs-vfp") on a non-secure call type when the
   target has FP registers: under -mfloat-abi=softfp the float argument of
   this one type goes in s0, so the call uses the explicit FP form of the
   sequence (vpush {d8-d15}); likewise under hard float.  Skipped under
   soft float (diag-pcs-soft.c).  */
/* { dg-do compile } */
/* { dg-skip-if "no FP registers" { target *-*-* } { "-mfloat-abi=soft" } { "" } } */

typedef float __attribute__ ((pcs ("aapcs-vfp"), cmse_nscall)) f_vfp (float);

float call (f_vfp *p, float x) { return p (x); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
/* { dg-final { scan-assembler-times "vpush\t\\{d8-d15\\}" 1 } } */
/* { dg-final { scan-assembler-not "vlstm" } } */
