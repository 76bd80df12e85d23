// SPDX-License-Identifier: GPL-3.0-or-later
//
// notes.cc - the per-call-site ELF note that cmse-nscall-check reads (see
// notes.h for before/after and checker/note-format.h for the layout).
//
// Why a non-allocated SHT_NOTE section (no "a" flag): the note must survive
// into the linked image, where the checker reads it, but must not take
// flash or RAM, move any code or data, or need a rule in the user's linker
// script.  GNU ld keeps non-allocated sections it has no rule for as
// orphans with no address (like .comment or DWARF), resolves their
// relocations like those of debug sections; `strip' and `objcopy -O
// binary' drop them, so a shipped binary carries nothing extra.  (annobin
// makes the same choice for its .gnu.build.attributes notes.)  Each note
// is linked to its call's code (SHF_LINK_ORDER), so --gc-sections drops
// the note with the function and the note never keeps a function alive.
//
// Why ".set LABEL, ." and not a "LABEL:" line: a directive is no code and
// keeps the function body as GCC and the body tests print it; GCC counts
// the one-line asm insn as 4 bytes in its length estimates, which only
// ever makes branch and literal-pool ranges more conservative.  Why at
// the start of the sequence and not at the blxns: the sequence's own
// instructions stay adjacent in the assembly text (msr; blxns; mrs), as
// the expand tests pin them; the checker finds the blxns from there.
// A function in a COMDAT group gets its note in a .cmse_nscall.note
// section of the same group, so that the copy the linker discards takes
// its note along.
// Options: none.  Limits: labels are numbered per translation unit.

#include "cmse_nscall-gcc.h"
#include "cmse_nscall.h"
#include "notes.h"
#include "../checker/note-format.h"

// Word 1 of the note for TARGET: format, profile, float ABI, flags.
static uint32_t
cmse_nscall_note_target_word (const cmse_nscall_target &target, bool noreturn)
{
  uint32_t profile = target.profile == CMSE_NSCALL_BASELINE
                     ? CMSE_NSCALL_NOTE_BASELINE
                     : target.profile == CMSE_NSCALL_V8_1M
                       ? CMSE_NSCALL_NOTE_V8_1M : CMSE_NSCALL_NOTE_MAINLINE;
  uint32_t abi = !target.has_fp ? CMSE_NSCALL_NOTE_SOFT
                 : target.hard_float_abi ? CMSE_NSCALL_NOTE_HARD
                 : CMSE_NSCALL_NOTE_SOFTFP;
  uint32_t flags = (target.has_dsp ? CMSE_NSCALL_NOTE_DSP : 0)
                   | (target.has_fp ? CMSE_NSCALL_NOTE_HAS_FP : 0)
                   | (target.vlldm_erratum_fix ? CMSE_NSCALL_NOTE_VLLDM_FIX : 0)
                   | (noreturn ? CMSE_NSCALL_NOTE_NORETURN : 0);
  return CMSE_NSCALL_NOTE_FORMAT | profile << 8 | abi << 16 | flags << 24;
}

void
cmse_nscall_emit_note (const cmse_nscall_layout &layout,
                       const cmse_nscall_target &target, bool noreturn,
                       rtx_insn *before)
{
  static unsigned counter;
  unsigned id = ++counter;

  char label[64];
  snprintf (label, sizeof label, ".Lcmse_nscall_site_%u", id);
  std::string directive = std::string (".set ") + label + ", .";
  rtx body = gen_rtx_ASM_INPUT_loc (VOIDmode, ggc_strdup (directive.c_str ()),
                                    INSN_LOCATION (before));
  MEM_VOLATILE_P (body) = 1;
  emit_insn_before_setloc (body, before, INSN_LOCATION (before));

  uint32_t vfp_args = 0;
  for (unsigned i = 0; i < 16; i++)
    if (layout.vfp_live[i])
      vfp_args |= 1u << i;
  uint32_t words[CMSE_NSCALL_NOTE_WORDS - 1];
  words[0] = cmse_nscall_note_target_word (target, noreturn);
  words[1] = (layout.core_args & 0xf) | (layout.core_result & 0xf) << 8
             | (layout.result_bits & 0xff) << 16
             | (layout.result_signed ? 1u << 24 : 0)
             | (layout.uses_vfp_abi ? 1u << 25 : 0);
  words[2] = vfp_args | (layout.vfp_result & 0xffff) << 16;
  for (unsigned i = 0; i < 4; i++)
    words[3 + i] = layout.core_live[i];
  for (unsigned i = 0; i < 16; i++)
    words[7 + i] = layout.vfp_live[i];
  words[23] = layout.result_live[0];
  words[24] = layout.result_live[1];

  // The version string with its NUL, padded to a multiple of 4.
  size_t version_bytes = (strlen (CMSE_NSCALL_VERSION) + 1 + 3) & ~(size_t) 3;
  size_t descsz = CMSE_NSCALL_NOTE_WORDS * 4 + version_bytes;

  // The note goes straight to the assembly file: this pass runs before
  // "final" prints the function, and .pushsection/.popsection leave GCC's
  // idea of the current section untouched.
  // The note is linked to the call's code (SHF_LINK_ORDER, flag "o",
  // through the label): GNU ld keeps it exactly when it keeps that code.
  // Without it a note would be a garbage-collection root whose relocation
  // keeps the function alive under --gc-sections.  A function in a COMDAT
  // group (C++ inline functions, templates) may be discarded in favour of
  // another object's copy: its note joins the group too, or ld refuses
  // the relocation into the discarded section (annobin does the same).
  std::string flags = std::string ("\"o\",%note,") + label;
  if (DECL_COMDAT_GROUP (current_function_decl))
    flags = std::string ("\"Go\",%note,") + label + ","
            + IDENTIFIER_POINTER (decl_comdat_group_id (current_function_decl))
            + ",comdat";
  fprintf (asm_out_file, "\t.pushsection %s,%s\n"
           "\t.p2align 2\n"
           "\t.4byte %u, %u, %u\n"
           "\t.asciz \"%s\"\n"
           "\t.4byte %s\n",
           CMSE_NSCALL_NOTE_SECTION, flags.c_str (),
           (unsigned) strlen (CMSE_NSCALL_NOTE_OWNER) + 1, (unsigned) descsz,
           CMSE_NSCALL_NOTE_TYPE_SITE, CMSE_NSCALL_NOTE_OWNER, label);
  for (unsigned i = 0; i < CMSE_NSCALL_NOTE_WORDS - 1; i++)
    fprintf (asm_out_file, "\t.4byte 0x%08x\n", (unsigned) words[i]);
  fprintf (asm_out_file, "\t.asciz \"%s\"\n\t.p2align 2\n\t.popsection\n",
           CMSE_NSCALL_VERSION);
}
