# SPDX-License-Identifier: GPL-3.0-or-later
#
# header.tcl - sourced by load.exp: the public header <cmse_nscall.h> and
# the predefined macro __CMSE_NSCALL__ (docs/header.md, docs/options.md).
#   1. With the plugin, "#include <cmse_nscall.h>" needs no -I: the plugin
#      adds <its folder>/cmse_nscall/include (checked with -H).
#   2. header-use.c/.cc gives three non-secure calls with the plugin (with
#      and without -mcmse), with GCC's own -mcmse (calls to libgcc's
#      __gnu_cmse_nonsecure_call) and with Clang's -mcmse (blxns), C and C++,
#      and CMSE_NSCALL_BY_PLUGIN is 1 only with the plugin.
#   3. Without -mcmse and without the plugin, or with the plugin disabled
#      and no -mcmse, or with CMSE_NSCALL_REQUIRE_PLUGIN and no plugin, the
#      header stops the compilation with one #error saying why.
#   4. __CMSE_NSCALL__ is the plugin's version number in C and C++, absent
#      with -fplugin-arg-cmse_nscall-disable and with -undef.
#   5. The plugin still loads into lto1 (no preprocessor there).
# Uses modes_version_number, set by modes.tcl, which load.exp sources first.
# Clang: "clang" from PATH (Debian's clang package); without it the Clang
# checks are UNSUPPORTED, never passed.
#
# Example result: "PASS: load: header: header-use.c, GCC -mcmse: three
#   non-secure calls, BY_PLUGIN 0".

set header_dir [file join [file dirname $CMSE_NSCALL_PLUGIN] cmse_nscall include]
set header_cpu {-mcpu=cortex-m33 -O2}
set header_clang [auto_execok clang]
set header_clang_target {--target=thumbv8m.main-none-eabi -mcpu=cortex-m33 -O2}

# Compile SOURCE to assembly with the command DRIVER + OPTIONS.  Returns
# {status stderr assembly}.
proc header_compile { driver options source } {
    set out [file join [pwd] header-[file tail $source].s]
    file delete $out
    set rc [cmse_nscall_run_tool [list {*}$driver {*}$options -S $source -o $out]]
    set text ""
    if {[file exists $out]} {
        set f [open $out r]; set text [read $f]; close $f
    }
    return [list [lindex $rc 0] [lindex $rc 1] $text]
}

# Count the instructions of TEXT that match the regexp PATTERN.
proc header_count { pattern text } {
    return [regexp -all -line -- $pattern $text]
}

# -- 1. Found with no -I -------------------------------------------------
set rc [cmse_nscall_run_tool [list $CMSE_NSCALL_CC {*}$header_cpu \
    -fplugin=$CMSE_NSCALL_PLUGIN -DEXPECT_BY_PLUGIN=1 -H -fsyntax-only \
    $srcdir/$subdir/header-use.c]]
load_expect "header: found without -I in the plugin's folder cmse_nscall/include" \
    [expr {[lindex $rc 0] == 0
           && [string first ". $header_dir/cmse_nscall.h" [lindex $rc 1]] >= 0}] $rc

