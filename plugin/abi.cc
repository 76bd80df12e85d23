// SPDX-License-Identifier: GPL-3.0-or-later
//
// abi.cc - lay out a non-secure call's arguments and result in registers
// with the target's own calling convention, and reject what would touch
// the Secure stack.
//
// Why the target's hooks and not a byte count: AAPCS places a long long
// at an even register pair (int, long long uses r0 and r2-r3, not r0-r2),
// back-fills single-precision VFP registers, and passes homogeneous float
// aggregates in s/d registers.  Asking GCC's own hooks gives the placement
// the caller will really use.
//
// Example:
//   typedef int __attribute__((cmse_nonsecure_call)) f5 (int, int, int, int, int);
//   error: argument 5 of type 'int' would be passed on the stack:
//          non-secure calls pass arguments in r0-r3 only
//
// Options: none.  Limits: little-endian; see abi.h.

#include "cmse_nscall-gcc.h"
#include "cmse_nscall.h"
#include "abi.h"

#include <vector>

namespace {

const unsigned cmse_nscall_core_arg_regs = 4;    // r0-r3, AAPCS 6.1.1
const unsigned cmse_nscall_vfp_arg_regs = 16;    // s0-s15, AAPCS 6.1.2

// The registers arguments may use, for messages.
const char *
cmse_nscall_arg_regs_text (const cmse_nscall_layout *layout)
{
  return layout->uses_vfp_abi ? "r0-r3 and s0-s15" : "r0-r3";
}

bool
cmse_nscall_scalar_extended_p (tree type)
{
  // AAPCS 6.5 B.2: an integral argument narrower than a word is zero- or
  // sign-extended to a word by the caller, so its upper bits are derived
  // from the value and carry no Secure data.
  return INTEGRAL_TYPE_P (type) || POINTER_TYPE_P (type)
         || TREE_CODE (type) == OFFSET_TYPE;
}

// Set in LIVE the bits of an object of TYPE placed at bit BITPOS that carry
// data: the fields of a record, the union of the members of a union, the
// elements of an array; gaps between fields stay clear.
// For an argument (RESULT false) every bit of a scalar counts and unnamed
// bit-fields are padding.  For a result (RESULT true) the bits GCC may
// assume hold a value: an unsigned narrow-precision scalar (_Bool, an enum
// : bool) only its value bits; signed ones all their bits (GCC re-extends
// those itself); bit-fields, named or not, all their bits.
// *UNION_DISAGREES (when not NULL) becomes true when a union member leaves
// clear a bit that another member uses.
void
cmse_nscall_mark_live (tree type, unsigned HOST_WIDE_INT bitpos,
                       std::vector<bool> &live, bool *union_disagrees,
                       bool result)
{
  if (!TYPE_SIZE (type) || !tree_fits_uhwi_p (TYPE_SIZE (type)))
    return;
  unsigned HOST_WIDE_INT size = tree_to_uhwi (TYPE_SIZE (type));
  switch (TREE_CODE (type))
    {
    case RECORD_TYPE:
      for (tree field = TYPE_FIELDS (type); field; field = DECL_CHAIN (field))
        {
          if (TREE_CODE (field) != FIELD_DECL || !DECL_SIZE (field)
              || !tree_fits_uhwi_p (DECL_SIZE (field))
              || !tree_fits_uhwi_p (bit_position (field)))
            continue;
          unsigned HOST_WIDE_INT at = bitpos + tree_to_uhwi (bit_position (field));
          // DECL_BIT_FIELD_TYPE also catches bit-fields that stor-layout
          // turned into ordinary fields because they are byte-sized and
          // byte-aligned (e.g. "char : 8").
          if (DECL_BIT_FIELD (field) || DECL_BIT_FIELD_TYPE (field))
            {
              if (!DECL_NAME (field) && !result)
                continue;   // an unnamed bit-field is padding (C11 6.7.2.1p12)
              unsigned HOST_WIDE_INT width = tree_to_uhwi (DECL_SIZE (field));
              for (unsigned HOST_WIDE_INT b = at; b < at + width && b < live.size (); b++)
                live[b] = true;
            }
          else
            cmse_nscall_mark_live (TREE_TYPE (field), at, live, union_disagrees,
                                   result);
        }
      return;

    case UNION_TYPE:
    case QUAL_UNION_TYPE:
      {
        std::vector<std::vector<bool> > members;
        for (tree field = TYPE_FIELDS (type); field; field = DECL_CHAIN (field))
          {
            if (TREE_CODE (field) != FIELD_DECL)
              continue;
            std::vector<bool> member (live.size (), false);
            bool bit_field = DECL_BIT_FIELD (field) || DECL_BIT_FIELD_TYPE (field);
            if (bit_field && (DECL_NAME (field) || result)
                && tree_fits_uhwi_p (DECL_SIZE (field)))
              {
                unsigned HOST_WIDE_INT width = tree_to_uhwi (DECL_SIZE (field));
                for (unsigned HOST_WIDE_INT b = bitpos; b < bitpos + width && b < live.size (); b++)
                  member[b] = true;
              }
            else if (!bit_field)
              cmse_nscall_mark_live (TREE_TYPE (field), bitpos, member,
                                     union_disagrees, result);
            members.push_back (member);
          }
        std::vector<bool> any (live.size (), false);
        for (const std::vector<bool> &member : members)
          for (size_t b = 0; b < any.size (); b++)
            any[b] = any[b] || member[b];
        if (union_disagrees)
          for (const std::vector<bool> &member : members)
            for (size_t b = bitpos; b < bitpos + size && b < any.size (); b++)
              if (any[b] != member[b])
                *union_disagrees = true;
        for (size_t b = 0; b < live.size (); b++)
          live[b] = live[b] || any[b];
        return;
      }

    case ARRAY_TYPE:
      {
        tree elt = TREE_TYPE (type);
        if (!TYPE_SIZE (elt) || !tree_fits_uhwi_p (TYPE_SIZE (elt)))
          return;
        unsigned HOST_WIDE_INT elt_size = tree_to_uhwi (TYPE_SIZE (elt));
        if (elt_size == 0)
          return;
        for (unsigned HOST_WIDE_INT at = 0; at + elt_size <= size; at += elt_size)
          cmse_nscall_mark_live (elt, bitpos + at, live, union_disagrees, result);
        return;
      }

    default:
      {
        unsigned HOST_WIDE_INT value_bits = size;
        if (result && INTEGRAL_TYPE_P (type) && TYPE_UNSIGNED (type)
            && TYPE_PRECISION (type) < size)
          value_bits = TYPE_PRECISION (type);
        for (unsigned HOST_WIDE_INT b = bitpos; b < bitpos + value_bits && b < live.size (); b++)
          live[b] = true;
        return;
      }
    }
}

// The 32 bits of LIVE starting at bit FIRST, as a register mask.
uint32_t
cmse_nscall_word (const std::vector<bool> &live, size_t first)
{
  uint32_t word = 0;
  for (unsigned b = 0; b < 32; b++)
    if (first + b < live.size () && live[first + b])
      word |= (uint32_t) 1 << b;
  return word;
}

// Record that the register piece REG (a hard REG rtx) holds the bytes of
// the argument from BYTE_OFFSET on, with PIECE_BYTES bytes.  Returns false
// when the piece lies outside r0-r3 / s0-s15.
bool
cmse_nscall_record_piece (rtx reg, unsigned byte_offset, unsigned piece_bytes,
                          const std::vector<bool> &live,
                          cmse_nscall_layout *layout)
{
  unsigned regno = REGNO (reg);
  unsigned words = (piece_bytes + 3) / 4;
  for (unsigned w = 0; w < words; w++)
    {
      // Only the piece's own bytes: the element of a _Float16 aggregate in
      // s0 fills its low half, and the next element's bytes belong to s1.
      uint32_t bits = cmse_nscall_word (live, (byte_offset + 4 * w) * 8);
      unsigned piece_left = piece_bytes - 4 * w;
      if (piece_left < 4)
        bits &= ((uint32_t) 1 << (piece_left * 8)) - 1;
      unsigned r = regno + w;
      if (r < cmse_nscall_core_arg_regs)
        {
          layout->core_args |= 1u << r;
          layout->core_live[r] |= bits;
        }
      else if (r >= FIRST_VFP_REGNUM
               && r < FIRST_VFP_REGNUM + cmse_nscall_vfp_arg_regs)
        layout->vfp_live[r - FIRST_VFP_REGNUM] |= bits;
      else
        return false;
    }
  return true;
}

// Mark in LAYOUT the registers of the result RTX (REG or PARALLEL) of a
// result of TYPE_BYTES bytes.
void
cmse_nscall_record_result (rtx value, unsigned type_bytes,
                           cmse_nscall_layout *layout)
{
  if (!value)
    return;
  if (GET_CODE (value) == PARALLEL)
    {
      for (int i = 0; i < XVECLEN (value, 0); i++)
        {
          rtx reg = XEXP (XVECEXP (value, 0, i), 0);
          cmse_nscall_record_result (reg, GET_MODE_SIZE (GET_MODE (reg)).to_constant (),
                                     layout);
        }
      return;
    }
  if (!REG_P (value))
    return;
  // A small aggregate comes back as a BLKmode register (arm_function_value):
  // its size is the type's.
  unsigned bytes = GET_MODE (value) == BLKmode
                   ? type_bytes : GET_MODE_SIZE (GET_MODE (value)).to_constant ();
  unsigned words = (bytes + 3) / 4;
  for (unsigned w = 0; w < words; w++)
    {
      unsigned r = REGNO (value) + w;
      if (r < cmse_nscall_core_arg_regs)
        layout->core_result |= 1u << r;
      else if (r >= FIRST_VFP_REGNUM && r < FIRST_VFP_REGNUM + cmse_nscall_vfp_arg_regs)
        layout->vfp_result |= 1u << (r - FIRST_VFP_REGNUM);
    }
}

// Fill the result re-extension fields of LAYOUT for RETTYPE.
void
cmse_nscall_result_checks (tree rettype, cmse_nscall_layout *layout)
{
  layout->result_live[0] = layout->result_live[1] = 0xffffffffu;
  if (INTEGRAL_TYPE_P (rettype) && TYPE_PRECISION (rettype) < 32)
    {
      layout->result_bits = TYPE_PRECISION (rettype);
      layout->result_signed = !TYPE_UNSIGNED (rettype);
      return;
    }
  if (!AGGREGATE_TYPE_P (rettype) || (layout->core_result & ~3u)
      || !(layout->core_result & 1))
    return;
  std::vector<bool> live (64, false);
  cmse_nscall_mark_live (rettype, 0, live, NULL, true);
  for (unsigned r = 0; r < 2; r++)
    if (layout->core_result >> r & 1)
      layout->result_live[r] = cmse_nscall_word (live, 32 * r);
}

bool
cmse_nscall_incomplete_p (tree type)
{
  return type == error_mark_node || !COMPLETE_TYPE_P (type)
         || !tree_fits_uhwi_p (TYPE_SIZE (type));
}

// The pcs attribute of FNTYPE asks for the VFP variant of the AAPCS.
bool
cmse_nscall_pcs_vfp_requested_p (tree fntype)
{
  tree attr = lookup_attribute ("pcs", TYPE_ATTRIBUTES (fntype));
  if (!attr || !TREE_VALUE (attr)
      || TREE_CODE (TREE_VALUE (TREE_VALUE (attr))) != STRING_CST)
    return false;
  return strcmp (TREE_STRING_POINTER (TREE_VALUE (TREE_VALUE (attr))),
                 "aapcs-vfp") == 0;
}

} // anonymous namespace

