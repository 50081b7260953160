// libcurl for Swift: the shop APIs' HTTPS requests.
//
// libcurl is opened when the first request needs it (dlopen), not when the program starts: with the
// thirty libraries it brings (GnuTLS, Kerberos, LDAP, SSH, …) it cost every process about 12 million
// instructions and 6 ms of CPU to load, most of a webhook delivery, and only `loyalty sync` uses
// it. Swift calls libcurl only through the loyalty_curl_ functions below; when the library cannot
// be opened, loyalty_curl_global_init fails and loyalty_curl_easy_init returns NULL.
//
// curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot call: one wrapper per
// kind of argument.
#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

/// What libcurl calls with the bytes of a response's body or of one header line.
typedef size_t (*loyalty_curl_data_callback)(char *bytes, size_t size, size_t count, void *context);

/// The libcurl functions Loyalty uses, found in the opened library.
struct loyalty_curl_functions {
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *handle);
    CURLcode (*easy_perform)(CURL *handle);
    const char *(*easy_strerror)(CURLcode code);
    CURLcode (*easy_setopt)(CURL *handle, CURLoption option, ...);
    CURLcode (*easy_getinfo)(CURL *handle, CURLINFO info, ...);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *text);
    void (*slist_free_all)(struct curl_slist *list);
};

// The state lives in function-local statics: Swift's importer does not emit a header's file-scope
// static variables.

/// Where the functions are kept once found (all NULL until then, or when libcurl cannot be opened).
static inline struct loyalty_curl_functions *loyalty_curl_found(void) {
    static struct loyalty_curl_functions found;
    return &found;
}

static void loyalty_curl_open(void) {
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return;
    struct loyalty_curl_functions found = {
        (CURLcode (*)(long))dlsym(library, "curl_global_init"),
        (CURL *(*)(void))dlsym(library, "curl_easy_init"),
        (void (*)(CURL *))dlsym(library, "curl_easy_cleanup"),
        (CURLcode (*)(CURL *))dlsym(library, "curl_easy_perform"),
        (const char *(*)(CURLcode))dlsym(library, "curl_easy_strerror"),
        (CURLcode (*)(CURL *, CURLoption, ...))dlsym(library, "curl_easy_setopt"),
        (CURLcode (*)(CURL *, CURLINFO, ...))dlsym(library, "curl_easy_getinfo"),
        (struct curl_slist *(*)(struct curl_slist *, const char *))dlsym(library, "curl_slist_append"),
        (void (*)(struct curl_slist *))dlsym(library, "curl_slist_free_all"),
    };
    if (found.global_init && found.easy_init && found.easy_cleanup && found.easy_perform && found.easy_strerror
        && found.easy_setopt && found.easy_getinfo && found.slist_append && found.slist_free_all) {
        *loyalty_curl_found() = found;
    }
}

/// libcurl's functions, the library opened on the first call; NULL when it cannot be opened.
static inline const struct loyalty_curl_functions *loyalty_curl(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, loyalty_curl_open);
    return loyalty_curl_found()->easy_init ? loyalty_curl_found() : NULL;
}

static inline CURLcode loyalty_curl_global_init(long flags) {
    return loyalty_curl() ? loyalty_curl()->global_init(flags) : CURLE_FAILED_INIT;
}

/// A new handle; NULL when libcurl cannot be opened or started.
static inline CURL *loyalty_curl_easy_init(void) {
    return loyalty_curl() ? loyalty_curl()->easy_init() : NULL;
}

// The functions below take or follow a handle, so libcurl is open when they are called.

static inline void loyalty_curl_easy_cleanup(CURL *handle) { loyalty_curl()->easy_cleanup(handle); }

static inline CURLcode loyalty_curl_easy_perform(CURL *handle) { return loyalty_curl()->easy_perform(handle); }

static inline const char *loyalty_curl_easy_strerror(CURLcode code) { return loyalty_curl()->easy_strerror(code); }

static inline struct curl_slist *loyalty_curl_slist_append(struct curl_slist *list, const char *text) {
    return loyalty_curl()->slist_append(list, text);
}

static inline void loyalty_curl_slist_free_all(struct curl_slist *list) { loyalty_curl()->slist_free_all(list); }

static inline CURLcode loyalty_curl_setopt_long(CURL *handle, CURLoption option, long value) {
    return loyalty_curl()->easy_setopt(handle, option, value);
}

static inline CURLcode loyalty_curl_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return loyalty_curl()->easy_setopt(handle, option, value);
}

static inline CURLcode loyalty_curl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return loyalty_curl()->easy_setopt(handle, option, value);
}

static inline CURLcode loyalty_curl_setopt_callback(CURL *handle, CURLoption option, loyalty_curl_data_callback value) {
    return loyalty_curl()->easy_setopt(handle, option, value);
}

static inline CURLcode loyalty_curl_setopt_size(CURL *handle, CURLoption option, curl_off_t value) {
    return loyalty_curl()->easy_setopt(handle, option, value);
}

static inline CURLcode loyalty_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return loyalty_curl()->easy_getinfo(handle, info, value);
}
