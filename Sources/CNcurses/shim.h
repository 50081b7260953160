// ncursesw for Swift. SwiftPM drops ncursesw's pkg-config cflags, so ask for the wide API here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>

// Swift 6 cannot use C globals (not concurrency-safe) or function-like/bit macros, so each one
// the Terminal target needs gets a `static inline` accessor here. Call them on the main actor only.

// Globals.
static inline WINDOW *loyalty_stdscr(void) { return stdscr; }
static inline int loyalty_lines(void) { return LINES; }
static inline int loyalty_cols(void) { return COLS; }
static inline int loyalty_colors(void) { return COLORS; }
static inline int loyalty_color_pairs(void) { return COLOR_PAIRS; }
static inline int loyalty_set_escdelay(int ms) { return set_escdelay(ms); }

// Attributes.
static inline attr_t loyalty_a_normal(void) { return A_NORMAL; }
static inline attr_t loyalty_a_bold(void) { return A_BOLD; }
static inline attr_t loyalty_a_reverse(void) { return A_REVERSE; }
static inline attr_t loyalty_a_underline(void) { return A_UNDERLINE; }
static inline attr_t loyalty_a_dim(void) { return A_DIM; }
static inline attr_t loyalty_color_pair(int n) { return COLOR_PAIR(n); }

// Keys.
static inline int loyalty_key_f(int n) { return KEY_F(n); }

// Mouse masks.
static inline mmask_t loyalty_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t loyalty_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t loyalty_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t loyalty_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t loyalty_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t loyalty_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
