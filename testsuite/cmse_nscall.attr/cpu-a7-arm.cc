// SPDX-License-Identifier: GPL-3.0-or-later
// cpu-a7-arm.cc - the same error in C++ for an A-profile CPU in Arm state
// (Cortex-A7, -marm), with the C++11 spelling.
// { dg-do compile }
// { dg-options "-mcpu=cortex-a7 -marm -mfloat-abi=soft" }

using ns_ptr = int (*) (int) [[cmse::nonsecure_call]];

int call (ns_ptr p) { return p (1); } // { dg-error "call through non-secure call type .* needs the Armv8-M Security Extension, which 'cortex-a7' does not have" }
