/*
 * claimkit.h — the C interface of claimkit.
 *
 * claimkit reads news articles (plain text as scraped from the web, or HTML) and reports what
 * is claimed in them: blocks and sentences with exact offsets, quotes and reported speech with
 * resolved speakers, numbers and dates with their qualifiers, how firmly each thing is claimed,
 * and how check-worthy each sentence is. Results come as a document handle or as JSON in the
 * interchange format specified by spec/schema/claimkit.schema.json.
 *
 * LIFECYCLE
 *   1. claimkit_extractor_new()      build an extractor from options (once; share it)
 *   2. claimkit_extract_json()       one article in, JSON out        -> claimkit_string_free()
 *      or claimkit_extract()         one article in, a document out  -> claimkit_document_free()
 *         claimkit_document_to_json() / the accessors below read the document
 *   3. claimkit_extractor_free()
 *   Across articles: claimkit_compare_json() takes documents' JSON and says where they agree
 *   or conflict (no extractor needed)       -> claimkit_string_free()
 *
 * OWNERSHIP (stated once here; each function repeats what applies)
 *   - A successful *_new or claimkit_extract gives the caller one object: free it exactly once
 *     with the matching *_free. Every *_free accepts NULL and does nothing.
 *   - Strings returned through `char **out_json` belong to the caller: free them with
 *     claimkit_string_free(), never with free() — the allocator stays the library's.
 *   - Everything reached through a document (its text, spans) is borrowed: valid until that
 *     document is freed.
 *   - Input buffers are borrowed for the call only: the caller may free them on return.
 *   - On failure every out-pointer is set to NULL (or 0) and, when `out_error` is not NULL,
 *     it is filled in. On success out_error->status is CLAIMKIT_OK.
 *
 * THREAD SAFETY
 *   claimkit has no global mutable state and needs no initialisation or teardown. A
 *   claimkit_extractor's options and results are fixed once claimkit_extractor_new returns;
 *   any number of threads may call claimkit_extract and claimkit_extract_json with the same
 *   extractor at once. (It keeps up to four bundles of working memory between calls, at most
 *   about 1 MB each, behind lock-free atomics: no call waits for another and no result depends
 *   on an earlier call; claimkit_extractor_free releases them.) A
 *   claimkit_document is immutable: it may be read from several threads, but must be freed
 *   exactly once, after all readers are done. A claimkit_error is written only by the call it
 *   is passed to. The library starts no threads and uses no Dispatch or Swift Concurrency, so
 *   it is safe to use in a child after fork().
 *
 * DESIGN CHOICES
 *   - Options and per-article context are JSON text, not C structs. The same option names
 *     then serve C, Python, the command line and every JSON consumer; new options never change
 *     the ABI; and a wrong name or type gets a message that names the field instead of being
 *     silently misread. Parsing a few bytes of options once per extractor costs nothing.
 *   - Status codes are int32_t with #defines, not a C enum, so their size is fixed and new
 *     codes can be added. Treat any non-zero status as failure.
 *   - Offsets are UTF-8 byte offsets, half-open [start, end), into the text the document
 *     carries. For plain UTF-8 input that is the input itself. For HTML it is the extracted
 *     article text, and for input that was repaired (not valid UTF-8) it is the repaired
 *     text; the JSON then includes it as "text" and claimkit_document_text() returns it.
 *
 * OPTIONS JSON (claimkit_extractor_new; NULL or "" means all defaults; unknown keys are errors)
 *   "strict_encoding": false      true: invalid UTF-8 is CLAIMKIT_ERROR_INVALID_UTF8 with its
 *                                 byte offset; false: repaired (Windows-1252, else U+FFFD) with
 *                                 a diagnostic
 *   "max_input_bytes": 67108864   larger input is CLAIMKIT_ERROR_INPUT_TOO_LARGE
 *   "offset_unit": "utf8"         or "codepoint": offsets in JSON output as Unicode code points
 *   "include_text": false         always include the document text in JSON output
 *   "input_format": "auto"        "text", "html" or "auto" (markup is detected)
 *   "stages": [...]               which stages run after structure; default all of
 *                                 "numbers", "dates", "attribution", "modality", "scoring"
 *
 * CONTEXT JSON (per article; NULL or "" means none)
 *   "reference_date": "2024-06-20"  what relative dates ("yesterday") resolve against; without
 *                                   it the article's own date line or publication date is used
 *   "input_format": "html"          overrides the extractor's input format for this article
 */
#ifndef CLAIMKIT_H
#define CLAIMKIT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Versioning ---------------------------------------------------------------------- */

#define CLAIMKIT_VERSION_MAJOR 0
#define CLAIMKIT_VERSION_MINOR 1
#define CLAIMKIT_VERSION_PATCH 0
#define CLAIMKIT_VERSION_NUMBER \
    (CLAIMKIT_VERSION_MAJOR * 1000000 + CLAIMKIT_VERSION_MINOR * 1000 + CLAIMKIT_VERSION_PATCH)
