// Problems found in input files, each tied to a place: "FILE:LINE: reason".
// Readers report into a Diagnostics and keep going, so one bad line never hides
// the rest of a file; callers decide from error_count() whether to fail.
#ifndef DYAD_BASE_DIAGNOSTICS_H_
#define DYAD_BASE_DIAGNOSTICS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

enum class Severity { kWarning, kError };

struct Diagnostic {
  std::string file;  // as given by the caller (usually the path)
  int line = 0;      // 1-based; 0 when the problem concerns the whole file
  Severity severity = Severity::kError;
  std::string message;

  // "FILE:LINE: error: message" (":LINE" omitted when line is 0).
  std::string ToString() const;
};

class Diagnostics {
 public:
  void Error(std::string_view file, int line, std::string message);
  void Warning(std::string_view file, int line, std::string message);
  void Add(Diagnostic d);
  // Appends all of `other`'s diagnostics.
  void Merge(const Diagnostics& other);

  const std::vector<Diagnostic>& all() const { return items_; }
  size_t error_count() const { return errors_; }
  size_t warning_count() const { return items_.size() - errors_; }
  bool empty() const { return items_.empty(); }

 private:
  std::vector<Diagnostic> items_;
  size_t errors_ = 0;
};

}  // namespace dyad

#endif  // DYAD_BASE_DIAGNOSTICS_H_
