#include "dyad/place/place_key.h"

#include "dyad/text/ascii_fold.h"

namespace dyad {
namespace {

// Byte length of the apostrophe-like character starting at `s`, or 0.
size_t ApostropheLength(std::string_view s) {
  if (s[0] == '\'' || s[0] == '`') return 1;
  for (std::string_view mark : {"\u2018", "\u2019", "\u02BB", "\u02BC"}) {
    if (s.starts_with(mark)) return mark.size();
  }
  return 0;
}

}  // namespace

std::string PlaceKey(std::string_view name) {
  const std::string folded = AsciiFoldUpper(name);
  std::string key;
  key.reserve(folded.size());
  bool pending_space = false;
  for (size_t i = 0; i < folded.size();) {
    if (size_t n = ApostropheLength(std::string_view(folded).substr(i)); n > 0) {
      i += n;
      continue;
    }
    const char c = folded[i++];
    if (c == '.') continue;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == '_' || c == '/' ||
        c == ',') {
      pending_space = !key.empty();
      continue;
    }
    if (pending_space) key.push_back(' ');
    pending_space = false;
    key.push_back(c);
  }
  return key;
}

std::vector<std::string> ArticleVariants(std::string_view key) {
  std::string bare(key);
  if (key.starts_with("AL ") || key.starts_with("EL ")) {
    bare = key.substr(3);
    const char* other = key[0] == 'A' ? "EL " : "AL ";
    if (bare.empty()) return {};
    return {other + bare, bare};
  }
  if (key.empty()) return {};
  return {"AL " + bare, "EL " + bare};
}

}  // namespace dyad
