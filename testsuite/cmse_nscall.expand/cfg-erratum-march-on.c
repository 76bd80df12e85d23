/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cfg-erratum-march-on.c - -march=armv8-m.main with
   -mfix-cmse-cve-2021-35465 asks for the VLLDM erratum fix explicitly.
   Rules: CVE-2021-35465 (VLLDM erratum of Cortex-M33/M35P/M55: touch
   the FP unit before VLLDM when the Secure FP context is active,
   CONTROL_S.SFPA = CONTROL bit 3, as libgcc cmse_nonsecure_call.S does);
   CVE-2024-7883 (and only then: an unconditional FP instruction would
   make VLLDM load an area VLSTM never wrote); GCC's
   -mfix-cmse-cve-2021-35465 is the default for cortex-m33/m35p/m55 only
   (gcc-internals.md); plugin/sequence.cc.  0xeeb00a40 is
   vmov.f32 s0, s0 (VMOV register, encoding T2), written as .inst.w so it
   assembles without an FPU.  */
/* { dg-do compile } */
/* { dg-options "-march=armv8-m.main -mcmse -mfix-cmse-cve-2021-35465" } */
/* { dg-final { scan-assembler-times {\tblxns\tr12\n\tmrs\tr4, control\n\tlsls\tr4, r4, #28\n\tit\tmi\n\t\.inst\.w\t0xeeb00a40\n\tvlldm\tsp\n} 2 } } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (int);

int
call_int (ns_t *p, int x)
{
  return p (x);
}

typedef void __attribute__ ((cmse_nonsecure_call)) ns_v_t (void);

void
call_void (ns_v_t *p)
{
  p ();
}
