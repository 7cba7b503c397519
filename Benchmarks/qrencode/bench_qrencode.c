/* The libqrencode side of scripts/bench-qr: the median time per QRcode_encodeString8bit of the
 * same 100-byte URL at QR_ECLEVEL_M that `till bench qr` encodes.
 * Build: gcc -O2 bench_qrencode.c -lqrencode -o bench_qrencode   (Debian: libqrencode-dev) */
#include <qrencode.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *payload =
    "https://qr.alipay.com/bax03431ljhokirwl38f00a7?t=1712345678901&m=ACME-STORE-0042&amt=128.50&ref=x9Zq";

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    int iterations = argc > 1 ? atoi(argv[1]) : 2000;
    int runs = argc > 2 ? atoi(argv[2]) : 21;
    double *times = calloc((size_t)runs, sizeof *times);
    long checksum = 0;
    QRcode *sample = QRcode_encodeString8bit(payload, 0, QR_ECLEVEL_M);
    if (sample == NULL) { perror("QRcode_encodeString8bit"); return 1; }
    int version = sample->version;
    QRcode_free(sample);
    for (int run = 0; run < runs; run++) {
        double start = now_ns();
        for (int i = 0; i < iterations; i++) {
            QRcode *code = QRcode_encodeString8bit(payload, 0, QR_ECLEVEL_M);
            checksum += code->data[0];
            QRcode_free(code);
        }
        times[run] = (now_ns() - start) / iterations;
    }
    qsort(times, (size_t)runs, sizeof *times, compare);
    printf("libqrencode byte   %zu bytes, ECC M, version %d: median %.1f µs per encode (%d runs × %d)%s\n",
           strlen(payload), version, times[runs / 2] / 1000.0, runs, iterations, checksum == -1 ? " " : "");
    free(times);
    return 0;
}
