// ncursesw for Swift. SwiftPM drops ncursesw's pkg-config cflags, so ask for the wide API here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
