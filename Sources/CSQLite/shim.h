// SQLite for Swift: the header plus what Swift cannot import (function-like macros).
#include <sqlite3.h>

/// `SQLITE_TRANSIENT`: tells SQLite to copy bound text/blobs before the call returns.
static inline sqlite3_destructor_type loyalty_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}
