// SPDX-License-Identifier: GPL-3.0-or-later
//
// arch.h - what the function being compiled can execute, read from the
// Arm back end's per-function globals (arm_set_current_function restores
// them for each function, so #pragma GCC target and target attributes are
// honoured).
//
// Example: -mcpu=cortex-m33 -mfloat-abi=softfp gives profile MAINLINE,
// has_dsp, has_fp, !hard_float_abi, fix_vlldm (the CVE-2021-35465 default).
// Options: none.  Limits: arm-none-eabi GCC 12.2, 14.2, 15.3 variable names.

#ifndef CMSE_NSCALL_ARCH_H
#define CMSE_NSCALL_ARCH_H

enum cmse_nscall_profile
{
  CMSE_NSCALL_NO_CMSE,         // no Armv8-M Security Extension
  CMSE_NSCALL_BASELINE,        // Armv8-M Baseline (Cortex-M23)
  CMSE_NSCALL_MAINLINE,        // Armv8-M Mainline (Cortex-M33/M35P)
  CMSE_NSCALL_V8_1M            // Armv8.1-M Mainline (Cortex-M55/M85)
};

struct cmse_nscall_target
{
  cmse_nscall_profile profile;
  bool has_dsp;          // APSR.GE exists: clear it with APSR_nzcvqg
  bool has_fp;           // FP registers exist (TARGET_HARD_FLOAT)
  bool hard_float_abi;   // -mfloat-abi=hard
  bool vlldm_erratum_fix;        // -mfix-cmse-cve-2021-35465 in effect
  const char *name;      // the CPU or architecture, for messages
};

// The features of the function being compiled now (cfun).
// Sources: arm.h TARGET_HARD_FLOAT, TARGET_HARD_FLOAT_ABI,
// TARGET_HAVE_FPCXT_CMSE; arm.cc arm_arch_cmse, arm_arch_thumb2,
// arm_arch7em; arm.opt fix_vlldm.
cmse_nscall_target cmse_nscall_current_target (void);

#endif // CMSE_NSCALL_ARCH_H
