/* SPDX-License-Identifier: GPL-3.0-or-later */
/* abi-vfp-hard.c - under -mfloat-abi=hard (AAPCS-VFP) the signatures that
   abi-vfp-base.c rejects fit the s/d registers and are accepted:
     (double, double, double)  d0 d1 d2
     (float, double, float)    s0, d1, and the second float back-fills s1
     (struct {double x4})      homogeneous aggregate in d0-d3
     struct {float x4} ()      homogeneous aggregate result in s0-s3
     _Complex double ()        result in d0-d1
   Each call (at most 8 FP argument words, which fit the core shuttles)
   uses the lazy hard-float form of the sequence on Armv8-M Mainline (FP
   arguments or result; plugin/sequence.cc): five vlstm, no vpush
   {d8-d15}, five blxns.  */
/* { dg-do compile } */
/* { dg-skip-if "base AAPCS passes these on the stack" { target *-*-* } { "-mfloat-abi=soft" "-mfloat-abi=softfp" } { "" } } */

struct four_d { double a, b, c, d; };
struct four_f { float a, b, c, d; };

typedef int __attribute__ ((cmse_nscall)) f_3d (double, double, double);
typedef int __attribute__ ((cmse_nscall)) f_fdf (float, double, float);
typedef int __attribute__ ((cmse_nscall)) f_four_d (struct four_d);
typedef struct four_f __attribute__ ((cmse_nscall)) r_four_f (void);
typedef _Complex double __attribute__ ((cmse_nscall)) r_cd (void);

int c1 (f_3d *p) { return p (1.0, 2.0, 3.0); }
int c2 (f_fdf *p) { return p (1.0f, 2.0, 3.0f); }
int c3 (f_four_d *p, struct four_d s) { return p (s); }
struct four_f c4 (r_four_f *p) { return p (); }
_Complex double c5 (r_cd *p) { return p (); }

/* { dg-final { scan-assembler-times "blxns\tr12" 5 } } */
/* { dg-final { scan-assembler-times "vlstm\tsp" 5 } } */
/* { dg-final { scan-assembler-not "vpush\t\\{d8-d15\\}" } } */
/* { dg-final { scan-assembler-not "__gnu_cmse_nonsecure_call" } } */
