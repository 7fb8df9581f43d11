#include "testing/shared_data.h"

#include <cstdlib>
#include <filesystem>

namespace dyad::testing {

std::string SharedDir() {
  if (const char* env = std::getenv("DYAD_SHARED_DIR"); env && *env) return env;
  return std::string(DYAD_SOURCE_DIR) + "/../shared";
}

std::optional<std::string> SharedFile(const std::string& relative) {
  std::string path = SharedDir() + "/" + relative;
  if (!std::filesystem::exists(path)) return std::nullopt;
  return path;
}

std::string RepoFile(const std::string& relative) { return std::string(DYAD_SOURCE_DIR) + "/" + relative; }

}  // namespace dyad::testing
