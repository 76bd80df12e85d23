/* SPDX-License-Identifier: GPL-3.0-or-later */
/* abi-vfp-hard-stack.c - AAPCS-VFP limits under -mfloat-abi=hard:
     (double x7, struct {float a, b, c;})  d0-d6 fill s0-s13; the
          homogeneous aggregate needs three consecutive s registers, only
          s14-s15 are left, so it goes on the stack (rule C.2)
     (double x8, float)    s0-s15 all taken: the float goes on the stack
     (int x5)              integers still use r0-r3 only
   and the messages name both register files: "r0-r3 and s0-s15".  */
/* { dg-do compile } */
/* { dg-skip-if "VFP variant of the AAPCS only" { target *-*-* } { "-mfloat-abi=soft" "-mfloat-abi=softfp" } { "" } } */

struct three_f { float a, b, c; };

typedef int __attribute__ ((cmse_nscall)) f_7d_hfa (double, double, double, double, double, double, double, struct three_f); /* { dg-error "argument 8 of type 'struct three_f' would be passed on the stack: non-secure calls pass arguments in r0-r3 and s0-s15 only" } */
typedef int __attribute__ ((cmse_nscall)) f_8d_f (double, double, double, double, double, double, double, double, float); /* { dg-error "argument 9 of type 'float' would be passed on the stack: non-secure calls pass arguments in r0-r3 and s0-s15 only" } */
typedef int __attribute__ ((cmse_nscall)) f_5i (int, int, int, int, int); /* { dg-error "argument 5 of type 'int' would be passed on the stack: non-secure calls pass arguments in r0-r3 and s0-s15 only" } */
