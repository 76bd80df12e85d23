// SPDX-License-Identifier: GPL-3.0-or-later
//
// disasm.h - decode Thumb instructions of Armv8-M Baseline, Mainline and
// Armv8.1-M with GNU libopcodes (the decoder of arm-none-eabi-objdump;
// Debian package binutils-multiarch-dev), into mnemonic and operand
// strings in one normal form.
//
// Example: bytes a4 47 at 0x10000020 -> { addr 0x10000020, size 2,
//   mnemonic "blxns", ops {"ip"} }; 9f e8 0e 90 -> "clrm" {"{r1, r2, r3, ip, apsr}"};
//   "stmdb sp!, {r4, ...}" is given as "push" {"{r4, ...}"}, "msr CPSR_fs, r4"
//   as "msr" {"apsr_nzcvqg", "r4"}, branch targets as absolute "0x10000040".
// Why libopcodes: see docs/image-checker.md (LLVM 14/15 cannot decode
// `vscclrm {vpr}', Capstone 4 decodes clrm as ldm and lacks vlstm/vlldm).
// Options: none.  Limits: one decoder for the superset architecture
// (bfd_mach_arm_8_1M_MAIN): an encoding valid on Baseline or Mainline
// decodes the same there.

#ifndef CMSE_NSCALL_CHECK_DISASM_H
#define CMSE_NSCALL_CHECK_DISASM_H

#include <stdint.h>
#include <string>
#include <vector>

struct cmse_insn
{
  uint32_t addr;               // address (image) or section offset (object)
  unsigned size;               // 2 or 4 bytes
  std::string mnemonic;        // lower case, e.g. "lslseq.w" as printed
  std::vector<std::string> ops;  // top-level operands, lower case
  std::string text;            // "mnemonic\toperands" for the report
};

// Start the decoder.  Returns false with *ERROR set when libopcodes has
// no Arm disassembler.
bool cmse_disasm_init (std::string *error);

// Decode the instruction at address ADDR of a section whose contents
// DATA (SIZE bytes) start at address BASE, into *INSN.  Instructions of an
// IT block must be decoded in order (the decoder keeps the IT state).
// Returns false for an undecodable encoding (mnemonic "<undecodable>").
bool cmse_disasm_decode (const uint8_t *data, size_t size, uint32_t base,
                         uint32_t addr, cmse_insn *insn);

#endif // CMSE_NSCALL_CHECK_DISASM_H
