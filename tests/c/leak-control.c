/*
 * leak-control.c: a negative control for scripts/test-c. It deliberately never frees the JSON
 * strings it gets, so valgrind must report them as definitely lost; if it does not, the leak
 * check in scripts/test-c would not catch a real leak either.
 */
#include <claimkit.h>

#include <stdio.h>

int main(void) {
    claimkit_extractor *extractor = NULL;
    if (claimkit_extractor_new(NULL, &extractor, NULL) != CLAIMKIT_OK) return 1;
    static const char text[] = "A short article. It says little.";
    for (int i = 0; i < 10; i++) {
        char *json = NULL;
        if (claimkit_extract_json(extractor, text, sizeof text - 1, NULL, 0, &json, NULL, NULL) != CLAIMKIT_OK) return 1;
        json = NULL; /* leaked on purpose */
    }
    claimkit_extractor_free(extractor);
    puts("leak-control: leaked 10 JSON strings on purpose");
    return 0;
}