#define CLAIMKIT_VERSION_STRING "0.1.0"
/* The "schema_version" of the JSON documents this library writes. */
#define CLAIMKIT_JSON_SCHEMA_VERSION 1

/** The version of the library actually loaded, as CLAIMKIT_VERSION_NUMBER. */
uint32_t claimkit_version_number(void);

/** The version of the library actually loaded, e.g. "0.1.0". Static storage: never free. */
const char *claimkit_version_string(void);

/* ---- Status and errors --------------------------------------------------------------- */

#define CLAIMKIT_OK                     0
/* A NULL handle or out-pointer, a bad index, a malformed context. */
#define CLAIMKIT_ERROR_INVALID_ARGUMENT 1
/* Strict mode only: the input is not UTF-8; byte_offset is the first bad byte. */
#define CLAIMKIT_ERROR_INVALID_UTF8     2
/* The input is larger than the "max_input_bytes" option. */
#define CLAIMKIT_ERROR_INPUT_TOO_LARGE  3
/* The options JSON is malformed, has an unknown key, or a value of the wrong type. */
#define CLAIMKIT_ERROR_INVALID_OPTIONS  4
/* A JSON input (e.g. documents to compare) is malformed. */
#define CLAIMKIT_ERROR_INVALID_JSON     5
#define CLAIMKIT_ERROR_OUT_OF_MEMORY    6
/* A claimkit bug: please report it with the input. */
#define CLAIMKIT_ERROR_INTERNAL         7

/** A short English name for a status code ("ok", "invalid argument", …). Static; never NULL. */
const char *claimkit_status_string(int32_t status);

/**
 * What went wrong, filled in by the call it is passed to (like jansson's json_error_t).
 * Caller-allocated, usually on the stack; every function taking one accepts NULL.
 */
typedef struct claimkit_error {
    int32_t status;       /* a CLAIMKIT_* code; CLAIMKIT_OK on success */
    size_t byte_offset;   /* where in the input, or SIZE_MAX when not applicable */
    char message[256];    /* NUL-terminated English text, truncated to fit */
} claimkit_error;

/* ---- Extractor ----------------------------------------------------------------------- */

/** An immutable extractor, shareable across threads. */
typedef struct claimkit_extractor claimkit_extractor;

/**
 * Builds an extractor.
 *
 * options_json   NUL-terminated options JSON (see OPTIONS JSON above); NULL or "" for defaults.
 * out_extractor  receives the extractor; required.
 * out_error      nullable.
 * Returns CLAIMKIT_OK, CLAIMKIT_ERROR_INVALID_OPTIONS (the message names the field), or
 * CLAIMKIT_ERROR_INVALID_ARGUMENT when out_extractor is NULL.
 * Ownership: the caller owns *out_extractor; free it with claimkit_extractor_free().
 */
int32_t claimkit_extractor_new(const char *options_json, claimkit_extractor **out_extractor,
                               claimkit_error *out_error);

/** Frees an extractor. NULL: no-op. No call may be using it. */
void claimkit_extractor_free(claimkit_extractor *extractor);

/* ---- Extraction ---------------------------------------------------------------------- */

/** One article's results. Immutable. */
typedef struct claimkit_document claimkit_document;

/**
 * Reads one article into a document.
 *
 * extractor     required.
 * input         the article: UTF-8 text or HTML; need not be NUL-terminated and may contain NUL
 *               bytes (treated as white space). May be NULL only when input_len is 0.
 * input_len     its length in bytes; 0 gives an empty document with an "empty_input" diagnostic.
 * context_json  nullable NUL-terminated context JSON (see CONTEXT JSON above).
 * out_document  receives the document; required.
 * out_error     nullable.
 * Returns CLAIMKIT_OK; CLAIMKIT_ERROR_INVALID_ARGUMENT (NULL extractor or out_document, NULL
 * input with a length, bad context); CLAIMKIT_ERROR_INVALID_UTF8 (strict mode);
 * CLAIMKIT_ERROR_INPUT_TOO_LARGE. Messy text is never an error: it yields diagnostics.
 * Ownership: input is borrowed for the call; the caller owns *out_document and frees it with
 * claimkit_document_free().
 */
int32_t claimkit_extract(const claimkit_extractor *extractor, const char *input, size_t input_len,
                         const char *context_json, claimkit_document **out_document,
                         claimkit_error *out_error);

/** Frees a document and everything borrowed from it. NULL: no-op. */
void claimkit_document_free(claimkit_document *document);

/* ---- JSON ---------------------------------------------------------------------------- */

/* Flags for the JSON writers. */
#define CLAIMKIT_JSON_PRETTY (1u << 0) /* indented, one member per line */

