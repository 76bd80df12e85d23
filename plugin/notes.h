// SPDX-License-Identifier: GPL-3.0-or-later
//
// notes.h - record each expanded non-secure call in an ELF note
// (.cmse_nscall.note, format in checker/note-format.h) for the image
// checker cmse-nscall-check.
//
// Before: the sequence's insns ... blxns r12 ...
// After: the same insns, with one directive just before the first of them
// (the register save, push {r4-r11}):
//   .set .Lcmse_nscall_site_3, .
// and, in the assembly file, a note whose first word is a relocation to
// that address:
//   .pushsection .cmse_nscall.note,"o",%note,.Lcmse_nscall_site_3
//   .4byte 12, 112, 1 ; .asciz "cmse_nscall" ; .4byte .Lcmse_nscall_site_3 ...
//   .popsection
// Options: none.  Limits: one note per expanded call; none for calls the
// plugin does not expand (GCC native -mcmse with the plugin disabled).

#ifndef CMSE_NSCALL_NOTES_H
#define CMSE_NSCALL_NOTES_H

#include "abi.h"
#include "arch.h"

// Emit the note for one call, whose sequence is about to be emitted before
// BEFORE (call this before its first insn).  Takes the site's LAYOUT
// (abi.h), the TARGET it is expanded for (arch.h), NORETURN (the callee's
// type never returns) and BEFORE, the insn the sequence is being emitted
// in front of.  Emits one assembler directive insn (no code, no bytes in
// .text) before BEFORE and writes the note to asm_out_file.  The note
// names the sequence's first instruction; the checker takes the first
// blxns from there as the call.  Returns nothing; cannot fail.
void cmse_nscall_emit_note (const cmse_nscall_layout &layout,
                            const cmse_nscall_target &target, bool noreturn,
                            rtx_insn *before);

#endif // CMSE_NSCALL_NOTES_H
