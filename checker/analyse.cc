// SPDX-License-Identifier: GPL-3.0-or-later
//
// analyse.cc - the proof for each non-secure call site (analyse.h).
//
// Method: the instructions that lead to a blxns are followed back to the
// start of their straight-line block (a branch, a call, a branch target
// or the function's start), then executed forwards over an abstract
// state: each core register r0-r12 and each of s0-s31 holds a value whose
// origin is known (an immediate, "what rN held when the block began", a
// value produced in the block) together with the bits known to be zero;
// the stack is modelled word by word so that a push of r4-r11 and the pop
// that brings them back are recognised.  At the blxns:
//   push {r4-r11}; bic r12, r3, #1; mov r1, r12; ... msr APSR_nzcvqg, r12; blxns r12
// proves: bit 0 of the target clear (bic), r4-r11 saved (push), r1-r11 hold
// the target (public), APSR written with a public value.  After it the
// walk continues until none of r4-r11 (and s16-s31 in the explicit
// hard-float form) holds what the Non-secure callee left in it any more
// (popped from the Secure stack or rewritten); reading one of them before
// that is a FAIL.  VLSTM hides s0-s31 (FPCCR_S.TS = 1 assumed, as the
// plugin documents): in the lazy hard-float form the s registers written
// after it must be arguments (padding clear) or public, and FPSCR public;
// an unconditional vmov before VLSTM proves the Secure FP context was
// active, so an FP result may be moved out before VLLDM (CVE-2024-7883).
// Rules: Armv8-M ARM (DDI0553) BLXNS, CLRM, VSCCLRM, VLSTM/VLLDM; AAPCS
// 6.1.1-6.1.2 callee-saved registers; Arm's "Armv8-M Security
// Extensions: Requirements on Development Tools" on what a non-secure
// call must clear; CVE-2021-35465 and CVE-2024-7883 for VLLDM.
// Options: cmse_check_options.  Limits: see analyse.h.

#include "analyse.h"
#include "disasm.h"
#include "note-format.h"

#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <algorithm>
#include <map>
#include <set>

