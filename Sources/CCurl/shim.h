// libcurl for Swift: the shop APIs' HTTPS requests. curl_easy_setopt and curl_easy_getinfo are
// variadic, which Swift cannot call: one static inline wrapper per kind of argument.
#include <curl/curl.h>

/// What libcurl calls with the bytes of a response's body or of one header line.
typedef size_t (*loyalty_curl_data_callback)(char *bytes, size_t size, size_t count, void *context);

static inline CURLcode loyalty_curl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode loyalty_curl_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode loyalty_curl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode loyalty_curl_setopt_callback(CURL *handle, CURLoption option, loyalty_curl_data_callback value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode loyalty_curl_setopt_size(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode loyalty_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}
