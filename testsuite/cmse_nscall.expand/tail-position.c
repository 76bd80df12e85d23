/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tail-position.c - a non-secure call in tail position is never turned
   into a sibling call: the sequence and blxns are there, the function
   returns only after pop {r4-r11}, and there is no branch to the target
   register (bx rN with N != lr).  Rules: Armv8-M Security Extension (a
   branch from Secure to Non-secure code must be BLXNS, a BX would fault
   or, worse, skip the clearing; the Non-secure callee must return to the
   Secure caller, which restores r4-r11); GCC's arm_function_ok_for_sibcall
   refuses marked calls too.  */
/* { dg-do compile } */
/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler-times {\tblxns\tr12\n} 3 } } */
/* { dg-final { scan-assembler-not {\tbx\t(?:r[0-9]|r1[0-2]|ip)\n} } } */
/* { dg-final { scan-assembler-not {\tbxns\t} } } */
/* { dg-final { scan-assembler-not {\tblx\t} } } */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_t (int);
typedef void __attribute__ ((cmse_nonsecure_call)) ns_v_t (void);
typedef long long __attribute__ ((cmse_nonsecure_call)) ns_ll_t (long long);

/*
** tail_int:
**	...
**	blxns	r12
**	...
**	pop	\{r4-r11\}
**	...
**	(?:pop	\{[^}]*pc\}|ldr	pc, \[sp\], #4|bx	lr)
*/
int
tail_int (ns_t *p, int x)
{
  return p (x);
}

/*
** tail_void:
**	...
**	blxns	r12
**	...
**	pop	\{r4-r11\}
**	...
**	(?:pop	\{[^}]*pc\}|ldr	pc, \[sp\], #4|bx	lr)
*/
void
tail_void (ns_v_t *p)
{
  p ();
}

/*
** tail_ll:
**	...
**	blxns	r12
**	...
**	pop	\{r4-r11\}
**	...
**	(?:pop	\{[^}]*pc\}|ldr	pc, \[sp\], #4|bx	lr)
*/
long long
tail_ll (ns_ll_t *p, long long x)
{
  return p (x);
}