# -- 2. One source, every compiler ----------------------------------------
set plugin_arg -fplugin=$CMSE_NSCALL_PLUGIN
foreach {lang driver} [list c $CMSE_NSCALL_CC c++ $CMSE_NSCALL_CXX] {
    set source $srcdir/$subdir/[expr {$lang eq "c" ? "header-use.c" : "header-use.cc"}]
    set tail [file tail $source]
    foreach {what options} [list \
        "plugin" [list {*}$header_cpu $plugin_arg -DEXPECT_BY_PLUGIN=1] \
        "plugin -mcmse" [list {*}$header_cpu -mcmse $plugin_arg -DEXPECT_BY_PLUGIN=1]] {
        set rc [header_compile $driver $options $source]
        load_expect "header: $tail, $what: three hardened non-secure calls, BY_PLUGIN 1" \
            [expr {[lindex $rc 0] == 0 && [lindex $rc 1] eq ""
                   && [header_count {^\s+blxns\s} [lindex $rc 2]] == 3
                   && [header_count {__gnu_cmse_nonsecure_call} [lindex $rc 2]] == 0}] \
            [lrange $rc 0 1]
    }
    set rc [header_compile $driver [list {*}$header_cpu -mcmse -I$header_dir \
                                        -DEXPECT_BY_PLUGIN=0] $source]
    load_expect "header: $tail, GCC -mcmse: three non-secure calls, BY_PLUGIN 0" \
        [expr {[lindex $rc 0] == 0 && [lindex $rc 1] eq ""
               && [header_count {^\s+bl\s+__gnu_cmse_nonsecure_call} [lindex $rc 2]] == 3}] \
        [lrange $rc 0 1]
    if {$header_clang ne ""} {
        set clang_driver [expr {$lang eq "c" ? [list clang -x c] : [list clang -x c++]}]
        set rc [header_compile $clang_driver [list {*}$header_clang_target -mcmse \
                    -I$header_dir -DEXPECT_BY_PLUGIN=0] $source]
        load_expect "header: $tail, Clang -mcmse: three non-secure calls, BY_PLUGIN 0" \
            [expr {[lindex $rc 0] == 0 && [lindex $rc 1] eq ""
                   && [header_count {^\s+blxns\s} [lindex $rc 2]] == 3}] [lrange $rc 0 1]
        set rc [header_compile $clang_driver [list {*}$header_clang_target \
                    -I$header_dir -DEXPECT_BY_PLUGIN=0] $source]
        load_expect "header: $tail, Clang without -mcmse: one #error" \
            [expr {[lindex $rc 0] != 0
                   && [regexp -all {error:} [lindex $rc 1]] == 1
                   && [regexp {error: "cmse_nscall.h: non-secure calls need -fplugin=cmse_nscall or -mcmse} [lindex $rc 1]]}] \
            [lrange $rc 0 1]
    } else {
        unsupported "load: header: $tail, Clang -mcmse (no clang in PATH)"
        unsupported "load: header: $tail, Clang without -mcmse (no clang in PATH)"
    }
}

# The positions only the plugin honours.
set source $srcdir/$subdir/header-plugin-only.c
set rc [header_compile $CMSE_NSCALL_CC [list {*}$header_cpu $plugin_arg] $source]
load_expect "header: member and cast with the plugin: two hardened non-secure calls" \
    [expr {[lindex $rc 0] == 0 && [lindex $rc 1] eq ""
           && [header_count {^\s+blxns\s} [lindex $rc 2]] == 2}] [lrange $rc 0 1]

# -- 3. No protection, no compilation --------------------------------------
# Each case: name, compiler options, the one error's text.
foreach {what options message source} [list \
    "neither plugin nor -mcmse" [list {*}$header_cpu -I$header_dir -DEXPECT_BY_PLUGIN=0] \
        {#error "cmse_nscall.h: non-secure calls need -fplugin=cmse_nscall or -mcmse} \
        header-use.c \
    "plugin disabled, no -mcmse" [list {*}$header_cpu $plugin_arg \
        -fplugin-arg-cmse_nscall-disable -DEXPECT_BY_PLUGIN=0] \
        {#error "cmse_nscall.h: the cmse_nscall plugin is loaded with -fplugin-arg-cmse_nscall-disable and -mcmse is not given} \
        header-use.c \
    "CMSE_NSCALL_REQUIRE_PLUGIN, GCC -mcmse" [list {*}$header_cpu -mcmse -I$header_dir] \
        {#error "cmse_nscall.h: CMSE_NSCALL_REQUIRE_PLUGIN is defined but the cmse_nscall plugin is not loaded} \
        header-plugin-only.c \
    "CMSE_NSCALL_REQUIRE_PLUGIN, plugin disabled" [list {*}$header_cpu -mcmse $plugin_arg \
        -fplugin-arg-cmse_nscall-disable] \
        {#error "cmse_nscall.h: CMSE_NSCALL_REQUIRE_PLUGIN is defined but the cmse_nscall plugin is loaded with -fplugin-arg-cmse_nscall-disable} \
        header-plugin-only.c] {
    set rc [header_compile $CMSE_NSCALL_CC $options $srcdir/$subdir/$source]
    load_expect "header: $what: one #error saying why" \
        [expr {[lindex $rc 0] != 0 && [regexp -all {error:} [lindex $rc 1]] == 1
               && [string first "error: $message" [lindex $rc 1]] >= 0}] [lrange $rc 0 1]
}
# Disabled with -mcmse: GCC's own expansion, and the header says so.
set rc [header_compile $CMSE_NSCALL_CC [list {*}$header_cpu -mcmse $plugin_arg \
    -fplugin-arg-cmse_nscall-disable -DEXPECT_BY_PLUGIN=0] $srcdir/$subdir/header-use.c]
load_expect "header: plugin disabled with -mcmse: GCC's own calls, BY_PLUGIN 0" \
    [expr {[lindex $rc 0] == 0 && [lindex $rc 1] eq ""
           && [header_count {^\s+bl\s+__gnu_cmse_nonsecure_call} [lindex $rc 2]] == 3}] \
    [lrange $rc 0 1]

# -- 4. The predefined macro ------------------------------------------------
# The macro lines of "-dM -E" for DRIVER with OPTIONS, on an empty source.
proc header_macro { driver lang options } {
    set rc [cmse_nscall_run_tool [list $driver -mcpu=cortex-m33 {*}$options \
                -dM -E -x $lang /dev/null]]
    return [list [lindex $rc 0] [regexp -all -inline -line {^#define __CMSE_NSCALL__.*$} [lindex $rc 2]]]
}
foreach {lang driver} [list c $CMSE_NSCALL_CC c++ $CMSE_NSCALL_CXX] {
    set rc [header_macro $driver $lang [list $plugin_arg]]
    load_expect "predefine: $lang: __CMSE_NSCALL__ is the version number $modes_version_number" \
        [expr {[lindex $rc 0] == 0 && $modes_version_number ne ""
               && [lindex $rc 1] eq [list "#define __CMSE_NSCALL__ $modes_version_number"]}] $rc
    set rc [header_macro $driver $lang [list $plugin_arg -fplugin-arg-cmse_nscall-disable]]
    load_expect "predefine: $lang: not defined with disable" \
        [expr {[lindex $rc 0] == 0 && [lindex $rc 1] eq ""}] $rc
    set rc [header_macro $driver $lang [list $plugin_arg -undef]]
    load_expect "predefine: $lang: not defined with -undef" \
        [expr {[lindex $rc 0] == 0 && [lindex $rc 1] eq ""}] $rc
    set rc [header_macro $driver $lang {}]
    load_expect "predefine: $lang: not defined without the plugin" \
        [expr {[lindex $rc 0] == 0 && [lindex $rc 1] eq ""}] $rc
}
# A -D of the same name after it: GCC's usual redefinition warning, the
# user's value wins (the macro is defined before the command line's).
# GCC 15's preprocessor quotes the name with '' where 12 and 14 use "".
if {[cmse_nscall_gcc_major] >= 15} {
    set header_redefined_warning {warning: '__CMSE_NSCALL__' redefined}
} else {
    set header_redefined_warning {warning: "__CMSE_NSCALL__" redefined}
}
set rc [cmse_nscall_run_tool [list $CMSE_NSCALL_CC -mcpu=cortex-m33 $plugin_arg \
    -D__CMSE_NSCALL__=7 -dD -E -x c /dev/null]]
load_expect "predefine: a -D of the same name redefines it, with GCC's warning" \
    [expr {[lindex $rc 0] == 0
           && [regexp {\n#define __CMSE_NSCALL__ [0-9]+\n.*\n#define __CMSE_NSCALL__ 7\n} [lindex $rc 2]]
           && [regexp $header_redefined_warning [lindex $rc 1]]}] [lrange $rc 0 1]

# -- 5. lto1 ---------------------------------------------------------------
set obj [file join [pwd] header-lto.o]
set rc [cmse_nscall_run_tool [list $CMSE_NSCALL_CC -mcpu=cortex-m33 -O2 -flto \
    -c $srcdir/$subdir/plain.c -o $obj]]
if {[lindex $rc 0] == 0} {
    set rc [cmse_nscall_run_tool [list $CMSE_NSCALL_CC -mcpu=cortex-m33 -O2 -flto \
        $plugin_arg -fplugin-arg-cmse_nscall-version -nostdlib -Wl,--entry=0 \
        $obj -o [file join [pwd] header-lto.elf]]]
}
load_expect "predefine: the plugin loads into lto1, which has no preprocessor" \
    [expr {[lindex $rc 0] == 0
           && [regexp -all -line {^cmse_nscall [0-9.]+, built for GCC} [lindex $rc 1]] >= 1
           && [cmse_nscall_crash_reason [lindex $rc 1] [lindex $rc 0]] eq ""}] $rc
