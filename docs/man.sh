#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# man.sh - make the man page cmse_nscall(7) from the reference pages of the
# user guide, so the two cannot say different things: the page is
# man-page.md (name, synopsis, description, see also) with these guide
# pages, in this order, in place of its line "<!-- guide pages -->",
# converted by go-md2man.
#
# Example (CMake runs it in docs/ at build time):
#   sh man.sh /usr/bin/go-md2man 0.1.0 ../build/cmse_nscall.7 /usr/share/doc/cmse_nscall
#   man -l ../build/cmse_nscall.7
# Options: $1 go-md2man, $2 the project version (the page footer), $3 the
#   output file, $4 where the guide's pages are installed (CMake's
#   CMAKE_INSTALL_FULL_DOCDIR), named by the page for its "docs/" references.
# Changes made on the way: links to other guide pages ("[text](page.md)")
#   become "text (docs/page.md)", or "docs/page.md" when the text is the
#   page's name; each page's "# Title" becomes an upper-case
#   section; a line "Purpose: ..." before a page's title is dropped.
# Limits: GNU sed (\U).
set -eu
md2man=$1 version=$2 out=$3 docdir=$4
pages="options.md header.md secure-firmware.md limitations.md diagnostics.md"
tmp=$out.md
guide_pages() {
  for page in $pages; do
    echo
    sed -e '/^Purpose: /d' \
        -e 's/^# \(.*\)/# \U\1/' \
        -e 's/\[\([^]]*\.md\)\](\1)/docs\/\1/g' \
        -e 's/\[\([^]]*\)\](\([^)#]*\.md\)\(#[^)]*\)\{0,1\})/\1 (docs\/\2)/g' \
        "$page"
  done
}
{
  sed -n "/^<!-- guide pages -->/q; s|@VERSION@|$version|g; s|@DOCDIR@|$docdir|g; p" man-page.md
  guide_pages
  echo
  sed -n '/^<!-- guide pages -->/,$p' man-page.md | sed 1d | sed "s|@DOCDIR@|$docdir|g"
} > "$tmp"
"$md2man" -in "$tmp" -out "$out"
rm -f "$tmp"
