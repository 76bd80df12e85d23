/* SPDX-License-Identifier: GPL-3.0-or-later */
/* accept-pcs-vfp.c - pcs("aapcs-vfp") on a non-secure call type when the
   target has FP registers: under -mfloat-abi=softfp the float argument of
   this one type goes in s0, so the call carries it across VLSTM in a core
   shuttle (the lazy hard-float form of Armv8-M Mainline: vmov r5, s0
   before vlstm, vmov s0, r5 after; plugin/sequence.cc); likewise under
   hard float.  Skipped under soft float (diag-pcs-soft.c).  */
/* { dg-do compile } */
/* { dg-skip-if "no FP registers" { target *-*-* } { "-mfloat-abi=soft" } { "" } } */

typedef float __attribute__ ((pcs ("aapcs-vfp"), cmse_nscall)) f_vfp (float);

float call (f_vfp *p, float x) { return p (x); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
/* { dg-final { scan-assembler-times "vmov\tr5, s0\n\tsub\tsp, sp, #136\n\tvlstm\tsp\n\tvmov\ts0, r5\n" 1 } } */
/* { dg-final { scan-assembler-not "vpush" } } */
