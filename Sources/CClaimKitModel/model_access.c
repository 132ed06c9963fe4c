/* Hands the generated model blob to Swift (hand-written; the blob itself is generated). */
#include "claimkit_model.h"
const unsigned char *claimkit_checkworthiness_model_bytes(void) { return claimkit_checkworthiness_model; }
size_t claimkit_checkworthiness_model_length(void) { return claimkit_checkworthiness_model_size; }
