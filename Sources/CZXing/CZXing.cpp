// Calls zxing-cpp for Swift through the C header include/CZXing.h.
#define ZX_USE_UTF8 1
#include "CZXing.h"

#include <ZXing/ReadBarcode.h>

#include <cstring>
#include <exception>
#include <string>

namespace {
TillQRReadStatus copyText(const std::string &value, char *text, size_t capacity, size_t *length,
                          TillQRReadStatus status) {
    if (value.size() > capacity) {
        *length = 0;
        return TILL_QR_READ_TOO_LONG;
    }
    std::memcpy(text, value.data(), value.size());
    *length = value.size();
    return status;
}
}  // namespace

extern "C" TillQRReadStatus till_zxing_read_qr(
    const uint8_t *gray, int width, int height, char *text, size_t capacity, size_t *length) {
    *length = 0;
    try {
        ZXing::DecodeHints hints;
        hints.setFormats(ZXing::BarcodeFormat::QRCode);
        hints.setTryHarder(true);
        hints.setTryRotate(true);
        // Two are enough to tell "one" from "several".
        hints.setMaxNumberOfSymbols(2);
        ZXing::ImageView image(gray, width, height, ZXing::ImageFormat::Lum);
        ZXing::Results results = ZXing::ReadBarcodes(image, hints);
        int found = 0;
        const ZXing::Result *only = nullptr;
        for (const auto &result : results) {
            if (result.isValid() && result.format() == ZXing::BarcodeFormat::QRCode) {
                found += 1;
                only = &result;
            }
        }
        if (found == 0) { return TILL_QR_READ_NONE; }
        if (found > 1) { return TILL_QR_READ_SEVERAL; }
        return copyText(only->text(), text, capacity, length, TILL_QR_READ_ONE);
    } catch (const std::exception &error) {
        copyText(std::string(error.what()).substr(0, capacity), text, capacity, length, TILL_QR_READ_FAILED);
        return TILL_QR_READ_FAILED;
    } catch (...) {
        return TILL_QR_READ_FAILED;
    }
}
