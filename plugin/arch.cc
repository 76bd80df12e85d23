// SPDX-License-Identifier: GPL-3.0-or-later
//
// arch.cc - read the current function's target features (see arch.h).
//
// Example: under #pragma GCC target ("arch=armv8.1-m.main+fp") the
// function gets profile V8_1M while its neighbours stay MAINLINE.
// Options: none.  Limits: the Arm back-end globals of GCC 12.2, 14.2, 15.3.

#include "cmse_nscall-gcc.h"
#include "cmse_nscall.h"
#include "arch.h"

cmse_nscall_target
cmse_nscall_current_target (void)
{
  cmse_nscall_target target;
  if (!arm_arch_cmse || !TARGET_THUMB)
    target.profile = CMSE_NSCALL_NO_CMSE;
  else if (!arm_arch_thumb2)
    target.profile = CMSE_NSCALL_BASELINE;
  else if (TARGET_HAVE_FPCXT_CMSE)
    target.profile = CMSE_NSCALL_V8_1M;
  else
    target.profile = CMSE_NSCALL_MAINLINE;
  target.has_dsp = arm_arch7em;
  target.has_fp = TARGET_HARD_FLOAT;
  target.hard_float_abi = TARGET_HARD_FLOAT_ABI;
  target.vlldm_erratum_fix = fix_vlldm != 0;
  target.name = arm_active_target.core_name ? arm_active_target.core_name
                : arm_active_target.arch_name;
  if (!target.name)
    target.name = "this target";
  return target;
}
