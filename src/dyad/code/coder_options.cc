#include "dyad/code/coder_options.h"

#include <string>

#include "dyad/base/text.h"

namespace dyad {
namespace {

Status ParseBool(std::string_view name, std::string_view value, bool* out) {
  std::string_view v = Trim(value);
  if (EqualsIgnoreCase(v, "true")) {
    *out = true;
  } else if (EqualsIgnoreCase(v, "false")) {
    *out = false;
  } else {
    return Status::InvalidArgument("option " + std::string(name) + ": '" + std::string(value) +
                                   "' is not true or false");
  }
  return Status::Ok();
}

Status ParseCount(std::string_view name, std::string_view value, int* out) {
  int n = 0;
  if (!ParseInt(Trim(value), &n) || n < 0) {
    return Status::InvalidArgument("option " + std::string(name) + ": '" + std::string(value) +
                                   "' is not a whole number >= 0");
  }
  *out = n;
  return Status::Ok();
}

}  // namespace

Status CoderOptions::Set(std::string_view name, std::string_view value) {
  if (name == "require_dyad") return ParseBool(name, value, &require_dyad);
  if (name == "stop_on_error") {
    bool ignored = false;
    return ParseBool(name, value, &ignored);
  }
  struct Count {
    std::string_view name;
    int* field;
  };
  const Count counts[] = {
      {"new_actor_length", &new_actor_length},
      {"comma_min", &comma_min},   {"comma_max", &comma_max},   {"comma_bmin", &comma_bmin},
      {"comma_bmax", &comma_bmax}, {"comma_emin", &comma_emin}, {"comma_emax", &comma_emax},
  };
  for (const Count& c : counts) {
    if (name == c.name) return ParseCount(name, value, c.field);
  }
  return Status::InvalidArgument("unknown coding option '" + std::string(name) + "'");
}

}  // namespace dyad
