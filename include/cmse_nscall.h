/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cmse_nscall.h - mark a function type or a pointer to function as a call
 * into Non-secure code (Armv8-M Security Extension), the same way for the
 * cmse_nscall GCC plugin, for GCC's own -mcmse and for Clang's -mcmse.
 *
 * Example (C or C++):
 *     #include <cmse_nscall.h>
 *     typedef int CMSE_NSCALL ns_fn (int);        // a function type
 *     typedef int CMSE_NSCALL (*ns_ptr) (int);    // a pointer type
 *     int call (ns_ptr p, int x) { return p (x); }
 * Before/after: with "-mcmse -fplugin=cmse_nscall" the macro is
 * __attribute__((__cmse_nscall__)) and the plugin expands the call into
 * its hardened inline sequence; with "-mcmse" alone (GCC or Clang) it is
 * __attribute__((__cmse_nonsecure_call__)), the compiler's own sequence;
 * with neither, including this header is an error, so a build never loses
 * the protection silently by a flag that went missing.
 *
 * What it defines:
 *   CMSE_NSCALL             the mark
 *   CMSE_NSCALL_BY_PLUGIN   1 when the plugin expands the marked calls,
 *                           0 when the compiler's own -mcmse does
 * Options (define before the #include):
 *   CMSE_NSCALL_REQUIRE_PLUGIN   make it an error to build without the
 *                                plugin (for firmware that relies on its
 *                                hardening, docs/header.md)
 * Found without -I when the plugin is loaded (it adds the directory it is
 * installed in, <plugin dir>/cmse_nscall/include); Clang and GCC without the
 * plugin need -I <that directory>, or the helpers of docs/build-systems.md.
 *
 * Limits: GCC and Clang (the GNU attribute syntax).  GCC's own -mcmse
 * honours the mark only in a typedef or a variable declaration: on a
 * structure member or in a cast it only warns "attribute ignored" and the
 * call is an ordinary one.  Declare the type once with a typedef and use
 * that name for members and casts; with the plugin every position works.
 */

#ifndef CMSE_NSCALL_PUBLIC_H
#define CMSE_NSCALL_PUBLIC_H

/* Whether the plugin's spelling is known although __CMSE_NSCALL__ is not
   defined: the plugin is loaded with -fplugin-arg-cmse_nscall-disable. */
#undef __CMSE_NSCALL_H_DISABLED
#if defined(__has_attribute) && !defined(__CMSE_NSCALL__)
#  if __has_attribute(__cmse_nscall__)
#    define __CMSE_NSCALL_H_DISABLED 1
#  endif
#endif

#if !defined(__GNUC__)
#  error "cmse_nscall.h: __GNUC__ is not defined: the compiler is neither GCC nor Clang, or -undef removed the predefined macros"
#elif defined(__CMSE_NSCALL__)
   /* The plugin is loaded and enabled: its own spelling, honoured with and
      without -mcmse and in every declarator position. */
#  define CMSE_NSCALL __attribute__((__cmse_nscall__))
#  define CMSE_NSCALL_BY_PLUGIN 1
#elif defined(CMSE_NSCALL_REQUIRE_PLUGIN) && defined(__CMSE_NSCALL_H_DISABLED)
#  error "cmse_nscall.h: CMSE_NSCALL_REQUIRE_PLUGIN is defined but the cmse_nscall plugin is loaded with -fplugin-arg-cmse_nscall-disable"
#elif defined(CMSE_NSCALL_REQUIRE_PLUGIN)
#  error "cmse_nscall.h: CMSE_NSCALL_REQUIRE_PLUGIN is defined but the cmse_nscall plugin is not loaded: add -fplugin=cmse_nscall"
#elif defined(__ARM_FEATURE_CMSE) && (__ARM_FEATURE_CMSE & 2)
   /* ACLE: bit 1 of __ARM_FEATURE_CMSE is set when compiling Secure code
      (-mcmse); GCC and Clang then know cmse_nonsecure_call. */
#  define CMSE_NSCALL __attribute__((__cmse_nonsecure_call__))
#  define CMSE_NSCALL_BY_PLUGIN 0
#elif defined(__CMSE_NSCALL_H_DISABLED)
#  error "cmse_nscall.h: the cmse_nscall plugin is loaded with -fplugin-arg-cmse_nscall-disable and -mcmse is not given: nothing would make these calls non-secure"
#else
#  error "cmse_nscall.h: non-secure calls need -fplugin=cmse_nscall or -mcmse (with an Armv8-M -mcpu or -march); without either a marked call would be an ordinary call into Non-secure code"
#endif
#undef __CMSE_NSCALL_H_DISABLED

/* After an #error the compilation fails whatever follows; an empty mark
   keeps the rest of the file from burying that one message under
   follow-on errors. */
#if !defined(CMSE_NSCALL)
#  define CMSE_NSCALL
#  define CMSE_NSCALL_BY_PLUGIN 0
#endif

#endif /* CMSE_NSCALL_PUBLIC_H */
