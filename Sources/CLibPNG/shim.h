// The system libpng 1.6 (Debian: libpng-dev). Till uses only its simplified read API
// (png_image_begin_read_from_memory / png_image_finish_read), which reports errors in the
// png_image instead of long-jumping through the caller.
#ifndef TILL_CLIBPNG_SHIM_H
#define TILL_CLIBPNG_SHIM_H
#include <png.h>

/// PNG_IMAGE_VERSION, a macro Swift may import with another integer type than png_image.version.
static inline png_uint_32 till_png_image_version(void) { return PNG_IMAGE_VERSION; }
/// PNG_FORMAT_GRAY: one 8-bit luminance byte a pixel.
static inline png_uint_32 till_png_format_gray(void) { return PNG_FORMAT_GRAY; }
#endif
