/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fixed-r11.c - -ffixed-r11 with a global register variable in r11, a
   callee-saved register the sequence saves, clears and uses: the Secure
   value must not reach the Non-secure callee and must be back after the
   call (the body: fixed-callee-saved.h).  */
/* { dg-do run } */
/* { dg-additional-options "-ffixed-r11" } */

#define FIXED_REG "r11"
#define FIXED_NUM 11
#include "fixed-callee-saved.h"
