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
#include "memmodel.h"
#include "tm_p.h"
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
#include "emit-rtl.h"
#include "expr.h"
#include "insn-config.h"
#include "recog.h"
#include "regs.h"
#include "df.h"
#include "output.h"

#endif // CMSE_NSCALL_GCC_H
