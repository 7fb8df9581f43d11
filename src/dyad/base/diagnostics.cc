#include "dyad/base/diagnostics.h"

#include <utility>

namespace dyad {

std::string Diagnostic::ToString() const {
  std::string out = file;
  if (line > 0) out += ":" + std::to_string(line);
  out += severity == Severity::kError ? ": error: " : ": warning: ";
  out += message;
  return out;
}

void Diagnostics::Error(std::string_view file, int line, std::string message) {
  Add({std::string(file), line, Severity::kError, std::move(message)});
}

void Diagnostics::Warning(std::string_view file, int line, std::string message) {
  Add({std::string(file), line, Severity::kWarning, std::move(message)});
}

void Diagnostics::Add(Diagnostic d) {
  if (d.severity == Severity::kError) ++errors_;
  items_.push_back(std::move(d));
}

void Diagnostics::Merge(const Diagnostics& other) {
  for (const Diagnostic& d : other.items_) Add(d);
}

}  // namespace dyad
