// SPDX-License-Identifier: GPL-3.0-or-later
// cxx-member-call.cc - C++: a member function calls through a member
// whose type is marked with [[cmse::nonsecure_call]] on an alias
// (the usual way to hold a Non-secure callback in a driver object), and a
// lambda calls through a captured marked pointer.  The this-adjusted load
// of the pointer happens before the sequence; the argument in r0 is kept,
// r1-r3 and r4-r11 get the callee address.  Rules: plugin/attribute.cc
// (C++11 spelling on an alias); AAPCS 6.5; plugin/sequence.h.
// { dg-do compile }
// { dg-final { check-function-bodies "**" } }
// { dg-final { scan-assembler-times {\tblxns\tr12\n} 2 } }
// { dg-final { scan-assembler-not {__gnu_cmse_nonsecure_call} } }

struct Driver
{
  using callback_t = int (int) [[cmse::nonsecure_call]];
  callback_t *cb;
  int state;
  int fire (int x);
};

/*
** _ZN6Driver4fireEi:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r1, r12
**	mov	r2, r12
**	mov	r3, r12
**	mov	r4, r12
**	...
**	blxns	r12
**	...
**	pop	\{r4-r11\}
**	...
*/
int
Driver::fire (int x)
{
  return cb (x + state);
}

typedef void __attribute__ ((cmse_nonsecure_call)) ns_v_t (void);

// The lambda's call operator is a separate function at -O0 and is
// inlined into via_lambda from -O1 on: the count of blxns (2) covers both.
void
via_lambda (ns_v_t *p)
{
  auto f = [p] () { p (); };
  f ();
}
