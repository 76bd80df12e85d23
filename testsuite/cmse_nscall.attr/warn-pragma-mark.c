/* SPDX-License-Identifier: GPL-3.0-or-later */
/* warn-pragma-mark.c - the union padding warning is silenced by a
   #pragma GCC diagnostic ignored "-Wattributes" around the mark, where it
   is reported; the calls outside the pragma's range must not bring it
   back (the problem is reported at the mark only).  */
/* { dg-do compile } */

union u_ci { char c; int i; };

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wattributes"
typedef int __attribute__ ((cmse_nscall)) f_ci (union u_ci);
#pragma GCC diagnostic pop

int call (f_ci *p, union u_ci a) { return p (a); }

/* { dg-final { scan-assembler-times "blxns\tr12" 1 } } */
