// A C face for zxing-cpp's QR reader (Debian: libzxing-dev, zxing-cpp 1.4). zxing-cpp is C++, so
// this small C++ file calls it and Swift imports only this header: no C++ interoperability mode
// for the Swift targets that use it.
#ifndef TILL_CZXING_H
#define TILL_CZXING_H
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What `till_zxing_read_qr` found.
typedef enum TillQRReadStatus {
    /// Exactly one QR symbol; its text is in `text`.
    TILL_QR_READ_ONE = 0,
    /// No readable QR symbol.
    TILL_QR_READ_NONE = 1,
    /// More than one QR symbol.
    TILL_QR_READ_SEVERAL = 2,
    /// One symbol whose text is longer than `capacity`.
    TILL_QR_READ_TOO_LONG = 3,
    /// The reader failed (an exception inside zxing-cpp); `text` holds its message.
    TILL_QR_READ_FAILED = 4,
} TillQRReadStatus;

/// Looks for QR symbols in an 8-bit grayscale image (`width` × `height` bytes, row by row) and
/// copies the text of the only one, as UTF-8 and not NUL-terminated, into `text`; `*length` is the
/// number of bytes written. Never throws.
TillQRReadStatus till_zxing_read_qr(
    const uint8_t *gray, int width, int height, char *text, size_t capacity, size_t *length);

#ifdef __cplusplus
}
#endif
#endif
