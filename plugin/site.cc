// SPDX-License-Identifier: GPL-3.0-or-later
//
// site.cc - the call-site table and the private mark (see site.h).
//
// Example: cmse_nscall_site_fntype (int (int) [[cmse::nonsecure_call]], 7)
// gives int (int) with the attribute "cmse_nscall site 7" (7) only; given
// int (int) "cmse_nscall site" (0) and 7, the same.
// Why the number is in the name too: GCC hashes a type's attributes by
// name only (tree.cc type_hash_canon_hash), so 10,000 variants of one
// function type under one name share a hash bucket and each new variant
// is compared with all before it: quadratic compile time (bench/).
// Options: none.  Limits: site numbers are ints in a const_int.

#include "cmse_nscall-gcc.h"
#include "cmse_nscall.h"
#include "attribute.h"
#include "site.h"

#include <vector>

namespace {

std::vector<cmse_nscall_site> cmse_nscall_sites;

// A space makes the name unspellable in source: no user attribute and no
// GCC attribute can collide with it.
const char cmse_nscall_private_mark[] = "cmse_nscall site";

// Whether the attribute list entry ATTR is the private mark, numbered
// ("cmse_nscall site N") or not ("cmse_nscall site").
bool
cmse_nscall_private_mark_entry_p (const_tree attr)
{
  const char *name = IDENTIFIER_POINTER (get_attribute_name (attr));
  size_t len = sizeof cmse_nscall_private_mark - 1;
  return strncmp (name, cmse_nscall_private_mark, len) == 0
         && (name[len] == '\0' || name[len] == ' ');
}

// The private mark in the attribute list ATTRS, or NULL_TREE.
tree
cmse_nscall_find_private_mark (tree attrs)
{
  for (tree a = attrs; a; a = TREE_CHAIN (a))
    if (cmse_nscall_private_mark_entry_p (a))
      return a;
  return NULL_TREE;
}

// ATTRS without the private mark (a copy where needed; ATTRS is shared).
tree
cmse_nscall_remove_private_mark (tree attrs)
{
  if (!cmse_nscall_find_private_mark (attrs))
    return attrs;
  tree kept = NULL_TREE;
  for (tree a = attrs; a; a = TREE_CHAIN (a))
    if (!cmse_nscall_private_mark_entry_p (a))
      kept = tree_cons (TREE_PURPOSE (a), TREE_VALUE (a), kept);
  return nreverse (kept);
}

} // anonymous namespace

namespace {

// Whether two layouts give the same sequence (field by field: the struct
// has padding bytes that are not initialised).
bool
cmse_nscall_same_layout (const cmse_nscall_layout &a,
                         const cmse_nscall_layout &b)
{
  if (a.core_args != b.core_args || a.core_result != b.core_result
      || a.vfp_result != b.vfp_result || a.result_bits != b.result_bits
      || a.result_signed != b.result_signed
      || a.uses_vfp_abi != b.uses_vfp_abi)
    return false;
  for (unsigned i = 0; i < 4; i++)
    if (a.core_live[i] != b.core_live[i])
      return false;
  for (unsigned i = 0; i < 16; i++)
    if (a.vfp_live[i] != b.vfp_live[i])
      return false;
  return a.result_live[0] == b.result_live[0]
         && a.result_live[1] == b.result_live[1];
}

} // anonymous namespace

// Calls with the same layout share one number, so a unit has one private
// type variant per distinct layout, not per call: GCC keeps the variants
// of a type in one list and walks it for every new variant
// (tree.cc get_qualified_type), which made 10,000 calls through one type
// quadratic.  LOC is the first call's; passes that report a call prefer
// the call insn's own location.
unsigned
cmse_nscall_add_site (const cmse_nscall_layout &layout, location_t loc)
{
  for (size_t i = 0; i < cmse_nscall_sites.size (); i++)
    if (cmse_nscall_same_layout (cmse_nscall_sites[i].layout, layout))
      return i + 1;
  cmse_nscall_site site;
  site.layout = layout;
  site.location = loc;
  cmse_nscall_sites.push_back (site);
  return cmse_nscall_sites.size ();
}

const cmse_nscall_site *
cmse_nscall_get_site (unsigned id)
{
  if (id == 0 || id > cmse_nscall_sites.size ())
    return NULL;
  return &cmse_nscall_sites[id - 1];
}

tree
cmse_nscall_site_fntype (tree fntype, unsigned id)
{
  tree attrs = cmse_nscall_without_marks (TYPE_ATTRIBUTES (fntype));
  attrs = cmse_nscall_remove_private_mark (attrs);
  char name[sizeof cmse_nscall_private_mark + 16];
  if (id == 0)
    snprintf (name, sizeof name, "%s", cmse_nscall_private_mark);
  else
    snprintf (name, sizeof name, "%s %u", cmse_nscall_private_mark, id);
  attrs = tree_cons (get_identifier (name),
                     build_tree_list (NULL_TREE,
                                      build_int_cst (integer_type_node, id)),
                     attrs);
  return build_type_attribute_variant (fntype, attrs);
}

bool
cmse_nscall_private_mark_p (const_tree fntype)
{
  return fntype && FUNC_OR_METHOD_TYPE_P (fntype)
         && cmse_nscall_find_private_mark (TYPE_ATTRIBUTES (fntype));
}

unsigned
cmse_nscall_site_of_fntype (const_tree fntype)
{
  if (!fntype || !FUNC_OR_METHOD_TYPE_P (fntype))
    return 0;
  tree attr = cmse_nscall_find_private_mark (TYPE_ATTRIBUTES (fntype));
  if (!attr)
    return 0;
  return tree_to_uhwi (TREE_VALUE (TREE_VALUE (attr)));
}

unsigned
cmse_nscall_site_of_insn (const rtx_insn *insn)
{
  if (!CALL_P (insn))
    return 0;
  for (rtx link = CALL_INSN_FUNCTION_USAGE (insn); link; link = XEXP (link, 1))
    {
      rtx use = XEXP (link, 0);
      if (GET_CODE (use) == USE && CONST_INT_P (XEXP (use, 0))
          && cmse_nscall_get_site (INTVAL (XEXP (use, 0))))
        return INTVAL (XEXP (use, 0));
    }
  return 0;
}

void
cmse_nscall_tag_insn (rtx_insn *insn, unsigned id)
{
  CALL_INSN_FUNCTION_USAGE (insn)
    = gen_rtx_EXPR_LIST (VOIDmode, gen_rtx_USE (VOIDmode, GEN_INT (id)),
                         CALL_INSN_FUNCTION_USAGE (insn));
}
