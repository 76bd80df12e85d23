/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tail-call.c - a call through a marked type in tail position
   ("return p (x);", and a void call at the end of a void function) is
   never a sibling call, which would jump to Non-secure code with a plain
   branch: at every -O each function keeps the full sequence (push, blxns,
   pop) and returns itself.  The unmarked control function proves -O2
   would have made these sibling calls ("bx rN").  */
/* { dg-do compile } */

typedef int __attribute__ ((cmse_nscall)) ns_fn (int);
typedef void __attribute__ ((cmse_nscall)) ns_void (int);

int tail_value (ns_fn *p, int x) { return p (x + 1); }
void tail_void (ns_void *p, int x) { p (x); }
int tail_cond (ns_fn *p, int x) { if (x) return p (x); return 0; }

/* { dg-final { scan-assembler-times "blxns\tr12" 3 } } */
/* { dg-final { scan-assembler-times "pop\t\\{r4-r11\\}" 3 } } */
/* { dg-final { scan-assembler-not "\tbx\t(r\[0-9\]+|ip)" } } */
/* { dg-final { scan-assembler-not "\tb\t(r\[0-9\]+|ip)" } } */
/* { dg-final { scan-assembler-not "\tblx\t" } } */
