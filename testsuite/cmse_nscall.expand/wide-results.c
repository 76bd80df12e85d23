/* SPDX-License-Identifier: GPL-3.0-or-later */
/* wide-results.c - results that fill their registers (int, unsigned,
   pointers, long long, a 4-byte struct returned in r0) are not re-extended or masked:
   nothing follows the pop of r4-r11 that touches r0 for the plugin.
   Rules: AAPCS 6.6 (a word result in r0, a doubleword in r0:r1; only
   results smaller than a word are extended); plugin/abi.h (narrow
   re-extension only for 1- and 2-byte integral types).  */
/* { dg-do compile } */
/* { dg-final { scan-assembler-times {\tblxns\tr12\n} 5 } } */
/* { dg-final { scan-assembler-times {\tpop\t\{r4-r11\}\n} 5 } } */
/* { dg-final { scan-assembler-not {\t(?:uxt|sxt)[bh]\tr0, r0\n} } } */
/* { dg-final { scan-assembler-not {\tand\tr0, r0, #1\n} } } */
/* { dg-final { scan-assembler-not {\tbfc\tr0, } } } */

struct two_shorts { short a, b; };
/* Through a typedef: in "void *__attribute__ ((cmse_nonsecure_call)) f
   (void)" GCC 14 and later apply the mark to the pointer type (and drop it
   with a warning) where GCC 12 applied it to the function type.  */
typedef void *void_ptr;

typedef int __attribute__ ((cmse_nonsecure_call)) ns_i_t (void);
typedef unsigned __attribute__ ((cmse_nonsecure_call)) ns_u_t (void);
typedef void_ptr __attribute__ ((cmse_nonsecure_call)) ns_p_t (void);
typedef unsigned long long __attribute__ ((cmse_nonsecure_call)) ns_ull_t (void);
typedef struct two_shorts __attribute__ ((cmse_nonsecure_call)) ns_s_t (void);

int ret_i (ns_i_t *p) { return p (); }
unsigned ret_u (ns_u_t *p) { return p (); }
void *ret_p (ns_p_t *p) { return p (); }
unsigned long long ret_ull (ns_ull_t *p) { return p (); }
struct two_shorts ret_s (ns_s_t *p) { return p (); }
