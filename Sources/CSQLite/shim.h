// The system SQLite (Debian: libsqlite3-dev).
#ifndef TILL_CSQLITE_SHIM_H
#define TILL_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
