// Whole-file reading. Dictionaries and documents are read in one piece and then
// viewed through string_views, which keeps parsing allocation-free.
#ifndef DYAD_BASE_FILE_H_
#define DYAD_BASE_FILE_H_

#include <string>

#include "dyad/base/status.h"

namespace dyad {

// The bytes of the file at `path`, unchanged. IoError naming the path when it
// cannot be opened or read (including when it is a directory).
Result<std::string> ReadFile(const std::string& path);

}  // namespace dyad

#endif  // DYAD_BASE_FILE_H_
