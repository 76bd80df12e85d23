/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fixed-r4.c - -ffixed-r4 with a global register variable in r4, a
   callee-saved register the sequence saves, clears and uses: the Secure
   value must not reach the Non-secure callee and must be back after the
   call (the body: fixed-callee-saved.h).  */
/* { dg-do run } */
/* { dg-additional-options "-ffixed-r4" } */

#define FIXED_REG "r4"
#define FIXED_NUM 4
#include "fixed-callee-saved.h"
