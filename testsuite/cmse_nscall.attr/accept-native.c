/* SPDX-License-Identifier: GPL-3.0-or-later */
/* accept-native.c - GCC's own __attribute__((cmse_nonsecure_call)) (with
   -mcmse) is taken over by the plugin: the calls through a marked function
   typedef, a marked pointer variable and a marked member are expanded
   inline, and GCC's library veneer __gnu_cmse_nonsecure_call is no longer
   referenced.  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nonsecure_call)) nat_fn (int);
void (*__attribute__ ((cmse_nonsecure_call)) nat_ptr) (void);
struct ops { nat_fn *cb; };

int via_typedef (nat_fn *p) { return p (1); }
void via_global (void) { nat_ptr (); }
int via_member (struct ops *o) { return o->cb (3); }

/* { dg-final { scan-assembler-times "blxns\tr12" 3 } } */
/* { dg-final { scan-assembler-not "__gnu_cmse_nonsecure_call" } } */
/* { dg-final { scan-assembler-not "\tbl?x\t(r\[0-9\]|ip)" } } */