namespace {

// ---------------------------------------------------------------- code

struct code_section
{
  const cmse_section *sec;
  uint32_t base;                       // address of offset 0
  std::vector<cmse_insn> insns;
  std::map<uint32_t, size_t> at;       // address -> index in insns
};

struct code_map
{
  const cmse_image *image;
  std::vector<code_section> sections;
  std::set<std::pair<unsigned, uint32_t> > targets;   // (shndx, addr)
  std::set<std::pair<unsigned, uint32_t> > func_starts;
};

std::string
hex (uint32_t v)
{
  char b[16];
  snprintf (b, sizeof b, "0x%08x", v);
  return b;
}

bool
is_cond (const std::string &s)
{
  static const char *conds[] = { "eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl",
                                 "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le",
                                 "al" };
  for (const char *c : conds)
    if (s == c)
      return true;
  return false;
}

// The mnemonic without ".w"/".n"/data type, and without the condition
// when IN_IT (inside an IT block every instruction carries one).
std::string
base_mnemonic (const std::string &m, bool in_it)
{
  std::string b = m.substr (0, m.find ('.'));
  if (in_it && b.size () > 2 && is_cond (b.substr (b.size () - 2)))
    b.erase (b.size () - 2);
  return b;
}

// Core register number of operand OP (r0-r15, sp, lr, pc, ip, fp, sl, sb), or -1.
int
core_reg (const std::string &op)
{
  if (op == "sp") return 13;
  if (op == "lr") return 14;
  if (op == "pc") return 15;
  if (op == "ip") return 12;
  if (op == "fp") return 11;
  if (op == "sl") return 10;
  if (op == "sb") return 9;
  if (op.size () >= 2 && op[0] == 'r' && isdigit ((unsigned char) op[1]))
    {
      char *end;
      long n = strtol (op.c_str () + 1, &end, 10);
      if (!*end && n >= 0 && n <= 15)
        return n;
    }
  return -1;
}

// First s register and count of FP operand OP (s5 -> 5,1; d3 -> 6,2;
// q1 -> 4,4), or count 0.
std::pair<int, int>
fp_reg (const std::string &op)
{
  if (op.size () >= 2 && (op[0] == 's' || op[0] == 'd' || op[0] == 'q')
      && isdigit ((unsigned char) op[1]))
    {
      char *end;
      long n = strtol (op.c_str () + 1, &end, 10);
      if (*end)
        return { 0, 0 };
      if (op[0] == 's' && n < 32) return { (int) n, 1 };
      if (op[0] == 'd' && n < 16) return { (int) n * 2, 2 };
      if (op[0] == 'q' && n < 8) return { (int) n * 4, 4 };
    }
  return { 0, 0 };
}

bool
imm (const std::string &op, uint32_t *value)
{
  if (op.empty () || op[0] != '#')
    return false;
  char *end;
  long long v = strtoll (op.c_str () + 1, &end, 0);
  if (*end)
    return false;
  *value = (uint32_t) v;
  return true;
}

// The elements of a register list "{r4, r5, apsr}".
std::vector<std::string>
reg_list (const std::string &op)
{
  std::vector<std::string> out;
  if (op.size () < 2 || op[0] != '{')
    return out;
  std::string cur;
  for (size_t i = 1; i < op.size (); i++)
    {
      char c = op[i];
      if (c == ',' || c == '}')
        {
          if (!cur.empty ())
            out.push_back (cur);
          cur.clear ();
        }
      else if (c != ' ')
        cur += c;
    }
  return out;
}

// Every core register named anywhere in OP ("[r1, #4]", "{r4, r5}", "r3").
std::vector<int>
regs_in (const std::string &op)
{
  std::vector<int> out;
  std::string cur;
  for (size_t i = 0; i <= op.size (); i++)
    {
      char c = i < op.size () ? op[i] : ' ';
      if (isalnum ((unsigned char) c))
        cur += c;
      else
        {
          int r = core_reg (cur);
          if (r >= 0)
            out.push_back (r);
          cur.clear ();
        }
    }
  return out;
}

// Branch target of a PC-relative branch INSN (the decoder prints it as
// an absolute "0x10000040").
bool
branch_target (const cmse_insn &insn, uint32_t *target)
{
  if (insn.ops.empty () || insn.ops.back ().compare (0, 2, "0x") != 0)
    return false;
  *target = (uint32_t) strtoul (insn.ops.back ().c_str (), NULL, 16);
  return true;
}

// Whether INSN ends straight-line code: branches, calls, returns, writes
// of pc, exception-generating and undecodable instructions.
bool
is_flow (const cmse_insn &insn, bool in_it)
{
  std::string b = base_mnemonic (insn.mnemonic, in_it);
  if (b == "b" || (b.size () == 3 && b[0] == 'b' && is_cond (b.substr (1)))
      || b == "bl" || b == "blx" || b == "bx" || b == "blxns" || b == "bxns"
      || b == "cbz" || b == "cbnz" || b == "tbb" || b == "tbh" || b == "udf"
      || b == "bkpt" || b == "svc" || b == "<undecodable>" || b == "le"
      || b == "wls" || b == "dls" || b == "letp" || b == "wlstp")
    return true;
  for (const std::string &op : insn.ops)
    for (int r : regs_in (op))
      if (r == 15 && (b == "pop" || b.compare (0, 3, "ldm") == 0
                      || (!insn.ops.empty () && core_reg (insn.ops[0]) == 15
                          && b != "str" && b != "cmp" && b != "push")))
        return true;
  return false;
}

// Whether S names code: a function, or a global label without a type
// (libgcc's __gnu_cmse_nonsecure_call is written in assembly without
// .type), but not a mapping symbol ($t, $d) or a local .L label.
bool
is_code_symbol (const cmse_symbol &s)
{
  if (s.type == STT_FUNC)
    return true;
  return s.type == STT_NOTYPE && s.bind != STB_LOCAL && !s.name.empty ()
         && s.name[0] != '$' && s.shndx != SHN_UNDEF;
}

// The code symbol of section SHNDX that ADDR belongs to (the nearest at
// or below it), or NULL.
const cmse_symbol *
function_at (const cmse_image &img, unsigned shndx, uint32_t addr)
{
  const cmse_symbol *best = NULL;
  for (const cmse_symbol &s : img.symbols)
    {
      if (!is_code_symbol (s) || s.shndx != shndx)
        continue;
      uint32_t v = s.value & ~1u;
      if (v <= addr && (!best || v > (best->value & ~1u)))
        best = &s;
    }
  return best;
}

// Decode every Thumb region ($t mapping symbol up to the next $d/$a) of
// every executable section.
code_map
build_code_map (const cmse_image &img)
{
  code_map map;
  map.image = &img;
  for (const cmse_section &sec : img.sections)
    {
      if (sec.type != SHT_PROGBITS || !(sec.flags & SHF_EXECINSTR) || sec.data.empty ())
        continue;
      code_section cs;
      cs.sec = &sec;
      cs.base = img.relocatable ? 0 : sec.addr;
      std::vector<std::pair<uint32_t, char> > marks;
      for (const cmse_symbol &s : img.symbols)
        if (s.shndx == sec.index && s.name.size () >= 2 && s.name[0] == '$'
            && (s.name[2] == 0 || s.name[2] == '.')
            && (s.name[1] == 't' || s.name[1] == 'd' || s.name[1] == 'a'))
          marks.push_back ({ s.value - cs.base, s.name[1] });
      if (marks.empty ())
        marks.push_back ({ 0, 't' });
      std::sort (marks.begin (), marks.end ());
      for (size_t m = 0; m < marks.size (); m++)
        {
          if (marks[m].second != 't')
            continue;
          uint32_t from = marks[m].first;
          uint32_t to = m + 1 < marks.size () ? marks[m + 1].first
                                              : (uint32_t) sec.data.size ();
          to = std::min<uint32_t> (to, sec.data.size ());
          for (uint32_t off = from; off + 2 <= to;)
            {
              cmse_insn insn;
              cmse_disasm_decode (sec.data.data (), to, cs.base, cs.base + off, &insn);
              cs.at[insn.addr] = cs.insns.size ();
              cs.insns.push_back (insn);
              off += insn.size;
            }
        }
      for (const cmse_insn &insn : cs.insns)
        {
          std::string b = base_mnemonic (insn.mnemonic, false);
          uint32_t t;
          if ((b == "b" || (b.size () == 3 && b[0] == 'b' && is_cond (b.substr (1)))
               || b == "cbz" || b == "cbnz")
              && branch_target (insn, &t))
            map.targets.insert ({ sec.index, t });
        }
      for (const cmse_symbol &s : img.symbols)
        if (is_code_symbol (s) && s.shndx == sec.index)
          map.func_starts.insert ({ sec.index, s.value & ~1u });
      map.sections.push_back (std::move (cs));
    }
  return map;
}

// ---------------------------------------------------------------- values

enum value_kind
{
  V_CONST,      // an immediate (public); c valid when known
  V_CORE,       // what core register ID held when the block began
  V_FP,         // what s register ID held when the block began
  V_NEW,        // produced in the block from anything (ID unique)
  V_CALLEE      // left by the Non-secure callee in core register ID
                // (0-12) or s register ID - 100
};

struct value
{
  value_kind kind = V_NEW;
  unsigned id = 0;
  uint32_t zero = 0;     // bits known to be zero
  int shift = 0;         // net left shift relative to the origin
  unsigned sext = 0;     // sign-extended from this many bits (0 = no)
  bool known = false;    // V_CONST: c is the value
  uint32_t c = 0;
};

value
make_const (uint32_t c, bool known = true)
{
  value v;
  v.kind = V_CONST;
  v.known = known;
  v.c = c;
  v.zero = known ? ~c : 0;
  return v;
}

bool
same_origin (const value &a, const value &b)
{
  return a.kind == b.kind && (a.kind == V_CONST || a.id == b.id);
}

bool
same_value (const value &a, const value &b)
{
  return same_origin (a, b) && a.zero == b.zero && a.shift == b.shift
         && a.sext == b.sext && a.known == b.known && a.c == b.c;
}

struct site_facts
{
  const cmse_site_note *note = NULL;
  bool has_fp = false, hard = false, dsp = false, v81m = false, erratum = false;
  unsigned core_args = 0;         // bit N: rN carries an argument
  unsigned vfp_args = 0;          // bit N: sN carries an argument
};

struct state
{
  value r[16];
  value s[32];
  bool fpscr_pub = false;
  bool nzcvq_pub = false, ge_pub = false;
  std::vector<value> stack;       // back() = lowest address (sp)
  bool stack_ok = true;
  std::string stack_problem;
  // r4-r11 and s16-s31 whose value was stored on the stack at some point
  // of the block (directly, or through a copy: Baseline stores r8-r11
  // through r4-r7).
  bool saved[16] = {};
  bool fp_saved[32] = {};
  bool vlstm = false;
  // The lazy hard-float form: an unconditional vmov ran before VLSTM
  // (so CONTROL_S.SFPA was 1 and VLSTM saved the Secure FP context;
  // fp_active_at_vlstm is its value at the VLSTM), and FP instructions
  // ran after it (they write FP registers the callee will see).
  bool fp_active = false, fp_active_at_vlstm = false, fp_after_vlstm = false;
  unsigned next_id = 1000;
  // For the flags and public-value rules: the callee address's origin.
  bool have_target = false;
  value target;
  const site_facts *facts = NULL;
};

void
init_state (state *st, const site_facts *facts)
{
  for (unsigned i = 0; i < 16; i++)
    {
      st->r[i].kind = V_CORE;
      st->r[i].id = i;
    }
  for (unsigned i = 0; i < 32; i++)
    {
      st->s[i].kind = V_FP;
      st->s[i].id = i;
    }
  st->facts = facts;
}

value
fresh (state *st)
{
  value v;
  v.kind = V_NEW;
  v.id = st->next_id++;
  return v;
}

// A value the Non-secure callee may see: an immediate or the callee
// address (which it knows anyway).
bool
is_public (const state &st, const value &v)
{
  if (v.kind == V_CONST)
    return true;
  return st.have_target && same_origin (v, st.target);
}

// Public, or an argument the callee receives anyway.
bool
is_pubarg (const state &st, const value &v)
{
  if (is_public (st, v))
    return true;
  if (v.kind == V_CORE && v.id < 4 && (st.facts->core_args & (1u << v.id)))
    return true;
  if (v.kind == V_FP && v.id < 16 && (st.facts->vfp_args & (1u << v.id)))
    return true;
  return false;
}

value
join (state *st, const value &a, const value &b)
{
  if (same_value (a, b))
    return a;
  if (a.kind == V_CONST && b.kind == V_CONST)
    {
      value v = make_const (0, false);
      v.zero = a.zero & b.zero;
      return v;
    }
  return fresh (st);
}

void
push_value (state *st, const value &v)
{
  st->stack.push_back (v);
  if (v.kind == V_CALLEE)
    return;
  for (unsigned k = 4; k <= 11; k++)
    if (same_value (st->r[k], v))
      st->saved[k] = true;
  for (unsigned k = 16; k < 32; k++)
    if (same_value (st->s[k], v))
      st->fp_saved[k] = true;
}

value
pop_value (state *st)
{
  if (st->stack.empty ())
    return fresh (st);   // below the block: unknown
  value v = st->stack.back ();
  st->stack.pop_back ();
  return v;
}

void
stack_lost (state *st, const cmse_insn &insn)
{
  if (st->stack_ok)
    st->stack_problem = "sp changed by '" + insn.text + "' at " + hex (insn.addr);
  st->stack_ok = false;
}

bool
is_flag_setting (const std::string &b)
{
  static const char *dp[] = { "mov", "mvn", "and", "orr", "eor", "bic", "orn",
                              "add", "adc", "sub", "sbc", "rsb", "lsl", "lsr",
                              "asr", "ror", "rrx", "mul", "neg" };
  if (b == "cmp" || b == "cmn" || b == "tst" || b == "teq")
    return true;
  if (b.size () < 2 || b.back () != 's')
    return false;
  std::string root = b.substr (0, b.size () - 1);
  for (const char *d : dp)
    if (root == d)
      return true;
  return false;
}

bool
no_destination (const std::string &b)
{
  static const char *list[] = { "cmp", "cmn", "tst", "teq", "push", "nop", "dmb",
                                "dsb", "isb", "sev", "wfe", "wfi", "yield", "pld",
                                "pli", "svc", "bkpt", "msr", "vmsr", "vpush",
                                "vlstm", "vlldm", "it", "clrex" };
  for (const char *l : list)
    if (b == l)
      return true;
  return b.compare (0, 3, "str") == 0 || b.compare (0, 3, "stm") == 0
         || b.compare (0, 4, "vstr") == 0 || b.compare (0, 4, "vstm") == 0
         || b.compare (0, 2, "it") == 0 || b.compare (0, 3, "cps") == 0;
}

// Core registers INSN reads (for the "read after the call" rule).
std::vector<int>
core_sources (const cmse_insn &insn, const std::string &b)
{
  std::vector<int> out;
  bool load = b.compare (0, 2, "ld") == 0 || b == "pop";
  for (size_t i = 0; i < insn.ops.size (); i++)
    {
      const std::string &op = insn.ops[i];
      if (load && op[0] != '[')
        continue;
      // Two-operand data processing ("ands r0, r2", "adds r0, #1") reads
      // its destination too.
      static const std::set<std::string> two_op = {
        "and", "ands", "orr", "orrs", "eor", "eors", "bic", "bics", "add", "adds",
        "sub", "subs", "adc", "adcs", "sbc", "sbcs", "mul", "muls", "lsl", "lsls",
        "lsr", "lsrs", "asr", "asrs", "ror", "rors", "orn", "orns" };
      if (i == 0 && !no_destination (b) && core_reg (op) >= 0
          && !(insn.ops.size () == 2 && two_op.count (b)))
        continue;
      if (i == 1 && (b == "umull" || b == "smull" || b == "ldrd")
          && core_reg (op) >= 0)
        continue;
      if (b == "vmov" && i == 1 && core_reg (insn.ops[0]) >= 0 && core_reg (op) >= 0)
        continue;      // vmov r0, r1, d0: two destinations
      for (int r : regs_in (op))
        out.push_back (r);
    }
  return out;
}

// Execute INSN on *ST.  IN_IT: inside an IT block (stack operations
// there are not modelled).  An instruction that moves sp in a way not
// modelled marks the stack lost (stack_lost).
void
execute (state *st, const cmse_insn &insn, bool in_it)
{
  std::string b = base_mnemonic (insn.mnemonic, in_it);
  const std::vector<std::string> &o = insn.ops;
  size_t n = o.size ();
  auto reg = [&] (size_t i) { return i < n ? core_reg (o[i]) : -1; };
  uint32_t k;

  if (is_flag_setting (b))
    {
      // N, Z, C, V now come from the sources.  Q is not written, so the
      // flags only become public through msr or clrm.
      for (int r : core_sources (insn, b))
        if (r < 13 && !is_pubarg (*st, st->r[r]))
          st->nzcvq_pub = false;
    }

  // Any FP instruction makes the Secure FP context active (Armv8-M ARM,
  // ExecuteFPCheck sets CONTROL_S.SFPA); only an unconditional vmov is
  // counted, the form the plugin uses.
  if (b == "vmov" && !in_it && !st->vlstm)
    st->fp_active = true;
  if (st->vlstm && b[0] == 'v' && b != "vlstm" && b != "vlldm")
    st->fp_after_vlstm = true;

  int rd = reg (0);
  if ((b == "mov" || b == "movs") && n == 2 && rd >= 0)
    {
      if (rd == 13)
        {
          stack_lost (st, insn);
          return;
        }
      if (reg (1) >= 0)
        st->r[rd] = st->r[reg (1)];
      else if (imm (o[1], &k))
        st->r[rd] = make_const (k);
      else
        st->r[rd] = fresh (st);
      return;
    }
  if ((b == "mvn" || b == "mvns") && n == 2 && rd >= 0 && imm (o[1], &k))
    {
      st->r[rd] = make_const (~k);
      return;
    }
  if (b == "movw" && n == 2 && rd >= 0 && imm (o[1], &k))
    {
      st->r[rd] = make_const (k & 0xffff);
      return;
    }
  if (b == "movt" && n == 2 && rd >= 0 && imm (o[1], &k))
    {
      if (st->r[rd].kind == V_CONST && st->r[rd].known)
        st->r[rd] = make_const ((st->r[rd].c & 0xffff) | (k << 16));
      else
        st->r[rd] = fresh (st);
      return;
    }
  if ((b == "bic" || b == "bics" || b == "and" || b == "ands") && rd >= 0 && rd < 13
      && (n == 2 || n == 3))
    {
      int rn = n == 3 ? reg (1) : rd;
      const std::string &mop = o[n - 1];
      uint32_t m;
      bool known = false;
      if (imm (mop, &m))
        known = true;
      else if (core_reg (mop) >= 0 && st->r[core_reg (mop)].kind == V_CONST
               && st->r[core_reg (mop)].known)
        {
          m = st->r[core_reg (mop)].c;
          known = true;
        }
      if (rn < 0 || rn > 12 || !known)
        {
          st->r[rd] = fresh (st);
          return;
        }
      uint32_t clear = (b[0] == 'b') ? m : ~m;
      value v = st->r[rn];
      if (v.kind == V_CONST && v.known)
        v = make_const (v.c & ~clear);
      else
        v.zero |= clear;
      st->r[rd] = v;
      return;
    }
  if (b == "bfc" && n == 3 && rd >= 0 && rd < 13)
    {
      uint32_t lsb, w;
      if (imm (o[1], &lsb) && imm (o[2], &w) && lsb < 32 && w >= 1 && lsb + w <= 32)
        {
          uint32_t mask = (w == 32 ? ~0u : ((1u << w) - 1)) << lsb;
          value v = st->r[rd];
          if (v.kind == V_CONST && v.known)
            v = make_const (v.c & ~mask);
          else
            v.zero |= mask;
          st->r[rd] = v;
        }
      else
        st->r[rd] = fresh (st);
      return;
    }
  if ((b == "uxtb" || b == "uxth" || b == "sxtb" || b == "sxth") && n == 2
      && rd >= 0 && reg (1) >= 0)
    {
      value v = st->r[reg (1)];
      unsigned bits = b[3] == 'b' ? 8 : 16;
      uint32_t low = (1u << bits) - 1;
      if (b[0] == 'u')
        {
          if (v.kind == V_CONST && v.known)
            v = make_const (v.c & low);
          else
            v.zero |= ~low;
        }
      else
        {
          bool sign_zero = v.zero & (1u << (bits - 1));
          v.zero = sign_zero ? (v.zero | ~low) : (v.zero & (low >> 1));
          v.sext = v.sext && v.sext < bits ? v.sext : bits;
          v.known = false;
        }
      st->r[rd] = v;
      return;
    }
  if ((b == "ubfx" || b == "sbfx") && n == 4 && rd >= 0 && reg (1) >= 0)
    {
      uint32_t lsb, w;
      if (imm (o[2], &lsb) && imm (o[3], &w) && lsb == 0 && w >= 1 && w < 32)
        {
          value v = st->r[reg (1)];
          uint32_t low = (1u << w) - 1;
          if (b[0] == 'u')
            v.zero |= ~low;
          else
            {
              v.zero &= low >> 1;
              v.sext = w;
            }
          v.known = false;
          st->r[rd] = v;
        }
      else
        st->r[rd] = fresh (st);
      return;
    }
  if ((b == "lsl" || b == "lsls" || b == "lsr" || b == "lsrs" || b == "asr"
       || b == "asrs")
      && n == 3 && rd >= 0 && rd < 13 && reg (1) >= 0 && reg (1) < 13
      && imm (o[2], &k) && k >= 1 && k < 32)
    {
      value v = st->r[reg (1)];
      if (v.kind == V_CONST && v.known)
        {
          uint32_t c = v.c;
          c = b[1] == 's' && b[0] == 'l' ? c << k
              : b[0] == 'l' ? c >> k : (uint32_t) ((int32_t) c >> k);
          st->r[rd] = make_const (c);
          return;
        }
      v.known = false;
      if (b[0] == 'l' && b[1] == 's' && b[2] == 'l')
        {
          v.zero = (v.zero << k) | ((1u << k) - 1);
          v.shift += k;
        }
      else if (b[0] == 'l')
        {
          v.zero = (v.zero >> k) | ~(0xffffffffu >> k);
          v.shift -= k;
        }
      else
        {
          bool top = v.zero & 0x80000000u;
          v.zero = top ? ((v.zero >> k) | ~(0xffffffffu >> k)) : (v.zero >> k);
          if (v.shift == (int) k)
            v.sext = 32 - k;
          v.shift -= k;
        }
      st->r[rd] = v;
      return;
    }
  if (b == "clrm" && n == 1)
    {
      for (const std::string &e : reg_list (o[0]))
        {
          int r = core_reg (e);
          if (r >= 0 && r < 13)
            st->r[r] = make_const (0);
          else if (e == "apsr")
            st->nzcvq_pub = st->ge_pub = true;
        }
      return;
    }
  bool sp_base = n >= 2 && o[1].compare (0, 3, "[sp") == 0;
  if ((b == "push" || (b == "stmdb" && n == 2 && o[0] == "sp!")) && !in_it)
    {
      std::vector<std::string> list = reg_list (o[n - 1]);
      for (size_t i = list.size (); i-- > 0;)
        {
          int r = core_reg (list[i]);
          push_value (st, r >= 0 && r < 13 ? st->r[r] : fresh (st));
        }
      return;
    }
  if ((b == "pop" || (b.compare (0, 3, "ldm") == 0 && n == 2 && o[0] == "sp!")) && !in_it)
    {
      for (const std::string &e : reg_list (o[n - 1]))
        {
          value v = pop_value (st);
          int r = core_reg (e);
          if (r >= 0 && r < 13)
            st->r[r] = v;
        }
      return;
    }
  if (b == "str" && n == 2 && reg (0) >= 0 && o[1] == "[sp, #-4]!" && !in_it)
    {
      push_value (st, reg (0) < 13 ? st->r[reg (0)] : fresh (st));
      return;
    }
  if (b == "ldr" && n == 3 && rd >= 0 && rd < 13 && o[1] == "[sp]" && o[2] == "#4"
      && !in_it)
    {
      st->r[rd] = pop_value (st);
      return;
    }
  if ((b == "sub" || b == "add" || b == "subw" || b == "addw") && rd == 13
      && (n == 2 || (n == 3 && reg (1) == 13)) && imm (o[n - 1], &k) && !in_it)
    {
      int32_t bytes = (int32_t) k;
      if (b[0] == 'a')
        bytes = -bytes;
      if (bytes % 4)
        {
          stack_lost (st, insn);
          return;
        }
      if (bytes > 0)
        for (int32_t i = 0; i < bytes / 4; i++)
          st->stack.push_back (fresh (st));
      else
        for (int32_t i = 0; i < -bytes / 4; i++)
          pop_value (st);
      return;
    }
  if ((b == "vpush" || b == "vpop") && n == 1 && !in_it)
    {
      std::vector<std::pair<int, int> > regs;
      for (const std::string &e : reg_list (o[0]))
        regs.push_back (fp_reg (e));
      if (b == "vpush")
        for (size_t i = regs.size (); i-- > 0;)
          for (int j = regs[i].second; j-- > 0;)
            push_value (st, st->s[regs[i].first + j]);
      else
        for (auto &p : regs)
          for (int j = 0; j < p.second; j++)
            st->s[p.first + j] = pop_value (st);
      return;
    }
  if (b == "vstr" && n == 2 && o[0] == "fpcxts" && o[1] == "[sp, #-8]!")
    {
      // Reading FPCXT_S resets FPSCR to FPDSCR_NS (Non-secure's default)
      // and clears CONTROL_S.SFPA (Armv8.1-M ARM, FPCXT_S; as QEMU
      // implements it in gen_M_fp_sysreg_read).
      st->fpscr_pub = true;
      st->stack.push_back (fresh (st));
      st->stack.push_back (fresh (st));
      return;
    }
  if (b == "vldr" && n == 3 && o[0] == "fpcxts" && o[1] == "[sp]" && o[2] == "#8")
    {
      pop_value (st);
      pop_value (st);
      return;
    }
  if (b == "vlstm")
    {
      if (!in_it && !st->vlstm)
        {
          st->vlstm = true;
          st->fp_active_at_vlstm = st->fp_active;
          // The Secure FP context is saved and, with FPCCR_S.TS = 1 (the
          // lazy form's documented requirement), s0-s31 are cleared when
          // the lazy preservation runs, before anyone reads them: what
          // the callee can see is what is written after this point.
          for (unsigned i = 0; i < 32; i++)
            st->s[i] = make_const (0);
        }
      return;
    }
  if (b == "vscclrm" && n == 1)
    {
      for (const std::string &e : reg_list (o[0]))
        {
          std::pair<int, int> f = fp_reg (e);
          for (int j = 0; j < f.second; j++)
            st->s[f.first + j] = make_const (0);
        }
      return;
    }
  if (b == "vmov")
    {
      std::pair<int, int> f0 = n ? fp_reg (o[0]) : std::make_pair (0, 0);
      if (n == 2 && f0.second == 1 && reg (1) >= 0 && reg (1) < 13)
        {
          st->s[f0.first] = st->r[reg (1)];
          return;
        }
      if (n == 2 && rd >= 0 && rd < 13 && fp_reg (o[1]).second == 1)
        {
          st->r[rd] = st->s[fp_reg (o[1]).first];
          return;
        }
      if (n == 3 && f0.second == 2 && reg (1) >= 0 && reg (1) < 13 && reg (2) >= 0
          && reg (2) < 13)
        {
          st->s[f0.first] = st->r[reg (1)];
          st->s[f0.first + 1] = st->r[reg (2)];
          return;
        }
      if (n == 3 && rd >= 0 && rd < 13 && reg (1) >= 0 && reg (1) < 13
          && fp_reg (o[2]).second == 2)
        {
          st->r[rd] = st->s[fp_reg (o[2]).first];
          st->r[reg (1)] = st->s[fp_reg (o[2]).first + 1];
          return;
        }
      if (n == 4 && f0.second == 1 && fp_reg (o[1]).second == 1 && reg (2) >= 0
          && reg (2) < 13 && reg (3) >= 0 && reg (3) < 13)
        {
          st->s[f0.first] = st->r[reg (2)];
          st->s[fp_reg (o[1]).first] = st->r[reg (3)];
          return;
        }
      if (n == 2 && f0.second && o[1][0] == '#')
        {
          for (int j = 0; j < f0.second; j++)
            st->s[f0.first + j] = make_const (0, false);
          return;
        }
      if (n == 2 && f0.second && f0.second == fp_reg (o[1]).second)
        {
          std::pair<int, int> f1 = fp_reg (o[1]);
          for (int j = 0; j < f0.second; j++)
            st->s[f0.first + j] = st->s[f1.first + j];
          return;
        }
    }
  if (b == "vmsr" && n == 2 && o[0] == "fpscr" && reg (1) >= 0)
    {
      // Public, or with the status bits zero: NZCV (31-28), QC (27) and
      // the cumulative exception flags (7, 4-0) come from Secure
      // arithmetic; the mode bits (rounding, flush-to-zero, default NaN)
      // are configuration, which GCC's libgcc helper keeps.
      const uint32_t status = 0xf800009fu;
      st->fpscr_pub = reg (1) < 13
                      && (is_public (*st, st->r[reg (1)])
                          || (st->r[reg (1)].zero & status) == status);
      return;
    }
  if (b == "vmrs" && n == 2 && o[0] == "apsr_nzcv")
    {
      st->nzcvq_pub = false;
      return;
    }
  if (b == "msr" && n == 2 && o[0].compare (0, 4, "apsr") == 0 && reg (1) >= 0)
    {
      std::string fields = o[0].size () > 5 ? o[0].substr (5) : "nzcvq";
      bool pub = reg (1) < 13 && is_pubarg (*st, st->r[reg (1)]);
      if (fields.find ("nzcvq") != std::string::npos)
        st->nzcvq_pub = pub;
      if (fields.find ('g') != std::string::npos)
        st->ge_pub = pub;
      return;
    }
  static const char *simd[] = { "sadd16", "sadd8", "sasx", "ssax", "ssub16", "ssub8",
                                "uadd16", "uadd8", "uasx", "usax", "usub16", "usub8" };
  for (const char *s : simd)
    if (b == s)
      st->ge_pub = false;

  // Anything else: every register it may write holds a new value.
  if (b == "push" || b == "pop" || b.compare (0, 3, "ldm") == 0
      || b.compare (0, 3, "stm") == 0)
    {
      // Only a written-back base ("sp!") moves sp: "ldm sp, {r0-r3}" (GCC 15 loads a stacked
      // argument so) reads the stack and leaves sp and the model as they
      // are (Armv8-M ARM, LDM: the base is written back only with "!").
      // The words it reads are not modelled (stores to [sp, #N] are not
      // tracked), so the loaded registers hold new Secure-derived values.
      bool lists_sp = false;
      if (b == "pop" || b.compare (0, 3, "ldm") == 0)
        for (const std::string &e : reg_list (o[n - 1]))
          lists_sp |= core_reg (e) == 13;
      bool writeback = n >= 2 && o[0].back () == '!';
      int base = n >= 2 ? core_reg (writeback ? o[0].substr (0, o[0].size () - 1)
                                              : o[0]) : -1;
      if ((base == 13 && writeback) || lists_sp)
        stack_lost (st, insn);
      else if (writeback && base >= 0 && base < 13)
        st->r[base] = fresh (st);
      if (b == "pop" || b.compare (0, 3, "ldm") == 0)
        for (const std::string &e : reg_list (o[n - 1]))
          if (core_reg (e) >= 0 && core_reg (e) < 13)
            st->r[core_reg (e)] = fresh (st);
      return;
    }
  for (size_t i = 1; i < n; i++)
    if (o[i].back () == '!' || (o[i][0] == '[' && i + 1 < n && o[i + 1][0] == '#'))
      for (int r : regs_in (o[i]))
        {
          if (r == 13)
            stack_lost (st, insn);
          else if (r < 13)
            st->r[r] = fresh (st);
          break;
        }
  if (sp_base && b.compare (0, 3, "str") == 0 && o[1].back () == '!')
    stack_lost (st, insn);
  if (no_destination (b) || n == 0)
    return;
  if (rd == 13)
    {
      stack_lost (st, insn);
      return;
    }
  std::pair<int, int> f0 = fp_reg (o[0]);
  if (rd >= 0 && rd < 13)
    {
      st->r[rd] = fresh (st);
      if ((b == "umull" || b == "smull" || b == "umlal" || b == "smlal"
           || b == "ldrd" || b == "ldrexd" || b == "vmov" || b == "smlald"
           || b == "smlsld" || b == "umaal")
          && reg (1) >= 0 && reg (1) < 13)
        st->r[reg (1)] = fresh (st);
    }
  else if (f0.second)
    for (int j = 0; j < f0.second; j++)
      st->s[f0.first + j] = fresh (st);
  else if (b[0] == 'v' && n >= 1 && o[0][0] == '{')
    for (const std::string &e : reg_list (o[0]))
      {
        std::pair<int, int> f = fp_reg (e);
        for (int j = 0; j < f.second; j++)
          st->s[f.first + j] = fresh (st);
      }
}

// Execute INSN, handling IT blocks: a conditional instruction's writes
// are joined with the old values.  *IT_LEFT counts the instructions of
// the current IT block still to come.
void
step (state *st, const cmse_insn &insn, int *it_left)
{
  bool in_it = *it_left > 0;
  if (in_it)
    (*it_left)--;
  std::string b = base_mnemonic (insn.mnemonic, false);
  if (!in_it && b.size () >= 2 && b.size () <= 4 && b[0] == 'i' && b[1] == 't')
    {
      *it_left = b.size () - 1;
      return;
    }
  state before = *st;
  execute (st, insn, in_it);
  if (in_it)
    {
      for (unsigned i = 0; i < 13; i++)
        st->r[i] = join (st, before.r[i], st->r[i]);
      for (unsigned i = 0; i < 32; i++)
        st->s[i] = join (st, before.s[i], st->s[i]);
    }
  if (!in_it)
    return;
  st->nzcvq_pub = before.nzcvq_pub && st->nzcvq_pub;
  st->ge_pub = before.ge_pub && st->ge_pub;
  st->fpscr_pub = before.fpscr_pub && st->fpscr_pub;
  if (st->stack.size () != before.stack.size ())
    stack_lost (st, insn);
}

// ---------------------------------------------------------------- sites

struct trace
{
  std::vector<const cmse_insn *> pre;     // block start .. the blxns (inclusive)
  std::vector<const cmse_insn *> post;    // after the blxns
  std::string problem;                    // why the trace is incomplete
  const cmse_insn *helper_return = NULL;  // the helper's pop {..., pc} back
                                          // into its caller (followed)
};

// Index of the first instruction of the straight-line block that ends
// just before index I of CS.
size_t
block_start (const code_map &map, const code_section &cs, size_t i)
{
  size_t j = i;
  unsigned steps = 0;
  while (j > 0 && steps++ < 512)
    {
      const cmse_insn &cur = cs.insns[j];
      const cmse_insn &prev = cs.insns[j - 1];
      if (prev.addr + prev.size != cur.addr)
        break;
      if (map.targets.count ({ cs.sec->index, cur.addr })
          || map.func_starts.count ({ cs.sec->index, cur.addr }))
        break;
      if (is_flow (prev, false))
        break;
      j--;
    }
  return j;
}

// Instructions from index I of CS on, up to and including the first one
// that ends straight-line code, at most LIMIT.
void
straight_from (const code_section &cs, size_t i, std::vector<const cmse_insn *> *out,
               unsigned limit = 256)
{
  for (size_t j = i; j < cs.insns.size () && limit--; j++)
    {
      if (j > i && cs.insns[j - 1].addr + cs.insns[j - 1].size != cs.insns[j].addr)
        break;
      out->push_back (&cs.insns[j]);
      if (is_flow (cs.insns[j], false)
          && base_mnemonic (cs.insns[j].mnemonic, false) != "blxns")
        break;
    }
}

const char *reg_names[] = { "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7",
                            "r8", "r9", "r10", "r11", "r12" };

void
check_site (const trace &t, const site_facts &facts, cmse_site_result *res)
{
  std::vector<std::string> &why = res->reasons;
  if (!t.problem.empty ())
    why.push_back ("cannot prove: " + t.problem);
  const cmse_insn *call = t.pre.back ();
  int rt = core_reg (call->ops.empty () ? "" : call->ops[0]);

  // Pass 1 finds the callee address's origin; pass 2 applies the rules
  // that depend on it (public values, flags).
  state st;
  for (int pass = 0; pass < 2; pass++)
    {
      value target = st.r[rt < 0 ? 0 : rt];
      bool have = pass == 1;
      st = state ();
      init_state (&st, &facts);
      st.have_target = have;
      st.target = target;
      int it_left = 0;
      for (size_t i = 0; i + 1 < t.pre.size (); i++)
        step (&st, *t.pre[i], &it_left);
      if (it_left)
        why.push_back ("cannot prove: blxns inside an IT block");
    }
  if (rt < 0 || rt > 12)
    {
      why.push_back ("cannot prove: blxns through " + (call->ops.empty () ? std::string ("?")
                                                        : call->ops[0]));
      rt = 0;
    }
  const value &tv = st.r[rt];
  bool bit0 = tv.kind == V_CONST ? (tv.known && !(tv.c & 1)) : (tv.zero & 1) != 0;
  if (!bit0)
    why.push_back ("bit 0 of the target in " + std::string (reg_names[rt])
                   + " is not cleared (blxns would stay in Secure state)");
  if (!st.stack_ok)
    why.push_back ("cannot prove: " + st.stack_problem);
  for (unsigned r = 4; r <= 11; r++)
    if (!st.saved[r])
      {
        why.push_back (std::string (reg_names[r]) + " is not saved before the call "
                       "(callee-saved; the Non-secure callee may change it)");
        break;
      }
  for (unsigned r = 0; r <= 12; r++)
    {
      if (r == (unsigned) rt)
        continue;
      const value &v = st.r[r];
      bool arg = r < 4 && (facts.core_args & (1u << r));
      if (arg)
        {
          // Whatever the caller put there is the argument; only the bits
          // that belong to no member must be known to be zero.
          uint32_t pad = ~facts.note->core_live[r]
                         & (v.kind == V_CONST && v.known ? v.c : ~v.zero);
          if (pad)
            why.push_back ("padding bits " + hex (pad) + " of argument register "
                           + reg_names[r] + " are not cleared");
          continue;
        }
      if (!is_public (st, v))
        why.push_back (std::string (reg_names[r]) + " is not cleared before the blxns"
                       + (facts.note ? " and carries no argument"
                                     : " (no note: assumed to carry no argument)"));
    }
  if (!st.nzcvq_pub)
    why.push_back ("APSR flags (N, Z, C, V, Q) are not cleared before the blxns");
  if (facts.dsp && !st.ge_pub)
    why.push_back ("APSR.GE is not cleared before the blxns (core with the DSP extension)");
  // The s registers at the blxns: argument registers with their padding
  // clear, every other one public.
  auto check_fp_regs = [&] (const char *hidden) {
    for (unsigned s = 0; s < 32; s++)
      {
        const value &v = st.s[s];
        bool arg = s < 16 && (facts.vfp_args & (1u << s));
        if (arg)
          {
            uint32_t pad = facts.note ? ~facts.note->vfp_live[s] & ~v.zero : 0;
            if (v.kind == V_CONST && v.known)
              pad = facts.note ? ~facts.note->vfp_live[s] & v.c : 0;
            if (pad)
              why.push_back ("padding bits " + hex (pad) + " of argument register s"
                             + std::to_string (s) + " are not cleared");
            continue;
          }
        if (!is_public (st, v))
          {
            why.push_back ("s" + std::to_string (s) + " is not cleared " + hidden
                           + "before the blxns");
            break;
          }
      }
  };
  bool explicit_fp = false;
  if (facts.has_fp && st.vlstm && st.fp_after_vlstm)
    {
      // The lazy hard-float form writes the FP arguments back after
      // VLSTM: those writes are what the callee sees; FPSCR too, as
      // Secure FP instructions ran after VLSTM.
      check_fp_regs ("after VLSTM ");
      if (!st.fpscr_pub)
        why.push_back ("FPSCR is not cleared after VLSTM before the blxns (Secure FP "
                       "instructions ran after VLSTM)");
    }
  if (facts.has_fp && !st.vlstm)
    {
      explicit_fp = true;
      check_fp_regs ("and not hidden by VLSTM ");
      if (!st.fpscr_pub)
        why.push_back ("FPSCR is not cleared before the blxns (its condition and "
                       "exception flags come from Secure code)");
      for (unsigned s = 16; s < 32; s++)
        if (!st.fp_saved[s])
          {
            why.push_back ("s16-s31 (callee-saved) are not saved before the call "
                           "(no VLSTM)");
            break;
          }
    }

  // After the call.
  std::vector<value> saved_fp (st.s, st.s + 32);
  for (unsigned r = 0; r <= 12; r++)
    {
      st.r[r] = value ();
      st.r[r].kind = V_CALLEE;
      st.r[r].id = r;
    }
  for (unsigned s = 0; s < 32; s++)
    {
      st.s[s] = value ();
      st.s[s].kind = V_CALLEE;
      st.s[s].id = 100 + s;
    }
  st.have_target = false;
  int it_left = 0;
  bool seen_vlldm = false, mitigated = false, seen_control = false;
  // VLSTM saved an active Secure FP context, so VLLDM loads what it
  // saved whatever FP instruction runs in between (the lazy hard-float
  // form moves the FP result out of s0-s15 before VLLDM).
  const bool saved_active = st.vlstm && st.fp_active_at_vlstm;
  std::string fp_before_vlldm;
  bool restored = false;
  size_t i = 0;
  // Each register counts as restored once it no longer holds what the
  // Non-secure callee left in it: popped from the Secure stack (Baseline
  // brings r8-r11 back through r4-r7 before r4-r7 themselves; GCC's
  // helper pops r5-r11 and its caller's epilogue r4) or rewritten by
  // Secure code.  Which stack word comes back is not checked: that is
  // the program's correctness, not what the callee can see or steer.
  bool restored_r[16] = {}, restored_s[32] = {};
  auto all_restored = [&] () {
    bool all = true;
    for (unsigned r = 4; r <= 11; r++)
      {
        restored_r[r] |= !(st.r[r].kind == V_CALLEE && st.r[r].id == r);
        all &= restored_r[r];
      }
    if (explicit_fp)
      for (unsigned s = 16; s < 32; s++)
        {
          restored_s[s] |= !(st.s[s].kind == V_CALLEE && st.s[s].id == 100 + s);
          all &= restored_s[s];
        }
    return all;
  };
  std::string unrestored_at;
  for (; i < t.post.size (); i++)
    {
      const cmse_insn &insn = *t.post[i];
      bool in_it = it_left > 0;
      std::string b = base_mnemonic (insn.mnemonic, in_it);
      for (int r : core_sources (insn, b))
        if (r >= 4 && r <= 11 && st.r[r].kind == V_CALLEE && st.r[r].id == (unsigned) r)
          {
            why.push_back (std::string (reg_names[r]) + " is read at " + hex (insn.addr)
                           + " ('" + insn.text + "') after the call before it is "
                           "restored (the Non-secure callee chose its value)");
            goto done;
          }
      if (b == "udf")
        {
          restored = true;   // never returns: nothing runs after
          break;
        }
      if (b == "mrs" && insn.ops.size () == 2 && insn.ops[1] == "control")
        seen_control = true;
      // Between the blxns and VLLDM: the CVE-2021-35465 mitigation is an
      // FP instruction that runs only when CONTROL_S.SFPA was set (an IT
      // block after mrs of CONTROL), or Armv8.1-M's vscclrm, which is a
      // NOP when SFPA is 0 (Armv8.1-M ARM, VSCCLRM; QEMU trans_VSCCLRM:
      // "no active floating point context so we must NOP"); any other FP
      // instruction that runs unconditionally activates the FP context
      // when SFPA was 0, and VLLDM then loads a save area VLSTM never
      // wrote (CVE-2024-7883).
      if (!seen_vlldm && b[0] == 'v' && b != "vlldm")
        {
          if (b == "vscclrm")
            mitigated = true;
          else if (in_it && seen_control)
            mitigated = true;
          else if (fp_before_vlldm.empty () && !in_it && !saved_active)
            fp_before_vlldm = insn.text + "' at " + hex (insn.addr);
        }
      if (b == "vlldm" && !in_it)
        {
          seen_vlldm = true;
          for (unsigned s = 0; s < 32; s++)
            st.s[s] = saved_fp[s];
        }
      bool flow = is_flow (insn, in_it) && &insn != t.helper_return;
      step (&st, insn, &it_left);
      if (all_restored ())
        {
          restored = true;
          i++;
          break;
        }
      if (flow)
        {
          unrestored_at = "'" + insn.text + "' at " + hex (insn.addr);
          break;
        }
    }
  if (!restored)
    {
      for (unsigned r = 4; r <= 11; r++)
        if (!restored_r[r])
          {
            why.push_back (std::string (reg_names[r]) + " is not restored after the call"
                           + (unrestored_at.empty () ? std::string ()
                              : " before " + unrestored_at + " (cannot follow further)"));
            goto done;
          }
      why.push_back ("s16-s31 are not restored after the call");
      goto done;
    }
  if (seen_vlldm)
    {
      if (!fp_before_vlldm.empty ())
        why.push_back ("'" + fp_before_vlldm + " runs before VLLDM whether or not the "
                       "Secure FP context was active (CVE-2024-7883)");
      else if (facts.erratum && !mitigated)
        why.push_back ("VLLDM erratum (CVE-2021-35465) not mitigated: no FP instruction "
                       "conditional on CONTROL_S.SFPA before VLLDM");
    }
  if (facts.note && facts.note->core_result)
    {
      // Narrow or aggregate result: the instructions right after the
      // restore that only rewrite r0/r1 (r12 as scratch).
      for (unsigned r = 0; r < 2; r++)
        {
          st.r[r] = value ();
          st.r[r].kind = V_CORE;
          st.r[r].id = r;
        }
      // Satisfied as soon as r0 (and r1) hold the right bits; the
      // function's own use of the result (an index scaled by lsls) follows.
      const cmse_site_note &nt = *facts.note;
      auto narrow_ok = [&] () {
        const value &r0 = st.r[0];
        if (!nt.result_bits || nt.result_bits >= 32)
          return true;
        uint32_t high = ~((1u << nt.result_bits) - 1);
        return r0.kind == V_CORE && r0.id == 0
               && (nt.result_signed ? (r0.sext && r0.sext <= nt.result_bits)
                                    : (r0.zero & high) == high);
      };
      auto aggregate_ok = [&] (unsigned r) {
        if (!(nt.core_result & (1u << r)) || nt.result_live[r] == 0xffffffffu)
          return true;
        uint32_t need = ~nt.result_live[r];
        return st.r[r].kind == V_CORE && (st.r[r].zero & need) == need;
      };
      bool narrow = narrow_ok (), agg0 = aggregate_ok (0), agg1 = aggregate_ok (1);
      uint32_t zero0 = st.r[0].zero, zero1 = st.r[1].zero;
      for (unsigned n = 0; i < t.post.size () && n < 8; i++, n++)
        {
          if (narrow && agg0 && agg1)
            break;
          const cmse_insn &insn = *t.post[i];
          int d = insn.ops.empty () ? -1 : core_reg (insn.ops[0]);
          static const std::set<std::string> extend = {
            "uxtb", "uxth", "sxtb", "sxth", "ubfx", "sbfx", "and", "ands", "bic",
            "bics", "bfc", "lsl", "lsls", "lsr", "lsrs", "asr", "asrs", "movw",
            "movt", "mov", "movs" };
          std::string eb = base_mnemonic (insn.mnemonic, false);
          bool reads_d = eb == "bfc";
          for (int r : core_sources (insn, eb))
            reads_d |= r == d;
          // r0/r1 rewritten from themselves, or a mask built in a scratch
          // register (r2, r3, r12: the result lives in r0-r1).
          bool mask_build = (d == 2 || d == 3 || d == 12)
                            && (eb == "movw" || eb == "movt" || eb == "mov"
                                || eb == "movs")
                            && insn.ops.size () == 2 && insn.ops[1][0] == '#';
          // The rest of the restore (Baseline's last pop {r4-r7}) may
          // come first: instructions that neither read nor write r0-r3
          // or r12 are stepped over.
          bool touches = d == 0 || d == 1 || d == 2 || d == 3 || d == 12;
          for (int r : core_sources (insn, eb))
            touches |= r <= 3 || r == 12;
          if (!touches && !it_left && !is_flow (insn, false)
              && (eb == "pop" || eb == "mov" || eb == "add"))
            {
              step (&st, insn, &it_left);
              continue;
            }
          if (it_left || !extend.count (eb)
              || !((d == 0 || d == 1) ? reads_d : mask_build))
            break;
          step (&st, insn, &it_left);
          narrow = narrow || narrow_ok ();
          agg0 = agg0 || aggregate_ok (0);
          agg1 = agg1 || aggregate_ok (1);
          if (st.r[0].kind == V_CORE)
            zero0 |= st.r[0].zero;
          if (st.r[1].kind == V_CORE)
            zero1 |= st.r[1].zero;
        }
      if (!narrow)
        why.push_back ("the " + std::to_string (nt.result_bits) + "-bit "
                       + (nt.result_signed ? "signed" : "unsigned")
                       + " result in r0 is not re-extended after the call");
      if (!agg0)
        why.push_back ("bits " + hex (~nt.result_live[0] & ~zero0) + " of the "
                       "aggregate result in r0 are not cleared after the call");
      if (!agg1)
        why.push_back ("bits " + hex (~nt.result_live[1] & ~zero1) + " of the "
                       "aggregate result in r1 are not cleared after the call");
    }
done:
  res->pass = why.empty ();
}

std::string
function_name (const cmse_image &img, const code_section &cs, uint32_t addr)
{
  const cmse_symbol *f = function_at (img, cs.sec->index, addr);
  if (!f)
    return "?";
  char b[32];
  snprintf (b, sizeof b, "+0x%x", addr - (f->value & ~1u));
  return f->name + b;
}

// The name of the symbol a relocation of CS at ADDR refers to, or "".
std::string
reloc_symbol (const cmse_image &img, const code_section &cs, uint32_t addr)
{
  auto it = img.relocs.find (cs.sec->index);
  if (it == img.relocs.end ())
    return "";
  for (const cmse_reloc &r : it->second)
    if (r.offset == addr - cs.base && r.sym < img.symbols.size ())
      return img.symbols[r.sym].name;
  return "";
}

} // anonymous namespace

