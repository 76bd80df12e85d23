// SPDX-License-Identifier: GPL-3.0-or-later
//
// elf-image.h - what cmse-nscall-check needs from a 32-bit Arm ELF file
// (linked image or relocatable object), read with elfutils' libelf:
// sections, symbols (including the $t/$d mapping symbols that tell code
// from literal pools), relocations, the build attributes of
// .ARM.attributes and the plugin's .cmse_nscall.note notes.
//
// Example: cmse_image img; std::string err;
//   if (!cmse_image_read ("secure.elf", &img, &err)) -> err "secure.elf: not an ELF file"
//   img.attributes.cpu_name == "Cortex-M33", img.notes.size () == 3
// Options: none.  Limits: ELFCLASS32, little-endian, EM_ARM; REL (not RELA)
// relocations, as arm-none-eabi produces.

#ifndef CMSE_NSCALL_CHECK_ELF_IMAGE_H
#define CMSE_NSCALL_CHECK_ELF_IMAGE_H

#include <stdint.h>
#include <map>
#include <string>
#include <vector>

struct cmse_section
{
  std::string name;
  unsigned index;            // section header index
  uint32_t addr;             // sh_addr (0 in relocatable objects)
  uint32_t type, flags;      // sh_type, sh_flags
  std::vector<uint8_t> data; // contents (empty for SHT_NOBITS)
};

struct cmse_symbol
{
  std::string name;
  uint32_t value;            // st_value (bit 0 set for Thumb functions)
  uint32_t size;
  unsigned shndx;
  unsigned type, bind;       // ELF32_ST_TYPE / ELF32_ST_BIND
};

struct cmse_reloc
{
  uint32_t offset;           // r_offset (section offset in objects)
  unsigned type;             // R_ARM_*
  unsigned sym;              // symbol index
};

// The build attributes (ARM IHI 0045, "Addenda to the ABI": public "aeabi"
// subsection, file scope) the checker uses; -1 = absent.
struct cmse_attributes
{
  std::string cpu_name;      // Tag_CPU_name (5), e.g. "Cortex-M33"
  int cpu_arch = -1;         // Tag_CPU_arch (6): 16 v8-M.base, 17 v8-M.main, 21 v8.1-M.main
  int fp_arch = -1;          // Tag_FP_arch (10): 0 or absent = no FP
  int vfp_args = -1;         // Tag_ABI_VFP_args (28): 1 = AAPCS-VFP (hard float)
  int dsp = -1;              // Tag_DSP_extension (46): 1 = DSP allowed
  int mve = -1;              // Tag_MVE_arch (48)
};

// One .cmse_nscall.note site note, decoded (checker/note-format.h).
struct cmse_site_note
{
  unsigned shndx;            // section of the call site
  uint32_t addr;             // address (image) or section offset (object)
  unsigned profile, float_abi, flags;
  unsigned core_args, core_result, result_bits;
  bool result_signed, vfp_abi;
  unsigned vfp_args, vfp_result;
  uint32_t core_live[4], vfp_live[16], result_live[2];
  std::string version;
};

struct cmse_image
{
  std::string path;
  bool relocatable = false;  // ET_REL
  std::vector<cmse_section> sections;
  std::vector<cmse_symbol> symbols;
  std::map<unsigned, std::vector<cmse_reloc> > relocs;  // by patched section
  cmse_attributes attributes;
  std::vector<cmse_site_note> notes;
  std::vector<std::string> note_problems;  // malformed notes, for the report
};

// Read PATH into *IMAGE.  Returns false with *ERROR set ("PATH: reason")
// when the file cannot be opened or is not a 32-bit little-endian Arm ELF
// file; malformed notes do not fail the read (see note_problems).
bool cmse_image_read (const std::string &path, cmse_image *image,
                      std::string *error);

// The section with header index INDEX, or NULL.
const cmse_section *cmse_image_section (const cmse_image &image, unsigned index);

#endif // CMSE_NSCALL_CHECK_ELF_IMAGE_H
