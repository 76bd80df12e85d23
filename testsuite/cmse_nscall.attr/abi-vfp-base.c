/* SPDX-License-Identifier: GPL-3.0-or-later */
/* abi-vfp-base.c - with the base AAPCS (-mfloat-abi=soft and softfp),
   floating-point values travel in core registers, so these signatures,
   legal under hard float (abi-vfp-hard.c), are errors:
     (double, double, double)  r0-r1, r2-r3, third on the stack
     (float, double, float)    r0, r2-r3 (even pair), third on the stack
     (struct {double x4})      32 bytes: split between r0-r3 and the stack
     struct {float x4} ()      a 16-byte composite is returned in memory
     _Complex double ()        16 bytes: returned in memory
   The messages name r0-r3 / r0-r1 only (no s registers).  */
/* { dg-do compile } */
/* { dg-skip-if "VFP variant of the AAPCS" { target *-*-* } { "-mfloat-abi=hard" } { "" } } */

struct four_d { double a, b, c, d; };
struct four_f { float a, b, c, d; };

typedef int __attribute__ ((cmse_nscall)) f_3d (double, double, double); /* { dg-error "argument 3 of type 'double' would be passed on the stack: non-secure calls pass arguments in r0-r3 only" } */
typedef int __attribute__ ((cmse_nscall)) f_fdf (float, double, float); /* { dg-error "argument 3 of type 'float' would be passed on the stack: non-secure calls pass arguments in r0-r3 only" } */
typedef int __attribute__ ((cmse_nscall)) f_four_d (struct four_d); /* { dg-error "argument 1 of type 'struct four_d' would be split between registers and the stack: non-secure calls pass arguments in r0-r3 only" } */
typedef struct four_f __attribute__ ((cmse_nscall)) r_four_f (void); /* { dg-error "the result of type 'struct four_f' would be returned in memory: non-secure calls return values in r0-r1 only" } */
typedef _Complex double __attribute__ ((cmse_nscall)) r_cd (void); /* { dg-error "the result of type 'complex double' would be returned in memory: non-secure calls return values in r0-r1 only" } */
