/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cpu-m23.c - Armv8-M Baseline (Cortex-M23): both spellings expand to the
   Baseline sequence.  Thumb-1 push reaches only r0-r7, so r4-r7 are pushed,
   then r8-r11 through r4-r7 (two push {r4-r7} per call); bit 0 is cleared
   with bics in place, in the r0-r3 register the address is in (here it
   carries no argument, so it is call-clobbered), which then fills the
   other registers, r4 too, and r4 carries it to blxns; APSR is
   cleared without GE (Baseline has no DSP extension); there is no FP
   state to hide (no vlstm); no libgcc helper.  */
/* { dg-do compile } */
/* { dg-options "-mcpu=cortex-m23 -mcmse" } */

typedef int __attribute__ ((cmse_nscall)) g_fn (int);
typedef int __attribute__ ((cmse_nonsecure_call)) n_fn (int);

int call (g_fn *p) { return p (1); }
int call_native (n_fn *p) { return p (2); }

/* { dg-final { scan-assembler-times "blxns\tr4" 2 } } */
/* { dg-final { scan-assembler-times {bics\tr[0-3], r5} 2 } } */
/* { dg-final { scan-assembler-times "\tpush\t\{r4-r7\}" 4 } } */
/* Once per call each: r8 cleared with the callee address (from the
   register of the bics), and r8 given back its saved value from r4 after
   the first pop.  */
/* { dg-final { scan-assembler-times {\tmov\tr8, r[0-3]\n} 2 } } */
/* { dg-final { scan-assembler-times "\tmov\tr8, r4" 2 } } */
/* { dg-final { scan-assembler-times "msr\tAPSR_nzcvq, r4" 2 } } */
/* { dg-final { scan-assembler-not "APSR_nzcvqg" } } */
/* { dg-final { scan-assembler-not "vlstm" } } */
/* { dg-final { scan-assembler-not "push\t\{r4-r11\}" } } */
/* { dg-final { scan-assembler-not "__gnu_cmse_nonsecure_call" } } */
