// SPDX-License-Identifier: GPL-3.0-or-later
//
// cmse_nscall-gcc.h - the one place that includes GCC's plugin headers.
//
// Every other file of the plugin includes this header instead of any GCC
// header, so that the differences between GCC releases (12.2, then 14.2 and
// 15.3) are absorbed here, in the style of the Linux kernel's
// scripts/gcc-plugins/gcc-common.h.  Example: a pass file writes
//     #include "cmse_nscall-gcc.h"
// and gets tree.h, gimple.h, rtl.h, tree-pass.h ... plus the shims below.
//
// Releases: GCC 12.2 (Debian 12), 14.2 (Debian 13) and 15.3 (Debian
// testing), each checked by the whole suite (make check, check-gcc14,
// check-gcc15).  What differs between them and where it is handled:
//   - attribute tables: GCC 14 registers scoped_attribute_specs slices
//     (cmse_nscall_register_scoped_attribute_table below);
//   - location_t: 64 bits from GCC 15, which renames every GCC function
//     taking one; with register_scoped_attributes' new signature, this is
//     why those are weak references below, so that a plugin loaded into
//     the wrong release still reaches its version check (version.cc);
//   - GCC 14 and 15 header inline code (value-range.h vtables) references
//     functions GCC 12 lacks: only plugin_init and plugin_is_GPL_compatible
//     are exported, the rest is hidden and garbage-collected
//     (CMakeLists.txt);
//   - everything else the plugin uses (GIMPLE and RTL pass classes and
//     helpers, function_arg_info and the calls target hooks, the Arm
//     back end's arm_arch_* flags, arm_active_target, TARGET_* macros,
//     CUMULATIVE_ARGS, cfun->machine->stack_offsets) has the same
//     interface in these three releases; the suite checks its behaviour.
// Options: none.  Limits: another release stops the build with #error
// rather than compiling against an API it was not checked against.

#ifndef CMSE_NSCALL_GCC_H
#define CMSE_NSCALL_GCC_H

// Standard headers must come through GCC's system.h, which poisons some
// libc names after it has included what it was asked for.
#define INCLUDE_STRING
#define INCLUDE_VECTOR
#define INCLUDE_MAP
#include "gcc-plugin.h"
#include "plugin-version.h"

#if GCCPLUGIN_VERSION_MAJOR != 12 && GCCPLUGIN_VERSION_MAJOR != 14 \
    && GCCPLUGIN_VERSION_MAJOR != 15
#error "cmse_nscall: this compatibility header has been checked against GCC 12, 14 and 15 only"
#endif

#include "config.h"
#include "system.h"
#include "coretypes.h"
#include "tm.h"
#include "tree.h"
#include "tree-pass.h"
#include "context.h"
#include "function.h"
#include "basic-block.h"
#include "cfg.h"
#include "cfgrtl.h"
#include "stringpool.h"
#include "attribs.h"
#include "diagnostic.h"
#include "intl.h"
#include "langhooks.h"
#include "stor-layout.h"
#include "print-tree.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "gimple-pretty-print.h"
#include "ssa.h"
#include "cgraph.h"
#include "calls.h"
#include "target.h"
#include "rtl.h"
#include "memmodel.h"
// After rtl.h and tree.h: arm-protos.h declares its RTL and tree
// prototypes only when those headers came first.
#include "tm_p.h"
#include "emit-rtl.h"
#include "expr.h"
#include "insn-config.h"
#include "recog.h"
#include "regs.h"
#include "function-abi.h"
#include "df.h"
#include "output.h"
// The C-family preprocessor (predefine.cc): cpp_define and friends.
#include "cpplib.h"
#include "incpath.h"

// The Arm back-end symbols the plugin uses, as weak references: loaded
// into a compiler for another target (which lacks them), dlopen still
// succeeds and plugin_init's version check reports both compilers, rather
// than GCC's bare "undefined symbol".  Declared in arm-protos.h; defined
// in config/arm/arm.cc.
extern int arm_arch_cmse __attribute__ ((weak));
extern int arm_arch_thumb2 __attribute__ ((weak));
extern int arm_arch7em __attribute__ ((weak));
extern int arm_arch8_1m_main __attribute__ ((weak));
extern struct arm_build_target arm_active_target __attribute__ ((weak));
extern void arm_init_cumulative_args (CUMULATIVE_ARGS *, tree, rtx, tree)
  __attribute__ ((weak));

