// SPDX-License-Identifier: GPL-3.0-or-later
//
// disasm.cc - GNU libopcodes wrapper (disasm.h).
//
// Example: "vscclrm\t{s1-s3, VPR}" -> mnemonic "vscclrm",
//   ops {"{s1, s2, s3, vpr}"}; "ldr.w\tr0, [sp], #4" -> ops {"r0", "[sp]", "#4"};
//   "sub\tsp, #136\t@ 0x88" -> ops {"sp", "#136"} (comments dropped).
// Options: none.  Limits: Thumb only (M-profile has no Arm state).
// API: binutils 2.39+ dis-asm.h (init_disassemble_info with a styled
// printer), as in Debian 12's binutils 2.40.

#include "disasm.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

// dis-asm.h needs config.h's PACKAGE to be defined (bfd.h checks it).
#define PACKAGE "cmse-nscall-check"
#include <dis-asm.h>

static std::string cmse_disasm_text;
static disassemble_info cmse_disasm_info;
static disassembler_ftype cmse_disasm_print;

static int
cmse_disasm_printf (void *, const char *fmt, ...)
{
  char buf[256];
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (buf, sizeof buf, fmt, ap);
  va_end (ap);
  cmse_disasm_text += buf;
  return n;
}

static int
cmse_disasm_styled_printf (void *, enum disassembler_style, const char *fmt, ...)
{
  char buf[256];
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (buf, sizeof buf, fmt, ap);
  va_end (ap);
  cmse_disasm_text += buf;
  return n;
}

// Branch targets as a bare absolute address (no symbol lookup).
static void
cmse_disasm_address (bfd_vma addr, struct disassemble_info *)
{
  char buf[32];
  snprintf (buf, sizeof buf, "0x%08x", (unsigned) addr);
  cmse_disasm_text += buf;
}

static int
cmse_disasm_read (bfd_vma memaddr, bfd_byte *myaddr, unsigned int length,
                  struct disassemble_info *info)
{
  if (memaddr < info->buffer_vma
      || memaddr - info->buffer_vma + length > info->buffer_length)
    return -1;
  memcpy (myaddr, info->buffer + (memaddr - info->buffer_vma), length);
  return 0;
}

bool
cmse_disasm_init (std::string *error)
{
  init_disassemble_info (&cmse_disasm_info, NULL, cmse_disasm_printf,
                         cmse_disasm_styled_printf);
  cmse_disasm_info.arch = bfd_arch_arm;
  cmse_disasm_info.mach = bfd_mach_arm_8_1M_MAIN;
  cmse_disasm_info.endian = BFD_ENDIAN_LITTLE;
  cmse_disasm_info.endian_code = BFD_ENDIAN_LITTLE;
  cmse_disasm_info.disassembler_options = "force-thumb";
  cmse_disasm_info.print_address_func = cmse_disasm_address;
  cmse_disasm_info.read_memory_func = cmse_disasm_read;
  disassemble_init_for_target (&cmse_disasm_info);
  cmse_disasm_print = disassembler (bfd_arch_arm, false, bfd_mach_arm_8_1M_MAIN, NULL);
  if (!cmse_disasm_print)
    {
      *error = "libopcodes has no Arm disassembler";
      return false;
    }
  return true;
}

// "s1-s3" -> "s1, s2, s3"; other elements unchanged.
static void
cmse_disasm_expand_range (const std::string &e, std::string *out)
{
  size_t dash = e.find ('-');
  if (dash != std::string::npos && dash > 1 && dash + 2 < e.size ()
      && isalpha ((unsigned char) e[0]) && e[dash + 1] == e[0])
    {
      int a = atoi (e.c_str () + 1), b = atoi (e.c_str () + dash + 2);
      for (int i = a; i <= b; i++)
        {
          if (!out->empty () && out->back () != '{')
            *out += ", ";
          *out += e[0] + std::to_string (i);
        }
      return;
    }
  if (!out->empty () && out->back () != '{')
    *out += ", ";
  *out += e;
}

