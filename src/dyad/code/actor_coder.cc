#include "dyad/code/actor_coder.h"

#include <string_view>

namespace dyad {
namespace {

// True if `piece` occurs in `code` starting at a multiple of 3: CAMEO codes
// are built of 3-letter parts, so GOV inside HGWGOVMED counts but a chance
// match straddling two parts does not.
bool HasPiece(const std::string& code, const std::string& piece) {
  if (piece.empty() || piece.size() > code.size()) return false;
  for (size_t at = 0; at + piece.size() <= code.size(); at += 3) {
    if (code.compare(at, piece.size(), piece) == 0) return true;
  }
  return false;
}

}  // namespace

std::string_view ActorCoder::ActorCodeOn(ActorDict::EntryId entry, int date) const {
  const ActorDict::Code* code = actors_.CodeOn(entry, date);
  return code != nullptr ? std::string_view(code->code) : std::string_view("---");
}

ActorCoding ActorCoder::Describe(std::span<const TokenId> words, int date) const {
  ActorCoding out;
  std::string& code = out.code;
  size_t actor_begin = words.size(), actor_end = words.size();
  for (size_t k = 0; k < words.size();) {
    ActorDict::Match m = actors_.LongestMatch(words.subspan(k));
    if (m.length == 0) {
      ++k;
      continue;
    }
    const std::string_view found = ActorCodeOn(m.entry, date);
    const bool first = actor_begin == words.size();
    if (first || (found.size() > code.size() && found.compare(0, code.size(), code) == 0)) {
      code = found;
      actor_begin = k;
      actor_end = k + m.length;
    }
    k += m.length;
  }
  if (actor_begin < words.size()) {
    out.actor_begin = actor_begin;
    out.actor_end = actor_end;
  }

  // Agents outside the actor phrase, applied as they are found: the first
  // one already present ends them.
  for (size_t k = 0; k < words.size();) {
    if (k >= actor_begin && k < actor_end) {
      k = actor_end;
      continue;
    }
    AgentDict::Match m = agents_.LongestMatch(words.subspan(k));
    if (m.length == 0) {
      ++k;
      continue;
    }
    const AgentDict::Agent& a = agents_.agent(m.entry);
    if (code.empty()) code = "---";
    if (HasPiece(code, a.code)) break;
    if (a.affix == AgentDict::Affix::kSuffix) {
      code += a.code;
    } else {
      code.insert(0, a.code);
    }
    k += m.length;
  }
  return out;
}

}  // namespace dyad
