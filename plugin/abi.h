// SPDX-License-Identifier: GPL-3.0-or-later
//
// abi.h - where the arguments and the result of a non-secure call live,
// register by register, and which of their bits carry data.
//
// Example: for  int (struct { char c; short s; }, long long)  under the
// base AAPCS the layout is  r0 live 0xffff00ff (byte 1 is padding),
// r2 and r3 live 0xffffffff (the long long, 8-byte aligned: r1 skipped),
// result r0, no narrow re-extension.
//
// Options: none.  Limits: little-endian only; arguments and results must
// fit r0-r3 (and s0-s15 under the VFP variant of the AAPCS).

#ifndef CMSE_NSCALL_ABI_H
#define CMSE_NSCALL_ABI_H

#include <stdint.h>

// The registers of one non-secure call signature.
struct cmse_nscall_layout
{
  // r0-r3 that are part of an argument (bit N = rN), even when all their
  // bits are padding (r1 for struct { char c; long long v; }).
  unsigned core_args;
  // Bits of r0-r3 that carry argument data.
  uint32_t core_live[4];
  // Bits of s0-s15 that carry argument data (VFP variant only).
  uint32_t vfp_live[16];
  // Registers holding the result: bit N of core_result = rN, bit N of
  // vfp_result = sN.
  unsigned core_result;
  unsigned vfp_result;
  // An integral result narrower than a register (char, short, _Bool, an
  // enum with a narrow underlying type, a C++ enum : bool) is re-extended
  // from RESULT_BITS bits (its TYPE_PRECISION), signed or not, because
  // Non-secure code controls every bit of r0 and GCC trusts the value to
  // be in range (CVE-2024-0151).  0 = nothing to re-extend.
  unsigned result_bits;
  bool result_signed;
  // For a small aggregate returned in r0-r1: the bits of r0 and r1 that
  // may be non-zero.  A _Bool member keeps only bit 0, an unsigned
  // narrow-precision member its low bits; padding is cleared too.
  // 0xffffffff = nothing to clear.
  uint32_t result_live[2];
  bool uses_vfp_abi;           // the call follows AAPCS-VFP (hard float)
};

// Why a signature cannot be a non-secure call, or a warning about it.
// LOC is where to report; DIAGNOSE false only computes.
//
// Takes FNTYPE, a FUNCTION_TYPE or METHOD_TYPE as marked by the user.
// Fills *LAYOUT (when non-NULL) following the AAPCS as GCC implements it
// for the function being compiled: arm_init_cumulative_args, then
// targetm.calls.function_arg / arg_partial_bytes / function_arg_advance
// per argument, and targetm.calls.function_value for the result
// (gcc/config/arm/arm.cc; AAPCS sections 6.5 and 6.6 of the 2023Q3 AAPCS32).
// Returns CMSE_NSCALL_OK, CMSE_NSCALL_INCOMPLETE when a parameter or the
// result type is incomplete (nothing reported: check again at the call),
// or CMSE_NSCALL_REJECTED after error_at() at LOC when DIAGNOSE.
// Unions whose members disagree on padding get warning_at(OPT_Wattributes)
// but stay OK.
enum cmse_nscall_verdict
{
  CMSE_NSCALL_OK,
  CMSE_NSCALL_INCOMPLETE,
  CMSE_NSCALL_REJECTED
};

cmse_nscall_verdict cmse_nscall_layout_signature (tree fntype, location_t loc,
                                                  bool diagnose,
                                                  cmse_nscall_layout *layout);

#endif // CMSE_NSCALL_ABI_H
