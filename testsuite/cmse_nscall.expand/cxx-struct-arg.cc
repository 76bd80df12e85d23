// SPDX-License-Identifier: GPL-3.0-or-later
// cxx-struct-arg.cc - C++: a trivially copyable struct passed by value to
// a marked call is laid out as in C (r0: c, padding byte, s) and its
// padding byte is cleared; a class with a member function and a
// non-trivial default constructor but trivial copy is still passed in
// registers.  Rules: Itanium/Arm C++ ABI (a trivially copyable class is
// passed like a C struct, AAPCS 6.5); plugin/sequence.cc padding masks.
// Anchors.md: GCC 12-15 crash (segfault) on this in C++.
// { dg-do compile }
// { dg-final { check-function-bodies "**" } }
// { dg-final { scan-assembler-not {__gnu_cmse_nonsecure_call} } }

struct S { char c; short s; };

struct P
{
  char tag;
  short value;
  P () : tag (1), value (2) {}
  int sum () const { return tag + value; }
};

typedef int __attribute__ ((cmse_nonsecure_call)) ns_s_t (S);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_p_t (P, int);

/*
** _Z8by_valuePU19cmse_nonsecure_callFi1SES_:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	bic	r0, r0, #0xff00
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r1, r12
**	mov	r2, r12
**	mov	r3, r12
**	mov	r4, r12
**	...
**	blxns	r12
**	...
*/
int
by_value (ns_s_t *p, S s)
{
  return p (s);
}

/*
** _Z9class_argPU19cmse_nonsecure_callFi1PiE:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	bic	r0, r0, #0xff00
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r2, r12
**	mov	r3, r12
**	mov	r4, r12
**	...
**	blxns	r12
**	...
*/
int
class_arg (ns_p_t *p)
{
  P v;
  return p (v, v.sum ());
}
