#include "dyad/dict/vocabulary.h"

namespace dyad {

TokenId Vocabulary::Intern(std::string_view word) {
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
