// Where a dictionary entry came from, so every coded event can name the line
// that produced it ("CAMEO.2.0.txt:1234").
#ifndef DYAD_DICT_PROVENANCE_H_
#define DYAD_DICT_PROVENANCE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct Provenance {
  uint32_t file = 0;  // index into SourceFiles
  uint32_t line = 0;  // 1-based
};

// The files a dictionary set was loaded from.
class SourceFiles {
 public:
  // Registers `path`; returns its index for Provenance::file.
  uint32_t Add(std::string path) {
    paths_.push_back(std::move(path));
    return static_cast<uint32_t>(paths_.size() - 1);
  }
  const std::string& Path(uint32_t file) const { return paths_[file]; }
  size_t size() const { return paths_.size(); }
  // "NAME:LINE" with NAME the file's base name (stable across machines).
  std::string Format(Provenance p) const {
    std::string_view path = paths_[p.file];
    size_t slash = path.rfind('/');
    if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
    return std::string(path) + ":" + std::to_string(p.line);
  }

 private:
  std::vector<std::string> paths_;
};

}  // namespace dyad

#endif  // DYAD_DICT_PROVENANCE_H_
