// The wide-character ncurses API. SwiftPM drops pkg-config's defines, so the wide API is
// switched on here, before the header is read.
#ifndef TILL_CNCURSESW_SHIM_H
#define TILL_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
#endif
