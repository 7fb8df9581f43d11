// The event coder: one parsed sentence in, CAMEO events out, exactly as the
// dictionaries say. This is a re-design of the PETRARCH-1 (v0.5) coding
// algorithm, which matched TABARI-style linear verb patterns on the words
// around a verb after marking the noun phrases of the Penn tree as actors.
//
//   std::shared_ptr<const DictionarySet> set = ...;   // immutable, shared by threads
//   Coder coder(CoderDictionaries::Of(*set));          // cheap
//   CoderOptions options;                        // require_dyad, comma_*, ...
//   SentenceCoding coding = coder.Code(tree, 19950101, options);
//   if (coding.outcome == SentenceOutcome::kCoded)
//     for (const CodedEvent& e : coding.events) Print(e.source, e.target, e.code);
//
// The algorithm, stage by stage (each stage is one file of this module):
//
// 1. Discards (coder.cc). A discard phrase anywhere in the sentence's words
//    stops coding: `+PHRASE` discards the story, `PHRASE` the sentence.
//
// 2. Linearisation (linear_parse.h). The tree becomes a flat list of items:
//    phrase open/close markers, words, and the two kinds of actor slot the
//    patterns can see:
//      - an entity (NE): a noun phrase flattened to its words. An NP becomes
//        one entity when it holds a possessive (its `'s` dropped), when it is
//        `NP (PP prep NP)` with a simple object (head, preposition and object
//        kept; the rest of the NP is dropped), or when it holds no further NP.
//        Any other NP stays a phrase marker and its inner NPs are tried.
//      - a compound (NEC): an NP that coordinates nouns (a CC whose parent NP
//        holds no VP or S, no second CC, and at least three N* nodes). Its
//        members (NP or noun children, with any leading adjectives copied
//        onto bare nouns) become entities grouped by the compound. An entity
//        whose words contain compounds is expanded into a compound whose
//        members repeat the surrounding words, one per combination.
//    A sentence whose first phrase is an entity made of a compound is a
//    dateline ("CEBU CITY: -- ...") and is not coded.
//
// 3. Comma clauses (comma_clauses.h). Clauses between commas of the lengths
//    given by comma_min/max (inside), comma_bmin/bmax (at the start) and
//    comma_emin/emax (at the end) lose their complete phrases; dangling
//    commas at either end go too. A max of 0 turns that removal off.
//
// 4. Actor codes (actor_coder.h). Each entity's words get a code: the first
//    actor phrase found scanning left to right (its code chosen by the
//    sentence date), then every agent phrase outside the actor, in order, as
//    suffix (`~GOV`) or prefix (`NGO~`) pieces; an agent piece already present
//    at a 3-letter boundary ends the agents. Agents without an actor give
//    `---GOV`. No actor and no agent: the null code `---`.
//
// 5. Verbs (verb_matcher.h). Each VP whose first child is a VB* tag is a verb
//    candidate, in sentence order. A passive VP (a VBN after a form of BE,
//    followed by BY) is coded on the participle with source and target
//    swapped. The verb word, with the words around it for multi-word verbs
//    (WIRE TAPPED, BROKE DOWN), must be a form in the verb dictionary. The
//    "upper" sequence runs from the verb back towards the start of the clause
//    (stopping at a comma); the "lower" one from the verb to the end of its
//    VP. The verb's patterns are tried in dictionary order: the part before
//    `*` against the upper sequence read outwards from the verb, the part
//    after it against the lower one. A pattern word must come next when it is
//    joined by `_`, and may be preceded by other words otherwise; `&SET`
//    matches any member phrase, `$`/`+` take the entity at that point (or
//    the whole compound it belongs to) as source/target, `^` skips an
//    entity, `%` takes the compound at that point as both source and target
//    before `*`, as the target after it. The first matching pattern's code
//    wins, else the verb form's own code. A pattern coded `---` blocks the
//    verb.
//
// 6. Events (event_assembler.h). Without `$`, the source is the first
//    compound or actor-coded entity of the upper sequence (sentence order),
//    else its first entity ("actor-coded": neither `---` nor an agent alone
//    such as `---GOV`). Without `+`, the target is the first compound or
//    actor-coded entity of the lower sequence whose code does not begin with
//    the source's, then any other entity there, then the same two searches in
//    the upper sequence outwards. Compounds and `A/B` codes multiply into
//    every source x target pair except self-pairs; unknown entities are
//    quoted phrases when new_actor_length allows. A paired code `A:B` gives
//    source->target A and target->source B; in a PETRARCH2-style dictionary
//    (CAMEO.2.0) `A:B` means A in the active voice and B in the passive
//    instead. With require_dyad, events with a bare `---` side are dropped;
//    duplicates are dropped. After a verb codes, the rest of its VP is
//    skipped.
//
// Everything is deterministic and nothing throws; a tree the coder cannot
// linearise yields an outcome, not a crash.
#ifndef DYAD_CODE_CODER_H_
#define DYAD_CODE_CODER_H_