std::vector<cmse_site_result>
cmse_check_image (const cmse_image &img, const cmse_check_options &options,
                  std::vector<std::string> *problems)
{
  code_map map = build_code_map (img);
  std::vector<cmse_site_result> out;
  const char *helper = "__gnu_cmse_nonsecure_call";

  // Image-wide facts for sites without a note: build attributes, then
  // the command line.
  const cmse_attributes &a = img.attributes;
  std::string cpu;
  for (char c : a.cpu_name)
    cpu += (char) tolower ((unsigned char) c);
  for (char &c : cpu)
    if (c == '_')
      c = '-';
  site_facts base;
  base.has_fp = a.fp_arch > 0 || a.mve > 0;
  base.hard = a.vfp_args == 1;
  base.dsp = a.dsp == 1 || cpu == "cortex-m33" || cpu == "cortex-m35p"
             || cpu == "cortex-m55" || cpu == "cortex-m85";
  base.v81m = a.cpu_arch == 21;
  base.erratum = cpu == "cortex-m33" || cpu == "cortex-m35p" || cpu == "cortex-m55";
  if (options.dsp >= 0)
    base.dsp = options.dsp;
  if (options.erratum >= 0)
    base.erratum = options.erratum;
  if (options.fp >= 0)
    base.has_fp = options.fp;

  // Note by (section index, address of its blxns): a note names the first
  // instruction of its call's sequence; the call is the first blxns from
  // there in straight-line code.
  std::map<std::pair<unsigned, uint32_t>, const cmse_site_note *> notes;
  std::vector<const cmse_site_note *> unmatched;
  for (const cmse_site_note &n : img.notes)
    {
      if (!img.relocatable && n.addr == 0)
        continue;   // call site discarded by the linker
      const code_section *home = NULL;
      for (const code_section &cs : map.sections)
        if (img.relocatable ? cs.sec->index == n.shndx
                            : (n.addr >= cs.sec->addr
                               && n.addr < cs.sec->addr + cs.sec->data.size ()))
          home = &cs;
      auto at = home ? home->at.find (n.addr & ~1u) : std::map<uint32_t, size_t>::const_iterator ();
      bool found = false;
      if (home && at != home->at.end ())
        {
          std::vector<const cmse_insn *> run;
          straight_from (*home, at->second, &run);
          for (const cmse_insn *x : run)
            if (base_mnemonic (x->mnemonic, false) == "blxns")
              {
                notes[{ home->sec->index, x->addr }] = &n;
                found = true;
                break;
              }
        }
      if (!found)
        unmatched.push_back (&n);
    }

  for (const code_section &cs : map.sections)
    for (size_t i = 0; i < cs.insns.size (); i++)
      {
        const cmse_insn &insn = cs.insns[i];
        std::string b = base_mnemonic (insn.mnemonic, false);
        bool is_blxns = b == "blxns";
        bool is_bl = b == "bl";
        if (!is_blxns && !is_bl)
          continue;
        const cmse_symbol *fn = function_at (img, cs.sec->index, insn.addr);
        bool in_helper = fn && fn->name == helper;
        const code_section *hcs = NULL;
        size_t hstart = 0, hcall = 0;
        std::string helper_kind;
        if (is_bl)
          {
            // A call of libgcc's helper: find it in this file.
            uint32_t tgt;
            bool to_helper = false;
            if (img.relocatable)
              to_helper = reloc_symbol (img, cs, insn.addr) == helper;
            else if (branch_target (insn, &tgt))
              {
                const cmse_symbol *tf = function_at (img, cs.sec->index, tgt);
                to_helper = tf && tf->name == helper && (tf->value & ~1u) == tgt;
              }
            if (!to_helper)
              continue;
            for (const cmse_symbol &s : img.symbols)
              if (s.name == helper && is_code_symbol (s))
                for (const code_section &c2 : map.sections)
                  if (c2.sec->index == s.shndx && c2.at.count (s.value & ~1u))
                    {
                      hcs = &c2;
                      hstart = c2.at.at (s.value & ~1u);
                    }
            cmse_site_result res;
            res.section = cs.sec->name;
            res.addr = insn.addr;
            res.function = function_name (img, cs, insn.addr);
            res.has_note = false;
            if (!hcs)
              {
                res.kind = "libgcc helper (not in this file)";
                res.pass = false;
                res.reasons.push_back ("cannot prove: calls " + std::string (helper)
                                       + ", which is not in this file (check the "
                                       "linked image)");
                out.push_back (res);
                continue;
              }
            for (hcall = hstart; hcall < hcs->insns.size (); hcall++)
              if (base_mnemonic (hcs->insns[hcall].mnemonic, false) == "blxns")
                break;
            res.kind = "libgcc helper at " + hex (hcs->insns[hstart].addr);
            trace t;
            size_t s0 = block_start (map, cs, i);
            for (size_t j = s0; j < i; j++)
              t.pre.push_back (&cs.insns[j]);
            for (size_t j = hstart; j <= hcall && j < hcs->insns.size (); j++)
              {
                if (j < hcall && is_flow (hcs->insns[j], false))
                  t.problem = "the helper branches before its blxns";
                t.pre.push_back (&hcs->insns[j]);
              }
            if (hcall >= hcs->insns.size ())
              {
                res.pass = false;
                res.reasons.push_back ("cannot prove: no blxns in " + std::string (helper));
                out.push_back (res);
                continue;
              }
            // The helper returns with bx lr or pop {..., pc}: follow it
            // back into the caller, after the bl.
            straight_from (*hcs, hcall + 1, &t.post);
            if (!t.post.empty ())
              {
                const cmse_insn *last = t.post.back ();
                std::string lb = base_mnemonic (last->mnemonic, false);
                if (lb == "bx" && !last->ops.empty () && last->ops[0] == "lr")
                  {
                    t.post.pop_back ();
                    straight_from (cs, i + 1, &t.post);
                  }
                else if (lb == "pop" && !last->ops.empty ()
                         && last->ops.back ().find ("pc") != std::string::npos)
                  {
                    t.helper_return = last;
                    straight_from (cs, i + 1, &t.post);
                  }
              }
            check_site (t, base, &res);
            out.push_back (res);
            continue;
          }

        // A blxns.
        if (in_helper)
          {
            // Judged with its callers; only reported alone when nothing calls it.
            bool called = false;
            for (const code_section &c2 : map.sections)
              for (const cmse_insn &x : c2.insns)
                {
                  uint32_t t;
                  if (base_mnemonic (x.mnemonic, false) == "bl" && branch_target (x, &t)
                      && t == (fn->value & ~1u))
                    called = true;
                }
            if (called)
              continue;
          }
        cmse_site_result res;
        res.section = cs.sec->name;
        res.addr = insn.addr;
        res.function = function_name (img, cs, insn.addr);
        res.kind = in_helper ? "libgcc helper, no caller" : "inline";
        site_facts facts = base;
        auto nit = notes.find ({ cs.sec->index, insn.addr });
        res.has_note = nit != notes.end ();
        if (res.has_note)
          {
            const cmse_site_note *n = nit->second;
            res.note_version = n->version;
            facts.note = n;
            facts.core_args = n->core_args;
            facts.vfp_args = n->vfp_args;
            facts.has_fp = options.fp >= 0 ? options.fp
                           : (n->flags & CMSE_NSCALL_NOTE_HAS_FP) != 0;
            facts.hard = n->float_abi == CMSE_NSCALL_NOTE_HARD;
            facts.dsp = options.dsp >= 0 ? options.dsp : (n->flags & CMSE_NSCALL_NOTE_DSP) != 0;
            facts.v81m = n->profile == CMSE_NSCALL_NOTE_V8_1M;
            facts.erratum = options.erratum >= 0 ? options.erratum
                            : (n->flags & CMSE_NSCALL_NOTE_VLLDM_FIX) != 0;
          }
        trace t;
        size_t s0 = block_start (map, cs, i);
        for (size_t j = s0; j <= i; j++)
          t.pre.push_back (&cs.insns[j]);
        straight_from (cs, i + 1, &t.post);
        check_site (t, facts, &res);
        out.push_back (res);
      }
  for (const cmse_site_note *n : unmatched)
    problems->push_back ("a note names " + hex (n->addr) + " as a call site, but no "
                         "blxns follows there");
  for (const std::string &p : img.note_problems)
    problems->push_back (p);
  std::sort (out.begin (), out.end (), [] (const cmse_site_result &x,
                                           const cmse_site_result &y) {
    return x.section != y.section ? x.section < y.section : x.addr < y.addr;
  });
  return out;
}
