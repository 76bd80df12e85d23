/* SPDX-License-Identifier: GPL-3.0-or-later */
/* abi-core-ok.c - signatures that the AAPCS places entirely in r0-r3 (and
   results in r0-r1, or s/d registers under hard float) are accepted under
   every float ABI and expanded inline:
     (int, int, int, int)            r0 r1 r2 r3
     (int, long long)                r0, r2-r3 (even pair; r1 unused)
     (int, int, long long)           r0 r1 r2-r3
     (long long, long long)          r0-r1 r2-r3
     (struct {char; long long})      16 bytes, 8-aligned: r0-r3
     (struct {float a, b, c;})       r0-r2 (soft, softfp) or s0-s2 (hard)
     (char, short)                   r0 r1
     long long ()                    result r0-r1
     struct {short a, b;} ()         4-byte composite result in r0
     double (float)                  r0-r1 / d0
   No diagnostic; ten calls, ten blxns.  */
/* { dg-do compile } */

struct char_ll { char c; long long l; };
struct three_f { float a, b, c; };
struct two_s { short a, b; };

typedef int __attribute__ ((cmse_nscall)) f_4i (int, int, int, int);
typedef int __attribute__ ((cmse_nscall)) f_i_ll (int, long long);
typedef int __attribute__ ((cmse_nscall)) f_i_i_ll (int, int, long long);
typedef int __attribute__ ((cmse_nscall)) f_ll_ll (long long, long long);
typedef int __attribute__ ((cmse_nscall)) f_char_ll (struct char_ll);
typedef int __attribute__ ((cmse_nscall)) f_three_f (struct three_f);
typedef int __attribute__ ((cmse_nscall)) f_c_s (char, short);
typedef long long __attribute__ ((cmse_nscall)) r_ll (void);
typedef struct two_s __attribute__ ((cmse_nscall)) r_two_s (void);
typedef double __attribute__ ((cmse_nscall)) r_d (float);

int c1 (f_4i *p) { return p (1, 2, 3, 4); }
int c2 (f_i_ll *p) { return p (1, 2LL); }
int c3 (f_i_i_ll *p) { return p (1, 2, 3LL); }
int c4 (f_ll_ll *p) { return p (1LL, 2LL); }
int c5 (f_char_ll *p, struct char_ll s) { return p (s); }
int c6 (f_three_f *p, struct three_f s) { return p (s); }
int c7 (f_c_s *p) { return p (1, 2); }
long long c8 (r_ll *p) { return p (); }
struct two_s c9 (r_two_s *p) { return p (); }
double c10 (r_d *p) { return p (1.0f); }

/* { dg-final { scan-assembler-times "blxns\tr12" 10 } } */
/* { dg-final { scan-assembler-not "__gnu_cmse_nonsecure_call" } } */
