/* SPDX-License-Identifier: GPL-3.0-or-later */
/* accept-pcs-aapcs.c - pcs("aapcs") on a non-secure call type: its float
   argument and result travel in r0 under every float ABI, so even under
   -mfloat-abi=hard the call has no FP argument and uses the lazy form of
   the sequence (sub sp / vlstm / vlldm), not the explicit one.  */
/* { dg-do compile } */

typedef float __attribute__ ((pcs ("aapcs"), cmse_nscall)) f_f (float);

float call (f_f *p, float x) { return p (x); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
/* { dg-final { scan-assembler-times "vlstm\tsp" 1 } } */
/* { dg-final { scan-assembler-not "vpush\t\\{d8-d15\\}" } } */
