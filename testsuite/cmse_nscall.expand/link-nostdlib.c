/* SPDX-License-Identifier: GPL-3.0-or-later */
/* link-nostdlib.c - a program with non-secure calls of every kind the
   sequence has (no argument, 64-bit arguments, padded structs, an
   all-padding register, a three-run mask, narrow and _Bool results) links
   with -nostdlib and no libgcc: the sequence is inline and needs no
   __gnu_cmse_nonsecure_call helper.  It also proves that the assembler
   accepts every instruction the plugin writes for each target.  Rules:
   plugin/sequence.h (inline, no helper); anchors.md (GCC 12 fails this
   link).  dg-do link adds -nostdlib -Wl,--entry=0.  */
/* { dg-do link } */
/* { dg-final { scan-assembler-not {__gnu_cmse_nonsecure_call} } } */

struct cs { char c; short s; };
struct cll { char c; long long v; };
struct comb { unsigned a : 1; unsigned : 1; unsigned b : 1; unsigned : 1; unsigned c : 1; };

typedef int __attribute__ ((cmse_nonsecure_call)) ns0_t (void);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_ll_t (int, long long);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_cs_t (struct cs, struct comb);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_cll_t (struct cll);
typedef unsigned char __attribute__ ((cmse_nonsecure_call)) ns_uc_t (void);
typedef short __attribute__ ((cmse_nonsecure_call)) ns_ss_t (void);
typedef _Bool __attribute__ ((cmse_nonsecure_call)) ns_b_t (void);

volatile unsigned sink;

void
_start (void)
{
  struct cs a = { 1, 2 };
  struct cll b = { 3, 4 };
  struct comb c = { 1, 0, 1 };
  sink = ((ns0_t *) 0x200001) ();
  sink = ((ns_ll_t *) 0x200101) (5, 6);
  sink = ((ns_cs_t *) 0x200201) (a, c);
  sink = ((ns_cll_t *) 0x200301) (b);
  sink = ((ns_uc_t *) 0x200401) ();
  sink = ((ns_ss_t *) 0x200501) ();
  sink = ((ns_b_t *) 0x200601) ();
  for (;;)
    ;
}
