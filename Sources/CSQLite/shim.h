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

#include <stdint.h>
#include <unistd.h>

/// The busy handler of `loyalty_sqlite_retry_every_millisecond`: tries again after 1 ms, up to the
/// number of tries in `tries`.
static int loyalty_sqlite_retry_after_a_millisecond(void *tries, int count) {
    if (count >= (int)(intptr_t)tries) return 0;
    usleep(1000);
    return 1;
}

/// Replaces `busy_timeout`'s backoff (1, 2, 5, 10, … 100 ms between tries), which leaves the lock
/// idle for most of a wait when many short writers queue, by a try every millisecond, up to
/// `tries` tries (at least as many milliseconds).
static inline int loyalty_sqlite_retry_every_millisecond(sqlite3 *db, int tries) {
    return sqlite3_busy_handler(db, loyalty_sqlite_retry_after_a_millisecond, (void *)(intptr_t)tries);
}

