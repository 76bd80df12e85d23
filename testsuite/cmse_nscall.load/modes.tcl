# SPDX-License-Identifier: GPL-3.0-or-later
#
# modes.tcl - sourced by load.exp: the plugin in every mode a build runs the
# compiler in.  For C (gcc), C++ (g++) and assembler with C preprocessing
# (.S, where the driver's "cc1 -E -lang-asm" loads the plugin) each mode is
# run without and with -fplugin, and must give the same status (0), the same
# stdout, the same files and no diagnostic at all; the one allowed
# difference is the line "#define __CMSE_NSCALL__ N" where macros are dumped
# (-dM).  Modes: -E, -E -dM, -M, -MM, -MD/-MMD beside -c, -fsyntax-only (C,
# C++), -save-temps=obj -c (every intermediate file compared).
# A second run of each mode with -fplugin-arg-cmse_nscall-version must print
# the version line (once per cc1 run), which proves the plugin really was
# loaded in that mode: a comparison with an unloaded plugin proves nothing.
#
# Example result: "PASS: load: mode -MM mode-asm.S: same output, files and
#   diagnostics with the plugin".
# Limits: no -flto (docs/lto.md has its own tests); Debian's
#   arm-none-eabi-g++ compiles, the C++ library is not needed.

set modes_flags {-mcpu=cortex-m33 -mcmse -O2}

# The version line of the built plugin, and its number MAJOR*10000 +
# MINOR*100 + PATCH (what __CMSE_NSCALL__ must be).
set rc [cmse_nscall_run_tool [list $CMSE_NSCALL_CC -fplugin=$CMSE_NSCALL_PLUGIN \
    -fplugin-arg-cmse_nscall-version -fsyntax-only -x c /dev/null]]
if {[regexp {^cmse_nscall ([0-9]+)\.([0-9]+)\.([0-9]+),} [lindex $rc 1] -> v1 v2 v3]} {
    set modes_version_number [expr {$v1 * 10000 + $v2 * 100 + $v3}]
} else {
    set modes_version_number ""
}
load_expect "the version line gives the plugin's version number" \
    [expr {$modes_version_number ne ""}] $rc

# Run DRIVER on SOURCE with the mode's OPTIONS in a fresh folder TAG,
# with the plugin when PLUGIN is 1.  Returns {status stderr stdout files},
# files being a dict of the file names created in the folder (folder name
# replaced by "@") and their contents.
proc modes_run { tag driver source options plugin } {
    global CMSE_NSCALL_PLUGIN modes_flags
    set dir [file join [pwd] modes-$tag]
    file delete -force $dir
    file mkdir $dir
    set cmd [list $driver {*}$modes_flags]
    if {$plugin} {
        lappend cmd -fplugin=$CMSE_NSCALL_PLUGIN
    }
    foreach option $options {
        lappend cmd [string map [list @ $dir] $option]
    }
    lappend cmd $source
    set rc [cmse_nscall_run_tool $cmd]
    set files [dict create]
    foreach path [lsort [glob -nocomplain -directory $dir *]] {
        set f [open $path r]
        fconfigure $f -translation binary
        set text [read $f]
        close $f
        dict set files [file tail $path] [string map [list $dir @] $text]
    }
    return [list [lindex $rc 0] [lindex $rc 1] \
                [string map [list $dir @] [lindex $rc 2]] $files]
}

# Lines of TEXT that are not lines of BASE (both split on newlines).
proc modes_added_lines { base text } {
    set seen [dict create]
    foreach line [split $base \n] { dict set seen $line 1 }
    set added {}
    foreach line [split $text \n] {
        if {![dict exists $seen $line]} { lappend added $line }
    }
    return $added
}

# Compare one mode without and with the plugin.  DUMPS_MACROS says whether
# stdout is a macro dump, which must differ by exactly the predefined macro.
# RUNS is the number of cc1 runs the mode makes (version lines expected).
proc modes_check { name driver source options dumps_macros runs {writes 1} } {
    global modes_version_number
    set native [modes_run n $driver $source $options 0]
    set plugin [modes_run p $driver $source $options 1]
    set what "mode $name [file tail $source]"
    set reason [cmse_nscall_crash_reason [lindex $plugin 1] [lindex $plugin 0]]
    if {$reason ne ""} {
        fail "load: $what: same output, files and diagnostics with the plugin ($reason)"
        return
    }
    set ok [expr {[lindex $native 0] == 0 && [lindex $plugin 0] == 0
                  && [lindex $native 1] eq "" && [lindex $plugin 1] eq ""
                  && [lindex $native 3] eq [lindex $plugin 3]}]
    if {$dumps_macros} {
        set added [modes_added_lines [lindex $native 2] [lindex $plugin 2]]
        set removed [modes_added_lines [lindex $plugin 2] [lindex $native 2]]
        set ok [expr {$ok && $removed eq ""
                      && $added eq [list "#define __CMSE_NSCALL__ $modes_version_number"]}]
        set detail "added lines {$added}, removed lines {$removed}"
    } else {
        set ok [expr {$ok && [lindex $native 2] eq [lindex $plugin 2]}]
        set detail "outputs differ"
    }
    # A mode that should write something but wrote nothing would compare
    # equal whatever the plugin did; -fsyntax-only (WRITES 0) must write
    # nothing at all.
    set wrote [expr {[lindex $native 2] ne "" || [dict size [lindex $native 3]] > 0}]
    set ok [expr {$ok && $wrote == $writes}]
    load_expect "$what: same output, files and diagnostics with the plugin" $ok \
        "native {[lrange $native 0 1]} plugin {[lrange $plugin 0 1]}: $detail"

    set loaded [modes_run v $driver $source \
                    [concat $options -fplugin-arg-cmse_nscall-version] 1]
    set lines [regexp -all -line {^cmse_nscall [0-9.]+, built for GCC} [lindex $loaded 1]]
    load_expect "$what: the plugin is loaded in this mode ($runs cc1 run(s))" \
        [expr {[lindex $loaded 0] == 0 && $lines == $runs}] [lrange $loaded 0 1]
}

set c_source $srcdir/$subdir/plain.c
set cxx_source $srcdir/$subdir/plain.cc
set asm_source $srcdir/$subdir/mode-asm.S
foreach {driver source} [list $CMSE_NSCALL_CC $c_source $CMSE_NSCALL_CXX $cxx_source \
                             $CMSE_NSCALL_CC $asm_source] {
    modes_check "-E" $driver $source {-E -o @/out.i} 0 1
    modes_check "-E -dM" $driver $source {-E -dM} 1 1
    modes_check "-M" $driver $source {-M} 0 1
    modes_check "-MM" $driver $source {-MM} 0 1
    modes_check "-c -MD" $driver $source {-c -MD -MF @/out.d -o @/out.o} 0 1
    modes_check "-c -MMD" $driver $source {-c -MMD -MF @/out.d -o @/out.o} 0 1
    if {$source ne $asm_source} {
        modes_check "-fsyntax-only" $driver $source {-fsyntax-only} 0 1 0
        # -save-temps: cc1 -E, then cc1 -fpreprocessed on the .i/.ii.
        modes_check "-save-temps" $driver $source {-save-temps=obj -c -o @/out.o} 0 2
    } else {
        # -save-temps of a .S: one cc1 -E, then the assembler.
        modes_check "-save-temps" $driver $source {-save-temps=obj -c -o @/out.o} 0 1
    }
}