// The C-family front ends' preprocessor and include chains, likewise weak:
// lto1 has neither (c-family/c-pragma.h, incpath.h; defined in c-opts.cc
// and incpath.cc), and the plugin must still load there.
extern struct cpp_reader *parse_in __attribute__ ((weak));
extern void add_path (char *, incpath_kind, int, bool) __attribute__ ((weak));

// The plugin is built with hidden visibility and --gc-sections
// (CMakeLists.txt): only the two symbols GCC's loader looks up with dlsym
// (plugin.cc try_init_one_plugin) are exported.  Why: every object would
// otherwise export, and so keep, the inline functions and vtables of GCC's
// headers (value-range.h emits vrange's vtables in every file), and with
// them references to GCC functions the plugin never calls, which another
// release may not define.
extern "C" int plugin_is_GPL_compatible __attribute__ ((visibility ("default")));
extern int plugin_init (struct plugin_name_args *, struct plugin_gcc_version *)
  __attribute__ ((visibility ("default")));

// GCC functions the plugin calls whose symbol differs between the
// supported releases, as weak references, for the same reason as the Arm
// symbols above: loaded into another release, dlopen (RTLD_NOW) succeeds
// and plugin_init's version check names both compilers.  GCC 15 widened
// location_t from 32 to 64 bits (line-map.h), which renames every function
// taking one, and gave warning_at a diagnostic_option_id where GCC 12 and
// 14 take an int; GCC 14 changed register_scoped_attributes (below).  Not
// called before the version check has passed.
// Each redeclaration must repeat one of the release's own declarations
// exactly: a declaration that matched none would add an overload that
// exists nowhere (a weak null the calls would prefer), so the
// static_assert first picks the existing overload by exact type, which
// stops the build when there is none.
#define CMSE_NSCALL_WEAK(ret, name, params)                                  \
  static_assert (sizeof (static_cast<ret (*) params> (&name)) != 0,          \
                 #name " has no overload " #params " in this GCC release");   \
  extern ret name params __attribute__ ((weak))
#if GCCPLUGIN_VERSION_MAJOR >= 15
typedef diagnostic_option_id cmse_nscall_option_id;
#else
typedef int cmse_nscall_option_id;
#endif
CMSE_NSCALL_WEAK (bool, warning_at,
                  (location_t, cmse_nscall_option_id, const char *, ...));
CMSE_NSCALL_WEAK (void, error_at, (location_t, const char *, ...));
CMSE_NSCALL_WEAK (rtx_insn *, emit_insn_before_setloc, (rtx, rtx_insn *, location_t));
CMSE_NSCALL_WEAK (void, copy_warning, (location_t, location_t));
#if GCCPLUGIN_VERSION_MAJOR >= 14
CMSE_NSCALL_WEAK (scoped_attributes *, register_scoped_attributes,
                  (const scoped_attribute_specs &, bool));
#else
CMSE_NSCALL_WEAK (scoped_attributes *, register_scoped_attributes,
                  (const attribute_spec *, const char *, bool));
#endif
#undef CMSE_NSCALL_WEAK

// Register a NULL-terminated table of attributes under namespace NS
// ("cmse" for [[cmse::nonsecure_call]]).  Takes TABLE, which must live as
// long as the compiler (GCC keeps pointers to its entries), and NS.
// GCC 12 takes the table itself and stops at the NULL entry (attribs.cc
// register_scoped_attributes).  GCC 14 and 15 take a scoped_attribute_specs
// whose array_slice has no terminator and register every element, so the
// NULL entry must be left out of the slice (it would be hashed by name).
static inline void
cmse_nscall_register_scoped_attribute_table (const attribute_spec *table,
                                             const char *ns)
{
#if GCCPLUGIN_VERSION_MAJOR >= 14
  size_t count = 0;
  while (table[count].name)
    count++;
  const scoped_attribute_specs specs
    = { ns, array_slice<const attribute_spec> (table, count) };
  register_scoped_attributes (specs);
#else
  register_scoped_attributes (table, ns);
#endif
}

// Replace the template of the GIMPLE asm statement STMT by TEXT (copied
// into GC memory, as gimple_build_asm_vec does).  GCC has no setter: the
// field is gasm::string (gimple.h).
static inline void
cmse_nscall_gimple_asm_set_string (gasm *stmt, const char *text)
{
  stmt->string = ggc_strdup (text);
}

#endif // CMSE_NSCALL_GCC_H
