// The wide-character ncurses API. SwiftPM drops pkg-config's defines, so the wide API is
// switched on here, before the header is read.
#ifndef TILL_CNCURSESW_SHIM_H
#define TILL_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import ncurses' macros and its global variables (some of which are macros over
// functions in reentrant builds), so these small wrappers give them a function each.

/// Sets the locale from the environment, falling back to C.UTF-8; returns 1 when a locale was set.
static inline int till_setlocale(void) {
    if (setlocale(LC_ALL, "") != NULL) { return 1; }
    return setlocale(LC_ALL, "C.UTF-8") != NULL ? 1 : 0;
}

/// `newterm` on stdout/stdin; NULL `term` means $TERM. NULL when the terminal type is unknown.
static inline SCREEN *till_newterm(const char *term) { return newterm(term, stdout, stdin); }

static inline WINDOW *till_stdscr(void) { return stdscr; }
static inline int till_lines(void) { return LINES; }
static inline int till_cols(void) { return COLS; }
static inline int till_colors(void) { return COLORS; }
static inline int till_color_pairs(void) { return COLOR_PAIRS; }
static inline int till_err(void) { return ERR; }
static inline int till_ok(void) { return OK; }
static inline int till_key_code_yes(void) { return KEY_CODE_YES; }

static inline void till_getmaxyx(int *rows, int *columns) {
    int y = 0, x = 0;
    getmaxyx(stdscr, y, x);
    *rows = y;
    *columns = x;
}

static inline attr_t till_attr_bold(void) { return A_BOLD; }
static inline attr_t till_attr_reverse(void) { return A_REVERSE; }
static inline attr_t till_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t till_attr_normal(void) { return A_NORMAL; }

/// Sets up the input mode the till wants: no echo, keys as they come, function keys decoded,
/// a short read timeout so the loop can tick.
static inline void till_configure_input(int timeoutMilliseconds) {
    cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(25);
    wtimeout(stdscr, timeoutMilliseconds);
    curs_set(0);
}

/// Reads one key; returns OK (a character in *key), KEY_CODE_YES (a function key code in *key),
/// or ERR (nothing arrived within the timeout).
static inline int till_read_key(unsigned int *key) {
    wint_t value = 0;
    int result = wget_wch(stdscr, &value);
    *key = (unsigned int)value;
    return result;
}

/// Writes one cell: up to CCHARW_MAX code points (a base character and its combining marks).
static inline int till_put_cell(int row, int column, const wchar_t *text, attr_t attributes, int pair) {
    cchar_t cell;
    int extendedPair = pair;
    if (setcchar(&cell, text, attributes, 0, &extendedPair) == ERR) { return ERR; }
    return mvwadd_wch(stdscr, row, column, &cell);
}

static inline int till_ccharw_max(void) { return CCHARW_MAX; }

/// The function-key codes Till reacts to.
static inline int till_key_resize(void) { return KEY_RESIZE; }
static inline int till_key_enter(void) { return KEY_ENTER; }
static inline int till_key_backspace(void) { return KEY_BACKSPACE; }
static inline int till_key_dc(void) { return KEY_DC; }
static inline int till_key_up(void) { return KEY_UP; }
static inline int till_key_down(void) { return KEY_DOWN; }
static inline int till_key_left(void) { return KEY_LEFT; }
static inline int till_key_right(void) { return KEY_RIGHT; }
static inline int till_key_home(void) { return KEY_HOME; }
static inline int till_key_end(void) { return KEY_END; }
static inline int till_key_npage(void) { return KEY_NPAGE; }
static inline int till_key_ppage(void) { return KEY_PPAGE; }
static inline int till_key_btab(void) { return KEY_BTAB; }
static inline int till_key_f0(void) { return KEY_F0; }
#endif
