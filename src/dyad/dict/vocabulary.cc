#include "dyad/dict/vocabulary.h"

#include <algorithm>

#include "dyad/base/hash.h"

#include "dyad/text/ascii_fold.h"

namespace dyad {
namespace {

bool Same(std::string_view a, std::string_view b) {
  return a.size() == b.size() && SameBytes(a.data(), b.data(), a.size());
}

}  // namespace

TokenId Vocabulary::Find(std::string_view word) const {
  const uint64_t h = HashWord(word);
  const uint32_t tag = static_cast<uint32_t>(h >> 32);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.id == kNoToken) return kNoToken;
    if (s.hash == tag && Same(spellings_[s.id], word)) return s.id;
  }
}

TokenId Vocabulary::Intern(std::string_view word) {
  // Text is matched in its folded form ("Türkiye" as TURKIYE), so a word a
  // dictionary writes with accents is stored folded too, or it could never match.
  if (std::any_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    return InternAsGiven(AsciiFoldUpper(word));
  }
  return InternAsGiven(word);
}

TokenId Vocabulary::InternAsGiven(std::string_view word) {
  if (TokenId id = Find(word); id != kNoToken) return id;
  if ((spellings_.size() + 1) * 2 > slots_.size()) Grow();
  const std::string& stored = storage_.emplace_back(word);
  const TokenId id = static_cast<TokenId>(spellings_.size());
  spellings_.push_back(stored);
  const uint64_t h = HashWord(word);
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i].id != kNoToken) i = (i + 1) & mask;
  slots_[i] = {id, static_cast<uint32_t>(h >> 32)};
  return id;
}

void Vocabulary::Grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.id == kNoToken) continue;
    size_t i = HashWord(spellings_[s.id]) & mask;
    while (slots_[i].id != kNoToken) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

}  // namespace dyad
