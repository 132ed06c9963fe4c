#ifndef CLAIMKIT_LIBXML2_SHIM_H
#define CLAIMKIT_LIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>
#endif
