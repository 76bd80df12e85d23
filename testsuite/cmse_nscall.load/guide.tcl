# SPDX-License-Identifier: GPL-3.0-or-later
#
# guide.tcl - sourced by load.exp: the option list of the user guide
# (docs/options.md, its table "| option | help line |") and of the man page
# made from it (cmse_nscall.7 in the build tree, docs/man.sh) are exactly
# what -fplugin-arg-cmse_nscall-help prints: the same options, in the same
# order, each with the same help line, character for character.  Nothing is
# tolerated: an option missing on either side, an extra one, a reworded
# line, or a help output or table row in an unexpected layout fails.
#
# Example result: "PASS: load: guide: docs/options.md lists exactly the
#   options and help lines of help".
# Limits: the man page is checked when it was built (go-md2man installed,
#   see CMakeLists.txt); otherwise that check is UNSUPPORTED.

# The {KEY HELP KEY HELP ...} list of the help output TEXT, whose layout is:
# one heading line, then per option "  KEY" and "      HELP LINE".  Returns
# {error WHY} when any line does not fit that layout.
proc guide_help_options { text } {
    set lines [split [string trimright $text \n] \n]
    set options {}
    set key ""
    foreach line [lrange $lines 1 end] {
        if {$key eq "" && [regexp {^  (\S+)$} $line -> k]} {
            set key $k
        } elseif {$key ne "" && [regexp {^      (\S.*)$} $line -> help]} {
            lappend options $key $help
            set key ""
        } else {
            return [list error "unexpected help line {$line}"]
        }
    }
    if {$key ne "" || $options eq ""} {
        return [list error "help output ends early or lists nothing"]
    }
    return $options
}

# The {KEY HELP ...} list of the table that follows the line
# "| option | help line |" in the Markdown file PATH.
proc guide_doc_options { path } {
    set f [open $path r]; set lines [split [read $f] \n]; close $f
    set at [lsearch -exact $lines "| option | help line |"]
    if {$at < 0 || [lindex $lines [expr {$at + 1}]] ne "|---|---|"} {
        return [list error "no option table in $path"]
    }
    set options {}
    foreach line [lrange $lines [expr {$at + 2}] end] {
        if {![string match "|*" $line]} {
            break
        }
        if {![regexp {^\| `([^`]+)` \| (\S.*\S) \|$} $line -> key help]} {
            return [list error "unexpected table row {$line}"]
        }
        lappend options $key $help
    }
    return $options
}

# The {KEY HELP ...} list of the first table of section OPTIONS of the man
# page PATH, as go-md2man writes it: "\fB\fCKEY\fR<tab>HELP" or
# "\fB\fCKEY\fR<tab>T{", HELP, "T}"; the first row is the heading.
proc guide_man_options { path } {
    set f [open $path r]; set text [read $f]; close $f
    if {![regexp {\n\.SH OPTIONS\n.*?\n\.TS\n(.*?)\n\.TE\n} $text -> table]} {
        return [list error "no table in section OPTIONS of $path"]
    }
    # Join the T{ ... T} text blocks to their rows.
    regsub -all {T\{\n([^\n]*)\nT\}} $table {\1} table
    set rows [split $table \n]
    # Format lines up to the one ending in ".", then the heading row.
    set format_end [lsearch -regexp $rows {\.$}]
    if {$format_end < 0} {
        return [list error "no table format in $path"]
    }
    set options {}
    foreach row [lrange $rows [expr {$format_end + 2}] end] {
        # go-md2man 2.0.2 (Debian 12) writes a code span as \fB\fC...\fR,
        # 2.0.6 (Debian 13 and later) as \fB...\fR.
        if {![regexp {^\\fB(?:\\fC)?([^\\]+)\\fR\t(\S.*)$} $row -> key help]} {
            return [list error "unexpected man table row {$row}"]
        }
        lappend options $key [string map {\\- - \\& "" \\(aq '} $help]
    }
    return $options
}

set rc [cmse_nscall_run_tool [list $CMSE_NSCALL_CC -fplugin=$CMSE_NSCALL_PLUGIN \
    -fplugin-arg-cmse_nscall-help -fsyntax-only -x c /dev/null]]
set help_options [guide_help_options [lindex $rc 1]]
load_expect "guide: help prints one heading, then each option and its one help line" \
    [expr {[lindex $rc 0] == 0 && [lindex $help_options 0] ne "error"}] \
    "$rc: $help_options"

set docs [file join [file dirname $srcdir] docs options.md]
set doc_options [guide_doc_options $docs]
load_expect "guide: docs/options.md lists exactly the options and help lines of help" \
    [expr {[lindex $help_options 0] ne "error" && $doc_options eq $help_options}] \
    "guide: {$doc_options}\nhelp: {$help_options}"

set man [file join [file dirname $CMSE_NSCALL_PLUGIN] cmse_nscall.7]
if {[file exists $man]} {
    set man_options [guide_man_options $man]
    load_expect "guide: the man page cmse_nscall(7) lists exactly the options and help lines of help" \
        [expr {[lindex $help_options 0] ne "error" && $man_options eq $help_options}] \
        "man: {$man_options}\nhelp: {$help_options}"
} else {
    unsupported "load: guide: the man page cmse_nscall(7) lists exactly the options and help lines of help (not built: go-md2man missing)"
}