#include <string>
#include <vector>

#include "dyad/base/stage_times.h"
#include "dyad/code/coder_options.h"
#include "dyad/code/discourse.h"
#include "dyad/code/event_assembler.h"
#include "dyad/code/linear_parse.h"
#include "dyad/code/verb_matcher.h"
#include "dyad/dict/actor_dict.h"
#include "dyad/dict/agent_dict.h"
#include "dyad/dict/dictionary_set.h"
#include "dyad/dict/discard_dict.h"
#include "dyad/dict/provenance.h"
#include "dyad/dict/verb_dict.h"
#include "dyad/dict/vocabulary.h"
#include "dyad/tree/parse_tree.h"

namespace dyad {

// The dictionaries the coder reads. All must be frozen and outlive the Coder;
// `discards` and `files` may be null (no discard list; no provenance text).
struct CoderDictionaries {
  // A view of a loaded set, which must outlive the coder.
  static CoderDictionaries Of(const DictionarySet& set) {
    return {&set.vocabulary(), &set.verbs(), &set.actors(), &set.agents(), &set.discards(), &set.files()};
  }

  const Vocabulary* vocabulary = nullptr;
  const VerbDictionary* verbs = nullptr;
  const ActorDict* actors = nullptr;
  const AgentDict* agents = nullptr;
  const DiscardDict* discards = nullptr;
  const SourceFiles* files = nullptr;  // for provenance strings
};

enum class SentenceOutcome {
  kCoded,             // coded; events may still be empty
  kSentenceDiscard,   // a sentence discard phrase occurs
  kStoryDiscard,      // a story discard phrase occurs
  kDateline,          // the sentence is a dateline, not news
  kUnusableTree,      // the tree could not be linearised
};

// "coded", "sentencediscard", "storydiscard", "dateline", "unusable_tree".
const char* OutcomeName(SentenceOutcome outcome);

struct SentenceCoding {
  SentenceOutcome outcome = SentenceOutcome::kCoded;
  std::vector<CodedEvent> events;  // in the order the verbs coded them
};

class Coder {
 public:
  explicit Coder(const CoderDictionaries& dictionaries) : dicts_(dictionaries) {}

  // Codes one sentence. `date` is YYYYMMDD (it selects dated actor codes).
  // With a `discourse` (the article so far), entities the dictionaries leave
  // without an actor are resolved by it (discourse.h) and every entity is
  // remembered there for the sentences that follow; without one, each
  // sentence stands alone, as in PETRARCH. `word_ids`, when not empty, are
  // the ids of the tree's tokens in this coder's vocabulary (what Find of
  // tree.norm(t) gives; Parser::word_ids), which spares looking them up.
  // Keeps scratch space from one call to the next, so a Coder serves one
  // thread at a time.
  SentenceCoding Code(const ParseTree& tree, int date, const CoderOptions& options, Discourse* discourse = nullptr,
                      std::span<const TokenId> word_ids = {});

  // Adds the time Code() spends matching and coding (StageTimes::match,
  // ::code) to *times from now on; null (the default) stops.
  void set_stage_times(StageTimes* times) { times_ = times; }

  // The vocabulary ids of the tokens of the sentence Code() saw last
  // (kNoToken for words no dictionary has), for further dictionary lookups.
  std::span<const TokenId> word_ids() const { return scratch_.word_ids; }

 private:
  class SentenceCoder;
  // Scratch, reused across sentences to spare the allocations.
  struct Scratch {
    std::vector<TokenId> word_ids;  // per tree token
    LinearParseBuilder linearizer;
    LinearParse parse;
    std::vector<TokenId> entity_words;   // of the entity being coded
    std::vector<SeqElem> upper, lower;  // of the verb being coded
    std::vector<SeqElem> upper_unplaced, lower_unplaced;  // without the places after IN
    SequenceWords upper_words, lower_words;
  };

  CoderDictionaries dicts_;
  Scratch scratch_;
  StageTimes* times_ = nullptr;
};

}  // namespace dyad

#endif  // DYAD_CODE_CODER_H_
