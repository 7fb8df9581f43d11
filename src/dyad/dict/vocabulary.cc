#include "dyad/dict/vocabulary.h"

#include <algorithm>

#include "dyad/text/ascii_fold.h"

namespace dyad {

TokenId Vocabulary::Intern(std::string_view word) {
  // Text is matched in its folded form ("Türkiye" as TURKIYE), so a word a
  // dictionary writes with accents is stored folded too, or it could never match.
  if (std::any_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    return InternAsGiven(AsciiFoldUpper(word));
  }
  return InternAsGiven(word);
}

TokenId Vocabulary::InternAsGiven(std::string_view word) {
  auto it = ids_.find(word);
  if (it != ids_.end()) return it->second;
  const std::string& stored = storage_.emplace_back(word);
  TokenId id = static_cast<TokenId>(spellings_.size());
  spellings_.push_back(&stored);
  ids_.emplace(std::string_view(stored), id);
  return id;
}

TokenId Vocabulary::Find(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? kNoToken : it->second;
}

}  // namespace dyad
