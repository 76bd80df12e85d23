/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tail-call-control.c - the control for tail-call.c: the same function
   without the mark is a sibling call ("bx r2" or similar) at -O2 and -Os,
   so the absence of one in tail-call.c is the plugin's doing.  At -O0
   there is no sibling call either way, so the control is skipped.  */
/* { dg-do compile } */
/* { dg-skip-if "no sibling calls at -O0" { target *-*-* } { "-O0" } { "" } } */

typedef int plain_fn (int);

int tail_value (plain_fn *p, int x) { return p (x + 1); }

/* { dg-final { scan-assembler "\tbx\tr\[0-9\]+\[^\n\]*\n" } } */
/* { dg-final { scan-assembler-not "blxns" } } */
