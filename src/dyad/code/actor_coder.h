// Codes the words of one noun phrase (an entity of the linear parse) as an
// actor: "Arnor's foreign minister" -> ARNGOVFRM.
#ifndef DYAD_CODE_ACTOR_CODER_H_
#define DYAD_CODE_ACTOR_CODER_H_

#include <algorithm>
#include <span>
#include <string>
#include <string_view>

#include "dyad/dict/actor_dict.h"
#include "dyad/dict/agent_dict.h"
#include "dyad/dict/vocabulary.h"

namespace dyad {

// Whether an actor code names an actor: neither empty, nor `---` or an agent
// alone (`---GOV`), nor a quoted phrase of a new actor (`"THE SHIRE"`). An
// `A/B` code is judged part by part by the caller.
inline bool NamesActor(std::string_view code) {
  return !code.empty() && code.substr(0, 3) != "---" && code[0] != '"';
}

// Calls visit(part) for each non-empty part of an `A/B/C` code (THE_SHIRE
// [FRO/BIL/SAM] names three actors at once), left to right.
template <class Visit>
void ForEachAlternative(std::string_view code, Visit visit) {
  for (size_t start = 0; start <= code.size();) {
    const size_t slash = std::min(code.find('/', start), code.size());
    if (slash > start) visit(code.substr(start, slash - start));
    start = slash + 1;
  }
}

// What ActorCoder::Describe found in a phrase.
struct ActorCoding {
  std::string code;  // as ActorCoder::Code returns it
  // Words [actor_begin, actor_end) of the phrase are the actor phrase that
  // gave the code's base; equal when no actor phrase was found.
  size_t actor_begin = 0;
  size_t actor_end = 0;

  bool has_actor() const { return actor_end > actor_begin; }
};

class ActorCoder {
 public:
  // Both dictionaries must be frozen and outlive the coder.
  ActorCoder(const ActorDict& actors, const AgentDict& agents) : actors_(actors), agents_(agents) {}

  // The code of the phrase `words` on `date` (YYYYMMDD), or "" when it names
  // no actor and no agent:
  //  - the actor is the first actor phrase found scanning from the left; its
  //    code is the first of its dated codes whose dates include `date`
  //    (bounds inclusive, as in PETRARCH-1), else its first undated code,
  //    else `---`;
  //  - a later actor phrase whose code extends that one (RUS, then RUSGOV in
  //    "Russia's top diplomat Sergei Lavrov"; PRK, then PRKGOV in "the North
  //    Korean minister Choe Son Hui") replaces it: the person named says more
  //    than the country before the name. Another country's actor does not
  //    ("Russia's envoy to North Korea" stays RUS);
  //  - agents are then read left to right outside the actor phrase, each
  //    match skipping its own words; suffix codes are appended and prefix
  //    codes prepended in that order, until an agent code is found already
  //    present at a 3-letter boundary, which ends the agents;
  //  - agents without an actor build on `---` ("---GOV").
  std::string Code(std::span<const TokenId> words, int date) const { return Describe(words, date).code; }
  // The same code, with where the actor phrase lies among `words`.
  ActorCoding Describe(std::span<const TokenId> words, int date) const;

  // The code of actor `entry` on `date`, by the rule above ("---" when no
  // role of the entry covers it); a view into the dictionary.
  std::string_view ActorCodeOn(ActorDict::EntryId entry, int date) const;

 private:
  const ActorDict& actors_;
  const AgentDict& agents_;
};

}  // namespace dyad

#endif  // DYAD_CODE_ACTOR_CODER_H_
