// SPDX-License-Identifier: GPL-3.0-or-later
//
// attribute.cc - the plugin's own spellings of the non-secure call mark,
// and the checks made where a mark is applied.
//
// Spellings (all mark the function type, like GCC's own attribute):
//   C2x / C++11:  typedef int ns_fn (int) [[cmse::nonsecure_call]];
//                 using ns_ptr = int (*) (int) [[cmse::nonsecure_call]];
//                 int (*p [[cmse::nonsecure_call]]) (int);
//   GNU, any C:   typedef int __attribute__((cmse_nscall)) ns_fn (int);
// "cmse_nscall" is the plugin's name, so no GCC release or other compiler
// will give it another meaning.  GCC's cmse_nonsecure_call (with -mcmse)
// is recognised too but handled by the Arm back end at declaration time:
// a plugin may not register that name again (attribs.cc:390 ICE).
//
// Before/after: a call through a marked type is what the passes expand;
// a marked function *declaration* or *definition* is an error, because a
// Secure image cannot call Non-secure code by name:
//   int f (int) __attribute__((cmse_nscall));
//   error: 'cmse_nscall' marks function 'f' ...
//
// Options: with -fplugin-arg-cmse_nscall-disable every use of the plugin's
// spellings is an error (nothing would honour it).
// Limits: the mark cannot be written on a reference declarator
// (int (&r [[cmse::nonsecure_call]]) (int)); put it on the function type.

#include "cmse_nscall-gcc.h"
#include "cmse_nscall.h"
#include "abi.h"
#include "attribute.h"

#include <set>
#include <utility>

namespace {

// Signatures (return type, argument list) checked where they were marked,
// and among them those that were rejected there (an error was given).
typedef std::pair<const_tree, const_tree> cmse_nscall_signature_key;
std::set<cmse_nscall_signature_key> cmse_nscall_checked;
std::set<cmse_nscall_signature_key> cmse_nscall_rejected;

cmse_nscall_signature_key
cmse_nscall_key (const_tree fntype)
{
  return std::make_pair (TREE_TYPE (fntype), TYPE_ARG_TYPES (fntype));
}

// The decl a type attribute is being applied through, if any: GCC passes
// it as the third element of NODE (attribs.cc decl_attributes).
tree
cmse_nscall_attribute_decl (tree *node)
{
  return node[2] && DECL_P (node[2]) ? node[2] : NULL_TREE;
}

const char *
cmse_nscall_spelling (tree name, int flags)
{
  return (flags & ATTR_FLAG_CXX11) && is_attribute_p ("nonsecure_call", name)
         ? "cmse::nonsecure_call" : IDENTIFIER_POINTER (name);
}

tree
cmse_nscall_handle_attribute (tree *node, tree name, tree args, int flags,
                              bool *no_add_attrs)
{
  tree decl = cmse_nscall_attribute_decl (node);
  location_t loc = decl ? DECL_SOURCE_LOCATION (decl) : input_location;
  const char *spelling = cmse_nscall_spelling (name, flags);

  if (cmse_nscall_config.disabled)
    {
      error_at (loc, "%qs cannot be honoured: the %s plugin was loaded with "
                "%<-fplugin-arg-%s-disable%>", spelling, CMSE_NSCALL_NAME,
                CMSE_NSCALL_NAME);
      *no_add_attrs = true;
      return NULL_TREE;
    }
  if (decl && TREE_CODE (decl) == FUNCTION_DECL)
    {
      error_at (loc, "%qs marks function %qD: a Secure image cannot call "
                "Non-secure code by name; mark the type of a function "
                "pointer instead", spelling, decl);
      *no_add_attrs = true;
      return NULL_TREE;
    }

  tree fntype = *node;
  gcc_checking_assert (FUNC_OR_METHOD_TYPE_P (fntype));
  cmse_nscall_verdict verdict = cmse_nscall_layout_signature (fntype, loc, true, NULL);
  if (verdict != CMSE_NSCALL_INCOMPLETE)
    cmse_nscall_note_signature (fntype, verdict == CMSE_NSCALL_REJECTED);
  if (verdict == CMSE_NSCALL_REJECTED)
    {
      *no_add_attrs = true;
      return NULL_TREE;
    }
  // Every spelling leaves the one GNU attribute "cmse_nscall" on the type.
  // Why: GCC 12 decides type identity, template deduction and mangling by
  // looking attributes up in the gnu namespace (attribs.cc
  // comp_type_attributes, cp/mangle.cc); a cmse::-scoped attribute would
  // be dropped there, and the call through an "auto" copy of the pointer
  // would become an ordinary branch into Non-secure code.
  if (!is_attribute_p ("cmse_nscall", name))
    {
      *no_add_attrs = true;
      if (!lookup_attribute ("cmse_nscall", TYPE_ATTRIBUTES (fntype)))
        node[0] = build_type_attribute_variant
                    (fntype, tree_cons (get_identifier ("cmse_nscall"), NULL_TREE,
                                        TYPE_ATTRIBUTES (fntype)));
    }
  return NULL_TREE;
}

// min_len, max_len = 0: the mark takes no argument; GCC reports
// "wrong number of arguments" for [[cmse::nonsecure_call(1)]].
// type_required + function_type_required: GCC walks from a declaration to
// its type, and from a pointer type to the function type, and rebuilds the
// pointer around the marked function type (attribs.cc decl_attributes).
// affects_type_identity: a marked and an unmarked pointer are different
// types, so mixing them without a cast is diagnosed.
const struct attribute_spec cmse_nscall_scoped_attributes[] = {
  { "nonsecure_call", 0, 0, false, true, true, true,
    cmse_nscall_handle_attribute, NULL },
  { NULL, 0, 0, false, false, false, false, NULL, NULL }
};

const struct attribute_spec cmse_nscall_gnu_attribute = {
  "cmse_nscall", 0, 0, false, true, true, true,
  cmse_nscall_handle_attribute, NULL
};

void
cmse_nscall_on_attributes (void *, void *)
{
  cmse_nscall_register_scoped_attribute_table (cmse_nscall_scoped_attributes,
                                               "cmse");
  register_attribute (&cmse_nscall_gnu_attribute);
}

// A function declared with a marked type, e.g. through a typedef
// ("ns_fn f;"), is as wrong as a marked declaration.
void
cmse_nscall_check_function_decl (tree decl)
{
  if (!decl || TREE_CODE (decl) != FUNCTION_DECL
      || !cmse_nscall_marked_type_p (TREE_TYPE (decl))
      || cmse_nscall_config.disabled)
    return;
  error_at (DECL_SOURCE_LOCATION (decl),
            "function %qD has the non-secure call type %qT: a Secure image "
            "cannot call Non-secure code by name; declare a pointer to that "
            "type instead", decl, TREE_TYPE (decl));
}

// The back end's comp_type_attributes hook, which the wrapper below calls
// for everything but the plugin's own mark.
int (*cmse_nscall_target_comp_type_attributes) (const_tree, const_tree);

bool
cmse_nscall_own_mark_p (const_tree type)
{
  return FUNC_OR_METHOD_TYPE_P (type)
         && lookup_attribute ("cmse_nscall", TYPE_ATTRIBUTES (type));
}

// A marked and an unmarked function type are different types, so that
// "fp = ns_ptr;" warns in C and is an error in C++, as for GCC's own mark.
// Why a wrapper: comp_type_attributes (attribs.cc) defers to the target
// hook whenever an identity-affecting attribute differs, and Arm's hook
// (arm_comp_type_attributes) knows only the back end's attributes.
int
cmse_nscall_comp_type_attributes (const_tree type1, const_tree type2)
{
  if (cmse_nscall_own_mark_p (type1) != cmse_nscall_own_mark_p (type2))
    return 0;
  return cmse_nscall_target_comp_type_attributes (type1, type2);
}

void
cmse_nscall_on_finish_decl (void *gcc_data, void *)
{
  cmse_nscall_check_function_decl ((tree) gcc_data);
}

} // anonymous namespace

