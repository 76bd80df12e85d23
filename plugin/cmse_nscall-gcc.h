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
// Options: none.  Limits: written for GCC 12.2 (GCCPLUGIN_VERSION 12002);
// a release without a shim here stops the build with #error rather than
// compiling against an API it was not checked against.

#ifndef CMSE_NSCALL_GCC_H
#define CMSE_NSCALL_GCC_H

// Standard headers must come through GCC's system.h, which poisons some
// libc names after it has included what it was asked for.
#define INCLUDE_STRING
#define INCLUDE_VECTOR
#define INCLUDE_MAP
#include "gcc-plugin.h"
#include "plugin-version.h"

#if GCCPLUGIN_VERSION_MAJOR != 12
#error "cmse_nscall: this compatibility header has been checked against GCC 12 only"
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

// Register a NULL-terminated table of attributes under namespace NS
// ("cmse" for [[cmse::nonsecure_call]]).  GCC 12 takes the table itself;
// GCC 14 changed this to scoped_attribute_specs arrays.
static inline void
cmse_nscall_register_scoped_attribute_table (const attribute_spec *table,
                                             const char *ns)
{
  register_scoped_attributes (table, ns);
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