cmse_nscall_verdict
cmse_nscall_layout_signature (tree fntype, location_t loc, bool diagnose,
                              cmse_nscall_layout *out)
{
  cmse_nscall_layout scratch;
  cmse_nscall_layout *layout = out ? out : &scratch;
  memset (layout, 0, sizeof *layout);
  layout->result_live[0] = layout->result_live[1] = 0xffffffffu;

  if (BYTES_BIG_ENDIAN)
    {
      if (diagnose)
        error_at (loc, "non-secure call type %qT: big-endian targets are "
                  "not supported by %s", fntype, CMSE_NSCALL_NAME);
      return CMSE_NSCALL_REJECTED;
    }

  tree rettype = TREE_TYPE (fntype);
  if (!VOID_TYPE_P (rettype) && cmse_nscall_incomplete_p (rettype))
    return CMSE_NSCALL_INCOMPLETE;
  for (tree p = TYPE_ARG_TYPES (fntype); p; p = TREE_CHAIN (p))
    if (!VOID_TYPE_P (TREE_VALUE (p)) && cmse_nscall_incomplete_p (TREE_VALUE (p)))
      return CMSE_NSCALL_INCOMPLETE;

  if (!prototype_p (fntype))
    {
      if (diagnose)
        error_at (loc, "non-secure call type %qT has no prototype: every "
                  "argument must be known to be passed in registers", fntype);
      return CMSE_NSCALL_REJECTED;
    }
  if (stdarg_p (fntype))
    {
      if (diagnose)
        error_at (loc, "non-secure call type %qT takes a variable number of "
                  "arguments: the ones past the registers would be passed on "
                  "the Secure stack", fntype);
      return CMSE_NSCALL_REJECTED;
    }
  if (cmse_nscall_pcs_vfp_requested_p (fntype) && !TARGET_HARD_FLOAT)
    {
      if (diagnose)
        error_at (loc, "non-secure call type %qT uses %<pcs(\"aapcs-vfp\")%>, "
                  "but the target has no floating-point registers to pass "
                  "arguments in", fntype);
      return CMSE_NSCALL_REJECTED;
    }

  CUMULATIVE_ARGS cum_v;
  INIT_CUMULATIVE_ARGS (cum_v, fntype, NULL_RTX, NULL_TREE, 0);
  cumulative_args_t cum = pack_cumulative_args (&cum_v);
  layout->uses_vfp_abi = cum_v.pcs_variant == ARM_PCS_AAPCS_VFP
                         || (cum_v.pcs_variant == ARM_PCS_AAPCS_LOCAL
                             && TARGET_HARD_FLOAT_ABI);

  int position = 0;
  for (tree p = TYPE_ARG_TYPES (fntype); p; p = TREE_CHAIN (p))
    {
      tree type = TREE_VALUE (p);
      if (VOID_TYPE_P (type))
        break;
      position++;
      if (TREE_ADDRESSABLE (type))
        {
          if (diagnose)
            error_at (loc, "argument %d of type %qT would be passed by "
                      "reference to a Secure copy, which Non-secure code "
                      "cannot read: its copy constructor or destructor is "
                      "not trivial", position, type);
          return CMSE_NSCALL_REJECTED;
        }
      function_arg_info arg (type, /*named=*/true);
      rtx where = targetm.calls.function_arg (cum, arg);
      int partial = targetm.calls.arg_partial_bytes (cum, arg);
      if (!where || partial)
        {
          if (diagnose)
            error_at (loc, partial
                      ? G_("argument %d of type %qT would be split between "
                           "registers and the stack: non-secure calls pass "
                           "arguments in %s only")
                      : G_("argument %d of type %qT would be passed on the "
                           "stack: non-secure calls pass arguments in %s "
                           "only"),
                      position, type, cmse_nscall_arg_regs_text (layout));
          return CMSE_NSCALL_REJECTED;
        }

      unsigned bytes = int_size_in_bytes (type);
      unsigned words = (bytes + 3) / 4;
      std::vector<bool> live (words * 32, false);
      bool union_disagrees = false;
      if (cmse_nscall_scalar_extended_p (type) && bytes < 4)
        live.assign (32, true);
      else
        cmse_nscall_mark_live (type, 0, live, &union_disagrees, false);
      if (union_disagrees && diagnose)
        warning_at (loc, OPT_Wattributes,
                    "argument %d of type %qT: bits that are padding in one "
                    "union member but data in another are passed to "
                    "Non-secure code uncleared and may leak Secure data",
                    position, type);

      bool placed = true;
      if (GET_CODE (where) == PARALLEL)
        for (int i = 0; i < XVECLEN (where, 0); i++)
          {
            rtx piece = XVECEXP (where, 0, i);
            rtx reg = XEXP (piece, 0);
            unsigned offset = INTVAL (XEXP (piece, 1));
            placed &= cmse_nscall_record_piece (reg, offset,
                                                GET_MODE_SIZE (GET_MODE (reg)).to_constant (),
                                                live, layout);
          }
      else
        placed = cmse_nscall_record_piece (where, 0, MAX (bytes, 4u), live, layout);
      if (!placed)
        {
          if (diagnose)
            error_at (loc, "argument %d of type %qT would be passed outside "
                      "%s", position, type, cmse_nscall_arg_regs_text (layout));
          return CMSE_NSCALL_REJECTED;
        }
      targetm.calls.function_arg_advance (cum, arg);
    }

  if (!VOID_TYPE_P (rettype))
    {
      if (aggregate_value_p (rettype, fntype))
        {
          if (diagnose)
            error_at (loc, "the result of type %qT would be returned in "
                      "memory: non-secure calls return values in %s only",
                      rettype, layout->uses_vfp_abi ? "r0-r1 or s0-s15" : "r0-r1");
          return CMSE_NSCALL_REJECTED;
        }
      cmse_nscall_record_result (targetm.calls.function_value (rettype, fntype, false),
                                 int_size_in_bytes (rettype), layout);
      cmse_nscall_result_checks (rettype, layout);
    }
  return CMSE_NSCALL_OK;
}