// The attributes that mark a non-secure call type: GCC's, and the
// plugin's ([[cmse::nonsecure_call]] is stored as cmse_nscall, see the
// handler).
static const char *const cmse_nscall_mark_names[] = {
  "cmse_nonsecure_call", "cmse_nscall"
};

bool
cmse_nscall_marked_type_p (const_tree fntype)
{
  if (!fntype || !FUNC_OR_METHOD_TYPE_P (fntype))
    return false;
  for (const char *name : cmse_nscall_mark_names)
    if (lookup_attribute (name, TYPE_ATTRIBUTES (fntype)))
      return true;
  return false;
}

tree
cmse_nscall_without_marks (tree attrs)
{
  for (const char *name : cmse_nscall_mark_names)
    attrs = remove_attribute (name, copy_list (attrs));
  return attrs;
}

void
cmse_nscall_note_signature (const_tree fntype, bool rejected)
{
  cmse_nscall_checked.insert (cmse_nscall_key (fntype));
  if (rejected)
    cmse_nscall_rejected.insert (cmse_nscall_key (fntype));
}

bool
cmse_nscall_signature_checked_p (const_tree fntype)
{
  return cmse_nscall_checked.count (cmse_nscall_key (fntype));
}

bool
cmse_nscall_signature_rejected_p (const_tree fntype)
{
  return cmse_nscall_rejected.count (cmse_nscall_key (fntype));
}

void
cmse_nscall_register_attributes (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_ATTRIBUTES,
                     cmse_nscall_on_attributes, NULL);
  register_callback (plugin_name, PLUGIN_FINISH_DECL,
                     cmse_nscall_on_finish_decl, NULL);
  register_callback (plugin_name, PLUGIN_START_PARSE_FUNCTION,
                     cmse_nscall_on_finish_decl, NULL);
  cmse_nscall_target_comp_type_attributes = targetm.comp_type_attributes;
  targetm.comp_type_attributes = cmse_nscall_comp_type_attributes;
}
