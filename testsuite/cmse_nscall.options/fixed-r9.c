/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fixed-r9.c - -ffixed-r9 with a global register variable in r9, a
   callee-saved register the sequence saves, clears and uses: the Secure
   value must not reach the Non-secure callee and must be back after the
   call (the body: fixed-callee-saved.h).  */
/* { dg-do run } */
/* { dg-additional-options "-ffixed-r9" } */

#define FIXED_REG "r9"
#define FIXED_NUM 9
#include "fixed-callee-saved.h"
