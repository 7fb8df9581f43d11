// Test access to ../shared (the read-only reference material beside the repo).
// Tests that need it call SHARED_OR_SKIP so they skip with a clear message on a
// machine without it; its files are never copied into the repository.
#ifndef DYAD_TESTING_SHARED_DATA_H_
#define DYAD_TESTING_SHARED_DATA_H_

#include <optional>
#include <string>

namespace dyad::testing {

// The shared directory: $DYAD_SHARED_DIR if set, else <repo>/../shared.
std::string SharedDir();
// SharedDir() + "/" + relative, if that file exists.
std::optional<std::string> SharedFile(const std::string& relative);
// Path of a file in <repo> (for the repository's own test data).
std::string RepoFile(const std::string& relative);
// Writes `text` to `name` (which may name subdirectories) in a temporary
// directory private to this test process and returns its path.
std::string WriteTempFile(const std::string& name, const std::string& text);

}  // namespace dyad::testing

// Sets `var` to the path of ../shared/<relative>, or skips the test.
#define SHARED_OR_SKIP(var, relative)                                              \
  std::string var;                                                                 \
  if (auto found_ = ::dyad::testing::SharedFile(relative); found_) {               \
    var = *found_;                                                                 \
  } else {                                                                         \
    GTEST_SKIP() << "../shared/" << (relative) << " not found (set DYAD_SHARED_DIR)"; \
  }

#endif  // DYAD_TESTING_SHARED_DATA_H_
