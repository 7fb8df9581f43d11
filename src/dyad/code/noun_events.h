// Events named by a noun rather than a verb: "after a visit by Chinese
// President Xi Jinping to Russia" is a visit, 042, from CHNGOV to RUS,
// although no verb says so.
//
// A noun (NN or NNS) names an event when its word is a one-word form of the
// verb dictionary whose own code is an event (VISIT in the VISIT block: 042;
// not a form coded `---`), it ends its noun phrase, and the prepositional
// phrases right after that noun phrase name both sides: the agent after BY,
// the other side after TO, WITH, ON, AGAINST or INTO, in either order
// ("a visit to Y by X"). Both phrases must name actors (the actor
// dictionaries code them: not `---`, not an agent alone), and different
// ones. The event takes the verb form's code; the block's patterns, written
// for the verb, are not tried. Without the BY phrase nothing is coded: "his
// visit to the country" leaves the visitor to the reader.
#ifndef DYAD_CODE_NOUN_EVENTS_H_
#define DYAD_CODE_NOUN_EVENTS_H_

#include <span>
#include <vector>

#include "dyad/code/actor_coder.h"
#include "dyad/code/event_assembler.h"
#include "dyad/dict/provenance.h"
#include "dyad/dict/verb_dict.h"
#include "dyad/tree/parse_tree.h"

namespace dyad {

// Appends the noun events of `tree` to *events, in token order. `word_ids`
// maps tree tokens to vocabulary ids; `date` (YYYYMMDD) selects dated actor
// codes; `files` (may be null) spells provenance.
void AddNounEvents(const ParseTree& tree, std::span<const TokenId> word_ids, const VerbDictionary& verbs,
                   const ActorCoder& actors, int date, const SourceFiles* files, std::vector<CodedEvent>* events);

}  // namespace dyad

#endif  // DYAD_CODE_NOUN_EVENTS_H_