/**
 * Writes a document as interchange JSON.
 *
 * document  required.
 * flags     CLAIMKIT_JSON_* bits; unknown bits are ignored.
 * out_json  receives a NUL-terminated UTF-8 string; required.
 * out_len   nullable; receives strlen(*out_json).
 * Returns CLAIMKIT_OK or CLAIMKIT_ERROR_INVALID_ARGUMENT.
 * Ownership: the caller owns *out_json; free it with claimkit_string_free().
 */
int32_t claimkit_document_to_json(const claimkit_document *document, uint32_t flags,
                                  char **out_json, size_t *out_len, claimkit_error *out_error);

/**
 * One-shot: claimkit_extract() then claimkit_document_to_json(), without a document handle.
 * Gives byte-identical JSON to the command line and the Python binding for the same input,
 * options and context. Arguments, statuses and ownership as for those two functions.
 */
int32_t claimkit_extract_json(const claimkit_extractor *extractor, const char *input,
                              size_t input_len, const char *context_json, uint32_t flags,
                              char **out_json, size_t *out_len, claimkit_error *out_error);

/* ---- Comparing articles ------------------------------------------------------------- */

/**
 * Groups claims from several articles that concern the same subject and says how they relate:
 * "agree" (the same figure or statement), "conflict" (figures that cannot both hold, or a
 * claim asserted in one article and denied in another) or "related" (the same subject, values
 * that can both hold). Writes one comparison JSON as specified by
 * spec/schema/comparison.schema.json: {"schema_version", "claimkit_version", "documents",
 * "entities", "groups": [{"id", "relation", "basis", "measure", "entities", "reason",
 * "claims": [{"document", "claim", "text", "span", "modality", "speaker", "amounts"}]}]}.
 * Each document is named by its "id" member (as claimkit extract --jsonl echoes it), else by
 * "d1", "d2", … in input order. Spans are offsets into each claim's own document.
 *
 * documents_json  the documents as written by claimkit_extract_json (or claimkit extract):
 *                 a JSON array of them, JSON Lines (one per line), or any white-space
 *                 separated sequence of documents and arrays of documents. Need not be
 *                 NUL-terminated. May be NULL only when documents_len is 0.
 * documents_len   its length in bytes, at most 1 GiB; 0 (or only white space) compares no
 *                 documents and gives a comparison with no groups.
 * flags           CLAIMKIT_JSON_* bits; unknown bits are ignored.
 * out_json        receives a NUL-terminated UTF-8 string; required.
 * out_len         nullable; receives strlen(*out_json).
 * out_error       nullable.
 * Returns CLAIMKIT_OK; CLAIMKIT_ERROR_INVALID_JSON when the input is not JSON, not UTF-8, or a
 * value is not a claimkit document (an object with "schema_version"; article records
 * {"id", "text"} must be extracted first) — byte_offset is where the malformed JSON or the
 * offending value is; CLAIMKIT_ERROR_INPUT_TOO_LARGE over 1 GiB (nothing is read);
 * CLAIMKIT_ERROR_INVALID_ARGUMENT for a NULL out_json, or NULL input with a length.
 * Cost grows near-linearly with the number of claims (claims are bucketed, never all paired).
 * Ownership: the input is borrowed for the call; the caller owns *out_json and frees it with
 * claimkit_string_free(). Thread-safe: it reads only its arguments.
 */
int32_t claimkit_compare_json(const char *documents_json, size_t documents_len, uint32_t flags,
                              char **out_json, size_t *out_len, claimkit_error *out_error);

/** Frees a string returned by this library. NULL: no-op. */
void claimkit_string_free(char *string);

/* ---- Reading a document (borrowed results; valid until claimkit_document_free) ------- */

/** A half-open range of UTF-8 byte offsets [start, end) into the document's text. */
typedef struct claimkit_span {
    size_t start;
    size_t end;
} claimkit_span;

/**
 * The text all of the document's offsets refer to, and its length in bytes (through out_len,
 * nullable). Not NUL-terminated. Borrowed. NULL (and 0) when document is NULL.
 */
const char *claimkit_document_text(const claimkit_document *document, size_t *out_len);

/** Number of sentences; 0 when document is NULL. */
size_t claimkit_document_sentence_count(const claimkit_document *document);

/**
 * The span of sentence `index` (0-based) through out_span.
 * Returns CLAIMKIT_OK, or CLAIMKIT_ERROR_INVALID_ARGUMENT for a NULL pointer or an index out
 * of range (then *out_span, when given, is {0, 0}).
 */
int32_t claimkit_document_sentence(const claimkit_document *document, size_t index,
                                   claimkit_span *out_span);

/** Number of claims (quotes, reported speech, statements); 0 when document is NULL. */
size_t claimkit_document_claim_count(const claimkit_document *document);

/** Number of diagnostics; 0 when document is NULL. */
size_t claimkit_document_diagnostic_count(const claimkit_document *document);

#ifdef __cplusplus
}
#endif

#endif /* CLAIMKIT_H */
