// SPDX-License-Identifier: GPL-3.0-or-later
// misuse-specialization-cxx11.cc - misuse corpus: the same with the C++11
// spelling: the marked type must keep its mark as a template argument (no
// "ignoring attributes" warning) and select its own specialisation.
// The compiler must not crash (a crash is a FAIL by itself).
// { dg-do compile }

using ns_ptr = int (*) (int) [[cmse::nonsecure_call]];
template <typename T> struct is_ns { static const bool value = false; };
template <> struct is_ns<ns_ptr> { static const bool value = true; };
static_assert (is_ns<ns_ptr>::value, "marked");
static_assert (!is_ns<int (*) (int)>::value, "unmarked");
