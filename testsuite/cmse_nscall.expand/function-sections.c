/* SPDX-License-Identifier: GPL-3.0-or-later */
/* function-sections.c - with -ffunction-sections each function, sequence
   included, is in its own .text.<name> section, and nothing else is
   emitted for the call (no helper, no shared stub a linker could garbage-
   collect or place out of reach).  Rules: plugin/sequence.h (the sequence
   replaces the call in place); GCC -ffunction-sections.  */
/* { dg-do compile } */
/* { dg-additional-options "-ffunction-sections" } */
/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler {\.section\t\.text\.first,"ax",%progbits} } } */
/* { dg-final { scan-assembler {\.section\t\.text\.second,"ax",%progbits} } } */
/* { dg-final { scan-assembler-times {\tblxns\tr12\n} 2 } } */
/* { dg-final { scan-assembler-not {__gnu_cmse_nonsecure_call} } } */
/* { dg-final { scan-assembler-not {\t\.section\t\.text\n} } } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (int);

/*
** first:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	...
**	blxns	r12
**	...
**	pop	\{r4-r11\}
**	...
*/
int
first (ns_t *p)
{
  return p (1);
}

/*
** second:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	...
**	blxns	r12
**	...
**	pop	\{r4-r11\}
**	...
*/
int
second (ns_t *p)
{
  return p (2) + 1;
}
