/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diag-pcs-soft.c - pcs("aapcs-vfp") on a non-secure call type when the
   target has no floating-point registers (-mfloat-abi=soft) is an error
   at the mark: there is nowhere to pass the arguments.  The pcs attribute
   is written first, so it is on the type when the mark is checked.  */
/* { dg-do compile } */
/* { dg-skip-if "the target has FP registers" { target *-*-* } { "-mfloat-abi=softfp" "-mfloat-abi=hard" } { "" } } */

typedef int __attribute__ ((pcs ("aapcs-vfp"), cmse_nscall)) f_vfp (float); /* { dg-error "non-secure call type 'int\\(float\\)' uses 'pcs\\(\"aapcs-vfp\"\\)', but the target has no floating-point registers to pass arguments in" } */
typedef int __attribute__ ((pcs ("aapcs-vfp"))) __attribute__ ((cmse_nscall)) f_vfp2 (int); /* { dg-error "uses 'pcs\\(\"aapcs-vfp\"\\)'" } */
