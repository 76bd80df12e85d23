// SPDX-License-Identifier: GPL-3.0-or-later
//
// site.cc - the call-site table and the private mark (see site.h).
//
// Example: cmse_nscall_site_fntype (int (int) [[cmse::nonsecure_call]], 7)
// gives int (int) with the attribute "cmse_nscall site" (7) only; given
// int (int) "cmse_nscall site" (0) and 7, the same.
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

} // anonymous namespace

unsigned
cmse_nscall_add_site (const cmse_nscall_layout &layout, location_t loc)
{
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
  attrs = remove_attribute (cmse_nscall_private_mark, attrs);
  attrs = tree_cons (get_identifier (cmse_nscall_private_mark),
                     build_tree_list (NULL_TREE,
                                      build_int_cst (integer_type_node, id)),
                     attrs);
  return build_type_attribute_variant (fntype, attrs);
}

bool
cmse_nscall_private_mark_p (const_tree fntype)
{
  return fntype && FUNC_OR_METHOD_TYPE_P (fntype)
         && lookup_attribute (cmse_nscall_private_mark, TYPE_ATTRIBUTES (fntype));
}

unsigned
cmse_nscall_site_of_fntype (const_tree fntype)
{
  if (!fntype || !FUNC_OR_METHOD_TYPE_P (fntype))
    return 0;
  tree attr = lookup_attribute (cmse_nscall_private_mark,
                                TYPE_ATTRIBUTES (fntype));
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
