/* SPDX-License-Identifier: GPL-3.0-or-later */
/* struct-padding.c - struct arguments in r0-r3: bits that belong to no
   member (padding between members, the unused tail of the last register)
   may hold Secure data left in the caller's copy and are cleared before
   BLXNS.  Rules: AAPCS 5.3 (layout of aggregates), 6.5 B.5/C.5 (an
   aggregate is copied word by word into r0-r3; the unused part of the last
   register is unspecified); plugin/sequence.cc cmse_nscall_mask_core
   (right after the bic of the target, registers in ascending order, the
   shortest of: uxtb/uxth when r0-r7 keeps just its low byte or half-word;
   bic rN, rN, #imm when the cleared bits are a Thumb-2 modified
   immediate; one or two bfc; movw/movt of the live mask into r4
   and an and).  Registers carrying no argument get mov rN, r12.  */
/* { dg-do compile } */
/* { dg-final { check-function-bodies "**" } } */
/* { dg-final { scan-assembler-not {__gnu_cmse_nonsecure_call} } } */

struct cs { char c; short s; };         /* byte 1 padding */
struct sc { short s; char c; };         /* byte 3 padding */
struct c3 { char a[3]; };               /* byte 3 beyond the object */
struct cc { char a; char b; };          /* bytes 2-3 beyond the object */
struct mix { char a; short b; char c; char d; int e; };   /* 12 bytes: r0-r2 */
struct __attribute__ ((packed)) pk { char a; int b; };    /* 5 bytes: r0, r1 */

typedef int __attribute__ ((cmse_nonsecure_call)) ns_cs_t (struct cs);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_sc_t (struct sc);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_c3_t (struct c3);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_cc_t (struct cc);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_mix_t (struct mix);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_pk_t (struct pk);

/* Cleared bits 0x0000ff00: a modified immediate.  */
/*
** pass_cs:
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
pass_cs (ns_cs_t *p, struct cs x)
{
  return p (x);
}

/* Cleared bits 0xff000000: a modified immediate.  */
/*
** pass_sc:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	bic	r0, r0, #0xff000000
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r1, r12
**	...
**	blxns	r12
**	...
*/
int
pass_sc (ns_sc_t *p, struct sc x)
{
  return p (x);
}

/* A 3-byte object: the register's last byte is not part of it.  */
/*
** pass_c3:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	bic	r0, r0, #0xff000000
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r1, r12
**	...
**	blxns	r12
**	...
*/
int
pass_c3 (ns_c3_t *p, struct c3 x)
{
  return p (x);
}

/* Cleared bits 0xffff0000: r0 keeps its low half-word: uxth (2 bytes).  */
/*
** pass_cc:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	uxth	r0, r0
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r1, r12
**	...
**	blxns	r12
**	...
*/
int
pass_cc (ns_cc_t *p, struct cc x)
{
  return p (x);
}

/* r0: a, pad, b; r1: c, d, pad, pad; r2: e; r3 carries nothing.  */
/*
** pass_mix:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	bic	r0, r0, #0xff00
**	uxth	r1, r1
**	sub	sp, sp, #136
**	vlstm	sp
**	mov	r3, r12
**	mov	r4, r12
**	...
**	blxns	r12
**	...
*/
int
pass_mix (ns_mix_t *p, struct mix x)
{
  return p (x);
}

/* Packed, 5 bytes: r0 all data, r1 only its low byte; r2, r3 nothing.  */
/*
** pass_pk:
**	...
**	push	\{r4-r11\}
**	bic	r12, (?:r[0-9]|r1[0-2]|lr), #1
**	uxtb	r1, r1
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
pass_pk (ns_pk_t *p, struct pk x)
{
  return p (x);
}
