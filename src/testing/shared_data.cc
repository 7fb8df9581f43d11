#include "testing/shared_data.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

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

std::string WriteTempFile(const std::string& name, const std::string& text) {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("dyad_test_" + std::to_string(getpid())) / name;
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

}  // namespace dyad::testing
