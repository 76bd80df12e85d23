/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cfg-hard-link.c - -mfloat-abi=hard: a program with both forms of the
   sequence (explicit: FP arguments, a half-precision argument, an FP
   result; lazy: integers only) assembles and links with -nostdlib and no
   libgcc.  This is the check that the assembler accepts what the plugin
   writes for the FP unit (vmov dN, r4, r4 and vmsr/vmrs on a
   single-precision FPU, vlstm/vlldm).  Rules: plugin/sequence.h (inline,
   no helper).  dg-do link adds -nostdlib -Wl,--entry=0.  */
/* { dg-do link } */
/* { dg-options "-mcpu=cortex-m33 -mcmse -mfloat-abi=hard -mfpu=fpv5-sp-d16 -mfp16-format=ieee" } */
/* { dg-final { scan-assembler-not "__gnu_cmse_nonsecure_call" } } */

struct hfa3 { float a, b, c; };

typedef float __attribute__ ((cmse_nonsecure_call)) ns_ff_t (float);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_hfa_t (struct hfa3, double);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_h_t (__fp16);
typedef double __attribute__ ((cmse_nonsecure_call)) ns_d_t (void);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_i_t (int);

volatile float fsink;
volatile int isink;
volatile double dsink;

void
_start (void)
{
  struct hfa3 v = { 1.0f, 2.0f, 3.0f };
  fsink = ((ns_ff_t *) 0x200001) (fsink);
  isink = ((ns_hfa_t *) 0x200101) (v, 4.0);
  isink = ((ns_h_t *) 0x200201) ((__fp16) fsink);
  dsink = ((ns_d_t *) 0x200301) ();
  isink = ((ns_i_t *) 0x200401) (isink);
  for (;;)
    ;
}