// Lower case, trimmed, ranges in register lists expanded.
static std::string
cmse_disasm_normal (const std::string &op)
{
  std::string s;
  for (char c : op)
    s += (char) tolower ((unsigned char) c);
  while (!s.empty () && isspace ((unsigned char) s.back ()))
    s.pop_back ();
  if (s.size () >= 2 && s[0] == '{' && s.back () == '}')
    {
      std::string out = "{", cur;
      for (size_t i = 1; i < s.size (); i++)
        {
          if (s[i] == ',' || s[i] == '}')
            {
              if (!cur.empty ())
                cmse_disasm_expand_range (cur, &out);
              cur.clear ();
            }
          else if (s[i] != ' ')
            cur += s[i];
        }
      return out + "}";
    }
  if (s == "cpsr_f")
    return "apsr_nzcvq";
  if (s == "cpsr_s")
    return "apsr_g";
  if (s == "cpsr_fs" || s == "cpsr_sf")
    return "apsr_nzcvqg";
  return s;
}

// Split the operand text at top-level commas (not inside {} or []).
static std::vector<std::string>
cmse_disasm_split (const std::string &text)
{
  std::vector<std::string> out;
  std::string cur;
  int depth = 0;
  for (char c : text)
    {
      if (c == '{' || c == '[')
        depth++;
      else if (c == '}' || c == ']')
        depth--;
      if (c == ',' && depth == 0)
        {
          out.push_back (cmse_disasm_normal (cur));
          cur.clear ();
          continue;
        }
      if (cur.empty () && isspace ((unsigned char) c))
        continue;
      cur += c;
    }
  if (!cur.empty ())
    out.push_back (cmse_disasm_normal (cur));
  return out;
}

bool
cmse_disasm_decode (const uint8_t *data, size_t size, uint32_t base, uint32_t addr,
                    cmse_insn *insn)
{
  cmse_disasm_info.buffer = (bfd_byte *) data;
  cmse_disasm_info.buffer_length = size;
  cmse_disasm_info.buffer_vma = base;
  cmse_disasm_text.clear ();
  int n = cmse_disasm_print (addr, &cmse_disasm_info);
  insn->addr = addr;
  insn->mnemonic.clear ();
  insn->ops.clear ();
  // Drop the "@ 0x88" comments the decoder appends.
  std::string text = cmse_disasm_text;
  size_t at = text.find ('@');
  bool undefined = text.find ("UNDEFINED") != std::string::npos
                   || text.find ("undefined") != std::string::npos;
  if (at != std::string::npos)
    text.erase (at);
  insn->size = n > 0 ? n : 2;
  const char *p = text.c_str ();
  while (*p && isspace ((unsigned char) *p))
    p++;
  while (*p && !isspace ((unsigned char) *p))
    insn->mnemonic += (char) tolower ((unsigned char) *p++);
  while (*p && isspace ((unsigned char) *p))
    p++;
  if (n <= 0 || undefined || insn->mnemonic.empty ())
    {
      insn->mnemonic = "<undecodable>";
      insn->text = cmse_disasm_text;
      return false;
    }
  insn->ops = cmse_disasm_split (p);
  std::string m = insn->mnemonic.substr (0, insn->mnemonic.find ('.'));
  if (!insn->ops.empty () && insn->ops[0] == "sp!" && insn->ops.size () == 2)
    {
      if (m == "stmdb" || m == "stmfd")
        {
          insn->mnemonic = "push";
          insn->ops.erase (insn->ops.begin ());
        }
      else if (m == "ldmia" || m == "ldm" || m == "ldmfd")
        {
          insn->mnemonic = "pop";
          insn->ops.erase (insn->ops.begin ());
        }
    }
  std::string t = text;
  while (!t.empty () && isspace ((unsigned char) t.back ()))
    t.pop_back ();
  size_t tab = t.find_first_not_of (" \t");
  insn->text = tab == std::string::npos ? t : t.substr (tab);
  for (char &c : insn->text)
    if (c == '\t')
      c = ' ';
  return true;
}
