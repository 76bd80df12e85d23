/* SPDX-License-Identifier: GPL-3.0-or-later */
/* clang-calls.c - non-secure calls compiled by Clang's own -mcmse (no
   plugin, no note), checked as objects by check.exp: call_void has no
   argument and no result, so every register must be cleared and Clang's
   sequence passes; call_float returns in s0 under hard float, where
   Clang keeps the result with an unconditional `vmov rN, s0' before
   VLLDM (CVE-2024-7883, anchors: fixed only in LLVM 20); call_int's r0
   carries an argument, which without a note the checker cannot know and
   reports as not cleared.  Also compiled by GCC without the plugin for
   Armv8.1-M (GCC expands those calls inline).  */

typedef void __attribute__ ((cmse_nonsecure_call)) ns_void_t (void);
typedef float __attribute__ ((cmse_nonsecure_call)) ns_float_t (void);
typedef int __attribute__ ((cmse_nonsecure_call)) ns_int_t (int);

void
call_void (ns_void_t *f)
{
  f ();
}

float
call_float (ns_float_t *f)
{
  return f ();
}

int
call_int (ns_int_t *f, int x)
{
  return f (x);
}
