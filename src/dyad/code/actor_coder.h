// Codes the words of one noun phrase (an entity of the linear parse) as an
// actor: "Arnor's foreign minister" -> ARNGOVFRM.
#ifndef DYAD_CODE_ACTOR_CODER_H_
#define DYAD_CODE_ACTOR_CODER_H_

#include <span>
#include <string>

#include "dyad/dict/actor_dict.h"
#include "dyad/dict/agent_dict.h"
#include "dyad/dict/vocabulary.h"

namespace dyad {

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
  //  - agents are then read left to right outside the actor phrase, each
  //    match skipping its own words; suffix codes are appended and prefix
  //    codes prepended in that order, until an agent code is found already
  //    present at a 3-letter boundary, which ends the agents;
  //  - agents without an actor build on `---` ("---GOV").
  std::string Code(std::span<const TokenId> words, int date) const;

  // The code of actor `entry` on `date`, by the rule above.
  std::string ActorCodeOn(ActorDict::EntryId entry, int date) const;

 private:
  const ActorDict& actors_;
  const AgentDict& agents_;
};

}  // namespace dyad

#endif  // DYAD_CODE_ACTOR_CODER_H_
