// SPDX-License-Identifier: GPL-3.0-or-later
//
// note-format.h - the layout of the ELF note that the cmse_nscall plugin
// writes for every non-secure call site it expands, and that
// cmse-nscall-check reads back.  Shared by plugin/notes.cc (writer) and
// checker/ (reader); plain C++, no GCC or LLVM header.
//
// Example: `int (*)(struct { char c; short s; })' on Cortex-M33 soft float
// gives one note in section .cmse_nscall.note (SHT_NOTE, not SHF_ALLOC):
//   namesz 12, descsz 112, type 1, name "cmse_nscall\0"
//   desc word 0   address of the sequence's first instruction (its
//                 register save); the call is the first blxns from there
//                 (R_ARM_ABS32 in objects)
//   desc word 1   0x05020101: format 1, profile Mainline, float ABI soft,
//                 flags DSP | VLLDM fix
//   desc word 2   0x00000101: r0 carries an argument, result in r0
//   desc word 4   0xffff00ff: the bits of r0 that carry data
//   ...           version string "0.1.0\0", padded to 4 bytes
// Conventions follow annobin's notes (owner name, numeric type, a
// relocation to the code the note describes), in a section of its own so
// that tools reading annobin's .gnu.build.attributes are not confused.
// Options: none.  Limits: format 1; little-endian words (arm-none-eabi is
// little-endian here, as the plugin refuses big-endian targets).

#ifndef CMSE_NSCALL_NOTE_FORMAT_H
#define CMSE_NSCALL_NOTE_FORMAT_H

// Not ".note.*": default linker scripts of some C libraries (picolibc's
// picolibc.ld, which arm-none-eabi-gcc 15 in Debian forky passes when no
// -T is given) discard "*(.note .note.*)", and the note would never
// reach the image.  The checker also reads the earlier name.
#define CMSE_NSCALL_NOTE_SECTION ".cmse_nscall.note"
#define CMSE_NSCALL_NOTE_SECTION_OLD ".note.cmse_nscall"
#define CMSE_NSCALL_NOTE_OWNER "cmse_nscall"   // namesz 12 with the NUL
#define CMSE_NSCALL_NOTE_TYPE_SITE 1u          // one non-secure call site
#define CMSE_NSCALL_NOTE_FORMAT 1u

// Word 1: format | profile << 8 | float ABI << 16 | flags << 24.
enum cmse_nscall_note_profile
{
  CMSE_NSCALL_NOTE_BASELINE = 1,    // Armv8-M Baseline
  CMSE_NSCALL_NOTE_MAINLINE = 2,    // Armv8-M Mainline
  CMSE_NSCALL_NOTE_V8_1M = 3        // Armv8.1-M Mainline
};

enum cmse_nscall_note_float_abi
{
  CMSE_NSCALL_NOTE_SOFT = 0,        // no FP registers at all
  CMSE_NSCALL_NOTE_SOFTFP = 1,      // FP unit, arguments in core registers
  CMSE_NSCALL_NOTE_HARD = 2         // AAPCS-VFP: arguments in s0-s15
};

enum cmse_nscall_note_flags
{
  CMSE_NSCALL_NOTE_DSP = 1,         // APSR.GE exists (DSP extension)
  CMSE_NSCALL_NOTE_HAS_FP = 2,      // FP registers exist
  CMSE_NSCALL_NOTE_VLLDM_FIX = 4,   // CVE-2021-35465 mitigation required
  CMSE_NSCALL_NOTE_NORETURN = 8     // the callee's type never returns
};

// Word 2: core argument registers (bit N = rN, bits 0-3) | result
// registers << 8 (bits 8-11) | narrow result precision << 16 (bits 16-23,
// 0 = none) | signed narrow result << 24 | AAPCS-VFP call << 25.
// Word 3: s registers carrying an argument (bits 0-15) | s registers
// holding the result << 16.
// Words 4-7: bits of r0-r3 that carry argument data.
// Words 8-23: bits of s0-s15 that carry argument data.
// Words 24-25: bits of r0-r1 an aggregate result may have non-zero
// (0xffffffff = nothing to clear).
// Then the plugin version, NUL-terminated, padded to a multiple of 4.
#define CMSE_NSCALL_NOTE_WORDS 26u

#endif // CMSE_NSCALL_NOTE_FORMAT_H
