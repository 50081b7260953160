// SQLite for Swift: the header plus what Swift cannot import (function-like macros).
#include <sqlite3.h>

/// `SQLITE_TRANSIENT`: tells SQLite to copy bound text/blobs before the call returns.
static inline sqlite3_destructor_type loyalty_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

/// Turns off SQLite's memory-use statistics, which Loyalty never reads: with them on, every
/// allocation SQLite makes takes a process-wide mutex (a few percent of a large import). Takes
/// effect only before the first connection opens; a later call changes nothing.
static inline int loyalty_sqlite_skip_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
