// From a coded verb to events: choosing source and target when the pattern
// did not name them, turning actor slots into codes, and pairing them up.
#ifndef DYAD_CODE_EVENT_ASSEMBLER_H_
#define DYAD_CODE_EVENT_ASSEMBLER_H_

#include <cstdint>
#include <list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/code/coder_options.h"
#include "dyad/code/linear_parse.h"
#include "dyad/code/verb_matcher.h"
#include "dyad/tree/parse_tree.h"

namespace dyad {

// Tree tokens [begin, end); both -1 when unknown.
struct TokenSpan {
  int32_t begin = -1;
  int32_t end = -1;
};

struct CodedEvent {
  std::string source;  // actor code ("ARNGOV", "---GOV", "\"INJURY TOLL\"")
  std::string target;
  std::string code;    // event code as written in the dictionary ("064", "174K")
  TokenSpan source_span, target_span, verb_span;
  std::string provenance;  // "FILE:LINE" of the pattern, or of the verb when none matched
};

// What the verb stage decided for one verb.
struct VerbCoding {
  std::string code;  // as written: "A:B" is a paired code, or see voice_codes
  bool passive = false;
  // The code comes from a PETRARCH2-style dictionary, where "A:B" means A in
  // the active voice and B in the passive (either may be empty: no event).
  bool voice_codes = false;
  Slot source, target;  // from the pattern; empty: search for them
  TokenSpan verb;
  std::string provenance;
};

class EventAssembler {
 public:
  // `parse` must have its entity codes assigned. All arguments must outlive
  // the assembler.
  EventAssembler(const ParseTree& tree, const LinearParse& parse, const CoderOptions& options)
      : tree_(tree), parse_(parse), options_(options) {}

  // The default source: the first compound or actor-coded entity of the
  // upper sequence in sentence order, else its first entity; empty if none.
  // ("Actor-coded": not `---` and not an agent alone such as `---GOV`.)
  Slot FindSource(std::span<const SeqElem> upper) const;
  // The default target: in the lower sequence the first compound or
  // actor-coded entity whose code does not begin with the (single) source
  // code, else its first other entity; failing both, the same searches in the
  // upper sequence outwards from the verb (the other entity must differ from
  // the source).
  Slot FindTarget(std::span<const SeqElem> upper, std::span<const SeqElem> lower, Slot source) const;

  // How many actors the slot names once `A/B` codes are split (agents
  // alone, `---` and quoted phrases do not count); 0 for an empty slot.
  size_t ActorCount(Slot slot) const;

  // Appends the events of one verb to *events: every source code x target
  // code except self-pairs, swapped for a passive verb; a paired code A:B
  // also gives target -> source with B (a null side then takes the other
  // side's codes). With voice_codes, A:B instead picks A or B by voice.
  void AddEvents(const VerbCoding& verb, std::vector<CodedEvent>* events) const;

  // Drops events with a bare `---` side (when require_dyad) and duplicates.
  void Finish(std::vector<CodedEvent>* events) const;

 private:
  struct ActorRef {
    std::string_view code;  // into an entity's code, quoted_ or a literal
    TokenSpan span;
  };
  // The codes of `slot` into *out (replacing its contents), `A/B`
  // alternatives split: each entity's code, an uncoded one's quoted phrase
  // when new_actor_length allows; `---` alone when that gives none. Empty
  // for an empty slot.
  void Codes(Slot slot, std::vector<ActorRef>* out) const;
  // Appends the entity's codes; false when it adds none (uncoded and not
  // quoted).
  bool AddEntityCode(int32_t entity, std::vector<ActorRef>* out) const;
  // The entity's words, quoted; valid as long as the assembler.
  std::string_view Quoted(int32_t entity) const;
  TokenSpan SpanOf(int32_t entity) const;

  const ParseTree& tree_;
  const LinearParse& parse_;
  const CoderOptions& options_;
  // Scratch of the calls, which keeps its storage from one to the next.
  mutable std::vector<ActorRef> sources_, targets_;
  // A list: the views into it stay valid, and an empty one allocates nothing
  // (a deque would, for every sentence).
  mutable std::list<std::string> quoted_;
};

}  // namespace dyad

#endif  // DYAD_CODE_EVENT_ASSEMBLER_H_
