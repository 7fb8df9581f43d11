#include "dyad/code/coder.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>

#include "dyad/base/text.h"
#include "dyad/code/actor_coder.h"
#include "dyad/code/clause_roles.h"
#include "dyad/code/comma_clauses.h"
#include "dyad/code/linear_parse.h"
#include "dyad/code/noun_events.h"
#include "dyad/code/verb_matcher.h"

namespace dyad {
namespace {

// Longest multi-word verb form looked for around a verb, in words.
constexpr int kMaxFormWords = 6;
// Verb phrases are looked for after ROOT and the sentence marker.
constexpr size_t kFirstVerbItem = 2;

bool IsOpenOf(const ParseTree& tree, const LinearItem& item, std::string_view prefix) {
  return item.kind == ItemKind::kOpen && StartsWith(tree.label(item.value), prefix);
}

// The CAMEO root of a code as a number ("057" -> 5); 0 when it has none.
int RootOf(std::string_view code) {
  if (code.size() < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return 0;
  return (code[0] - '0') * 10 + (code[1] - '0');
}

// Whether the entities' codes name two different actors, `A/B` codes split.
bool NameTwoActors(const std::vector<Entity>& entities) {
  std::string_view first;
  bool two = false;
  for (const Entity& e : entities) {
    ForEachAlternative(e.code, [&](std::string_view part) {
      if (!NamesActor(part)) return;
      if (first.empty()) {
        first = part;
      } else if (part != first) {
        two = true;
      }
    });
    if (two) return true;
  }
  return false;
}

// A tree token a sequence element stands at: a word's token, an entity's
// (or a compound's first member's) first token; -1 for none.
int32_t TokenOf(const LinearParse& parse, const SeqElem& s) {
  if (s.kind == SeqKind::kWord) return s.id;
  int32_t entity = s.id;
  if (s.kind == SeqKind::kEnterCompound || s.kind == SeqKind::kLeaveCompound) {
    const auto& members = parse.compounds[s.id].members;
    if (members.empty()) return -1;
    entity = members[0];
  }
  const auto& tokens = parse.entities[entity].tokens;
  return tokens.empty() ? -1 : tokens[0];
}

// A verb phrase that has coded: the verbs nested in it are not coded, except
// in the finite clauses with subjects of their own inside it.
struct Owner {
  size_t close;  // item index of its end
  std::vector<std::pair<int32_t, int32_t>> free_clauses;
};

// A found verb: its form in the dictionary and its words.
struct VerbHit {
  uint32_t form = 0;
  int32_t first_token = 0;  // tree tokens [first_token, last_token]
  int32_t last_token = 0;
};

}  // namespace

class Coder::SentenceCoder {
 public:
  // The contents of *scratch are replaced.
  SentenceCoder(const CoderDictionaries& dicts, const ParseTree& tree, int date, const CoderOptions& options,
                Discourse* discourse, std::span<const TokenId> known_ids, Scratch* scratch, StageClock* clock)
      : d_(dicts),
        tree_(tree),
        known_ids_(known_ids),
        date_(date),
        options_(options),
        discourse_(discourse),
        word_ids_(scratch->word_ids),
        entity_words_(scratch->entity_words),
        linearizer_(scratch->linearizer),
        parse_(scratch->parse),
        upper_(scratch->upper),
        lower_(scratch->lower),
        upper_unplaced_(scratch->upper_unplaced),
        lower_unplaced_(scratch->lower_unplaced),
        upper_words_(scratch->upper_words),
        lower_words_(scratch->lower_words),
        clock_(*clock) {}

  SentenceCoding Run() {
    SentenceCoding result;
    if (discourse_ != nullptr) discourse_->BeginSentence();
    const int tokens = tree_.token_count();
    if (known_ids_.size() == static_cast<size_t>(tokens)) {
      word_ids_.assign(known_ids_.begin(), known_ids_.end());
    } else {
      // Locals, which the calls to Find do not make the compiler reload.
      const Vocabulary& vocabulary = *d_.vocabulary;
      word_ids_.resize(tokens);
      const std::span<TokenId> ids = word_ids_;
      for (int t = 0; t < tokens; ++t) ids[t] = vocabulary.Find(tree_.norm(t));
    }

    if (d_.discards != nullptr) {
      DiscardMatch m = d_.discards->Match(word_ids_);
      if (m.level == DiscardLevel::kStory) return {SentenceOutcome::kStoryDiscard, {}};
      if (m.level == DiscardLevel::kSentence) return {SentenceOutcome::kSentenceDiscard, {}};
    }
    if (!linearizer_.Build(tree_, &parse_).ok()) return {SentenceOutcome::kUnusableTree, {}};
    if (parse_.dateline) return {SentenceOutcome::kDateline, {}};
    AssignEntityCodes();
    if (options_.actor_dyads_only && !NameTwoActors(parse_.entities)) {
      // No verb can give an event the caller keeps; a noun event's phrases
      // are coded on their own, so it needs the sentence coded in full
      // (and CodeVerbs finds it again: the rare case pays twice, so that
      // the common one, no event at all, stops here).
      AddNounEvents(&result.events);
      if (result.events.empty()) return result;
      result.events.clear();
    }
    // Comma clauses leave the entities as they are (only their items go), so
    // they are cut only once verbs are to be coded.
    RemoveCommaClauses(tree_, options_, &parse_);
    CodeVerbs(&result.events);
    return result;
  }

 private:
  void AssignEntityCodes() {
    ActorCoder coder(*d_.actors, *d_.agents);
    for (Entity& e : parse_.entities) {
      ActorCoding coding = coder.Describe(EntityWords(e.tokens), date_);
      if (discourse_ != nullptr) {
        // Describe has nothing to say of a code naming no actor, and Resolve
        // nothing of one that names an actor: one of them is asked.
        std::optional<Referent> m = NamesActor(coding.code) ? discourse_->Describe(tree_, e.tokens, coding)
                                                            : discourse_->Resolve(tree_, e.tokens, coding.code);
        if (m) {
          coding.code = m->code;
          discourse_->Remember(std::move(*m));
        }
      }
      if (!coding.code.empty()) e.code.swap(coding.code);  // else it stays "---", as built
    }
    if (discourse_ == nullptr) return;
    // Pairs of actors named together ("talks between the army and the
    // RSF") are what a later "both sides" refers to.
    for (const Compound& c : parse_.compounds) {
      if (c.members.size() != 2) continue;
      const std::string& a = parse_.entities[c.members[0]].code;
      const std::string& b = parse_.entities[c.members[1]].code;
      if (a != b && NamesActor(a) && NamesActor(b)) discourse_->RememberPair(a, b);
    }
  }

  // The vocabulary ids of an entity's words: a view of the sentence's when
  // its tokens follow one another, as most entities' do, else gathered into
  // entity_words_ (valid until the next call).
  std::span<const TokenId> EntityWords(const std::vector<int32_t>& tokens) {
    bool consecutive = true;
    for (size_t k = 1; k < tokens.size() && consecutive; ++k) consecutive = tokens[k] == tokens[k - 1] + 1;
    if (consecutive) {
      return tokens.empty() ? std::span<const TokenId>() : std::span(word_ids_).subspan(tokens[0], tokens.size());
    }
    entity_words_.clear();
    for (int32_t tok : tokens) entity_words_.push_back(word_ids_[tok]);
    return entity_words_;
  }

  // The part of the upper sequence in the verb's own clause, from its
  // subject on (clause_roles); all of it otherwise or without a subject.
  std::span<const SeqElem> OwnClause(std::span<const SeqElem> upper, int vp_node) const {
    const int32_t subject = options_.clause_roles ? SubjectStart(tree_, vp_node) : -1;
    if (subject < 0) return upper;
    size_t n = 0;
    while (n < upper.size() && !(upper[n].kind == SeqKind::kWord && upper[n].id < subject)) ++n;
    return upper.first(n);
  }

  // The source: the first actor of the verb's own clause, else the first of
  // the whole upper sequence, as PETRARCH chose it.
  Slot FindSource(const EventAssembler& assembler, std::span<const SeqElem> upper,
                  std::span<const SeqElem> own) const {
    if (own.size() < upper.size()) {
      Slot s = assembler.FindSource(own);
      if (assembler.ActorCount(s) > 0) return s;
    }
    return assembler.FindSource(upper);
  }

  // With clause_roles, the target is searched before the first finite
  // clause with its own subject inside the verb phrase ("admitted [it had
  // sent aid to Cuba]" admits nothing to Cuba), then before the verb in its
  // own clause, and a place after IN is a target only when no other actor
  // is ("met the envoy in Vienna and agreed": the envoy, not Vienna; but
  // "called for a ceasefire in Gaza").
  Slot FindTarget(const EventAssembler& assembler, std::span<const SeqElem> own, std::span<const SeqElem> lower,
                  Slot source, const std::vector<std::pair<int32_t, int32_t>>& clauses, TokenSpan verb) {
    size_t n = lower.size();
    if (!clauses.empty()) {
      n = 0;
      while (n < lower.size() && !(TokenOf(parse_, lower[n]) >= clauses.front().first)) ++n;
    }
    if (options_.clause_roles) {
      WithoutPlaces(own, verb, &upper_unplaced_);
      WithoutPlaces(lower.first(n), verb, &lower_unplaced_);
      Slot t = assembler.FindTarget(upper_unplaced_, lower_unplaced_, source);
      if (assembler.ActorCount(t) > 0) return t;
    }
    return assembler.FindTarget(own, lower.first(n), source);
  }

  // `seq` without the entity markers of entities right after the preposition
  // IN (unless IN belongs to the verb: ARRIVE_IN) into *out; their words stay.
  void WithoutPlaces(std::span<const SeqElem> seq, TokenSpan verb, std::vector<SeqElem>* out) const {
    out->clear();
    for (const SeqElem& e : seq) {
      if (e.kind == SeqKind::kEnterEntity || e.kind == SeqKind::kLeaveEntity) {
        const auto& tokens = parse_.entities[e.id].tokens;
        const int32_t before = tokens.empty() ? -1 : tokens[0] - 1;
        if (before >= 0 && (before < verb.begin || before >= verb.end) && tree_.norm(before) == "IN" &&
            tree_.tag(before) == "IN") {
          continue;
        }
      }
      out->push_back(e);
    }
  }

  // The entity that begins at or first after `token`, as a slot.
  Slot EntityFrom(int32_t token) const {
    for (size_t e = 0; e < parse_.entities.size(); ++e) {
      const auto& tokens = parse_.entities[e].tokens;
      if (!tokens.empty() && tokens[0] >= token) return {Slot::kEntity, static_cast<int32_t>(e)};
    }
    return {};
  }

  // "Israel withdrew its troops": a target that a possessive pronoun makes
  // the source's own (the same country) is no other side.
  bool IsReflexivePossessive(Slot source, Slot target) const {
    if (source.kind != Slot::kEntity || target.kind != Slot::kEntity) return false;
    const Entity& t = parse_.entities[target.id];
    if (t.tokens.empty() || tree_.tag(t.tokens[0]) != "PRP$") return false;
    const std::string& s = parse_.entities[source.id].code;
    return s.size() >= 3 && t.code.size() >= 3 && s[0] != '-' && s.compare(0, 3, t.code, 0, 3) == 0;
  }

  // Whether `slot` is the reciprocal "each other" / "one another".
  bool IsReciprocalPronoun(Slot slot) const {
    if (slot.kind != Slot::kEntity) return false;
    const auto& tokens = parse_.entities[slot.id].tokens;
    if (tokens.size() != 2) return false;
    const std::string_view first = tree_.norm(tokens[0]), second = tree_.norm(tokens[1]);
    return (first == "EACH" && second == "OTHER") || (first == "ONE" && second == "ANOTHER");
  }

  // A reflexive possessive target is dropped (IsReflexivePossessive). When
  // the target names no actor: several actors that consult or
  // cooperate (roots 04-06: "the two nations signed a deal"), or that act on
  // "each other" (any root), act on themselves; a verbal cooperation (roots
  // 01-05) in reported speech is addressed to the reporter ("Wang said that
  // Iranian officials had backed the plan").
  void CompleteTarget(const EventAssembler& assembler, int vp_node, VerbCoding* verb) const {
    if (IsReflexivePossessive(verb->source, verb->target)) {
      verb->target = {};
      return;
    }
    if (assembler.ActorCount(verb->target) > 0) return;
    const int root = RootOf(verb->code);
    if (assembler.ActorCount(verb->source) >= 2 && ((root >= 4 && root <= 6) || IsReciprocalPronoun(verb->target))) {
      verb->target = verb->source;
      return;
    }
    if (!options_.clause_roles || root < 1 || root > 5) return;
    const int32_t reporter = ReporterStart(tree_, vp_node);
    if (reporter < 0) return;
    Slot speaker = EntityFrom(reporter);
    if (!(speaker == verb->source) && assembler.ActorCount(speaker) > 0) verb->target = speaker;
  }

  // A verb with no object, no BY phrase and no auxiliary before its
  // participle is an agentless passive ("civilians killed near the border").
  bool IsAgentlessParticiple(int vp_node, std::span<const SeqElem> lower) const {
    if (!IsBareParticiple(tree_, vp_node)) return false;
    if (!lower.empty() && (lower[0].kind == SeqKind::kEnterEntity || lower[0].kind == SeqKind::kEnterCompound)) {
      return false;
    }
    for (const SeqElem& e : lower) {
      if (e.kind == SeqKind::kWord && e.id >= 0 && tree_.norm(e.id) == "BY") return false;
    }
    return true;
  }

  // The participle of a passive VP opening at items[vp] ("was opposed ...
  // by"), as the item index of its preterminal, or 0 if the VP is active:
  // a VBN after a finite form of BE, BEEN or BEING, with BY somewhere after
  // it. PETRARCH-1 knew only WAS/IS/BEEN, which turned "were arrested by"
  // around. Bare BE (after a modal or TO) is left out: there the BY phrase
  // is as often a cause as an agent ("could be drawn into talks by its
  // resumption of ties"), and the unit tests code such clauses as active.
  static bool IsFormOfBe(std::string_view word) {
    for (std::string_view be : {"AM", "IS", "ARE", "WAS", "WERE", "BEEN", "BEING", "'S", "'RE"}) {
      if (word == be) return true;
    }
    return false;
  }

  size_t PassiveParticiple(size_t vp, size_t vp_close) const {
    const auto& items = parse_.items;
    size_t vbn_close = 0;
    for (size_t i = vp + 3; i < vp_close; ++i) {
      if (items[i].kind == ItemKind::kClose && tree_.label(items[i].value) == "VBN") {
        vbn_close = i;
        break;
      }
    }
    if (vbn_close == 0) return 0;
    bool by = false;
    for (size_t i = vbn_close + 1; i < vp_close; ++i) {
      if (items[i].kind == ItemKind::kWord && tree_.norm(items[i].value) == "BY") by = true;
    }
    if (!by) return 0;
    for (size_t i = vbn_close; i-- > vp + 1;) {
      if (items[i].kind != ItemKind::kClose || !StartsWith(tree_.label(items[i].value), "VB")) continue;
      if (i >= 1 && items[i - 1].kind == ItemKind::kWord) {
        std::string_view aux = tree_.norm(items[i - 1].value);
        if (IsFormOfBe(aux)) return vbn_close - 2;
      }
    }
    return 0;
  }

  // The dictionary form for the verb word `token`, preferring the longest
  // (multi-word) form around it; false if the word is no verb form.
  bool FindVerb(int32_t token, VerbHit* hit) const {
    // Forms are made of known words: they lie within [known_begin,
    // known_last], the known words around the verb's, as far as a form
    // reaches.
    if (word_ids_[token] == kNoToken) return false;
    const int n = tree_.token_count();
    int known_begin = token, known_last = token;
    while (known_begin > 0 && token - known_begin + 1 < kMaxFormWords && word_ids_[known_begin - 1] != kNoToken) {
      --known_begin;
    }
    while (known_last + 1 < n && known_last - token + 1 < kMaxFormWords && word_ids_[known_last + 1] != kNoToken) {
      ++known_last;
    }
    // The longest form wins; of equal length, the one starting nearest the
    // verb, whose start is walked first.
    int best_length = 0;
    for (int start = token; start >= known_begin; --start) {
      const int pos = token - start;
      const auto words = std::span(word_ids_).subspan(start, std::min(kMaxFormWords, known_last - start + 1));
      d_.verbs->VisitFormsFrom(words, [&](size_t length, std::span<const uint32_t> forms) {
        const int len = static_cast<int>(length);
        if (len <= pos || len <= best_length) return;  // short of the verb, or no longer than the best
        // When several blocks list a form, the last one read wins, as the
        // PETRARCH dictionary overwrote earlier definitions.
        for (size_t f = forms.size(); f-- > 0;) {
          if (d_.verbs->form(forms[f]).verb_position == pos) {
            *hit = {forms[f], start, start + len - 1};
            best_length = len;
            return;
          }
        }
      });
    }
    return best_length > 0;
  }

  // Item index of the word item for `token` searching outwards from `from`.
  size_t WordItemBefore(size_t from, int32_t token) const {
    for (size_t i = from + 1; i-- > 0;) {
      if (parse_.items[i].kind == ItemKind::kWord && parse_.items[i].value == token) return i;
    }
    return from;
  }
  size_t WordItemAfter(size_t from, int32_t token) const {
    for (size_t i = from; i < parse_.items.size(); ++i) {
      if (parse_.items[i].kind == ItemKind::kWord && parse_.items[i].value == token) return i;
    }
    return from;
  }

  // A verb block written in the PETRARCH2 style (its codes' `:` separates
  // active from passive voice).
  bool HasPetrarch2Patterns(const VerbBlock& block) const {
    for (uint32_t p = block.first_pattern; p < block.end_pattern(); ++p) {
      if (d_.verbs->pattern(p).style == PatternStyle::kPetrarch2) return true;
    }
    return false;
  }

  std::string Where(Provenance p) const { return d_.files != nullptr ? d_.files->Format(p) : std::string(); }

  void CodeVerbs(std::vector<CodedEvent>* events) {
    EventAssembler assembler(tree_, parse_, options_);
    // A local view: the items stay as they are from here on, and the loop
    // need not reload them after each call.
    const std::span<const LinearItem> items = parse_.items;
    std::vector<Owner> owners;
    for (size_t k = kFirstVerbItem; k + 2 < items.size(); ++k) {
      if (!IsOpenOf(tree_, items[k], "VP") || !IsOpenOf(tree_, items[k + 1], "VB")) continue;
      const int vp_node = items[k].value;
      while (!owners.empty() && k >= owners.back().close) owners.pop_back();
      if (!owners.empty()) {
        const int32_t first = tree_.node(vp_node).token_begin;
        bool free = false;
        for (const auto& [begin, end] : owners.back().free_clauses) free |= first >= begin && first < end;
        if (!free) continue;
      }
      if (options_.clause_roles && (IsBackgroundClause(tree_, vp_node) || IsUnrealised(tree_, vp_node))) continue;
      size_t vp_close = parse_.CloseOf(k);
      size_t verb_open = k + 1;
      size_t participle = PassiveParticiple(k, vp_close);
      bool passive = participle != 0;
      if (passive) verb_open = participle;
      if (verb_open + 1 >= items.size() || items[verb_open + 1].kind != ItemKind::kWord) continue;
      size_t verb_item = verb_open + 1;

      VerbHit hit;
      if (!FindVerb(items[verb_item].value, &hit)) continue;
      const VerbForm& form = d_.verbs->form(hit.form);
      size_t first_item = WordItemBefore(verb_item, hit.first_token);
      size_t last_item = WordItemAfter(verb_item, hit.last_token);
      const std::vector<SeqElem>& upper = upper_;
      const std::vector<SeqElem>& lower = lower_;
      UpperSequence(tree_, parse_, word_ids_, first_item, &upper_);
      LowerSequence(parse_, word_ids_, last_item + 1, vp_close, &lower_);
      if (options_.clause_roles && !passive && IsAgentlessParticiple(vp_node, lower)) continue;

      VerbCoding verb;
      verb.passive = passive;
      verb.verb = {hit.first_token, hit.last_token + 1};
      const VerbBlock& block = d_.verbs->block(form.block);
      upper_words_.Set(*d_.verbs, upper);
      lower_words_.Set(*d_.verbs, lower);
      Provenance where;  // formatted only for a verb that gives events
      const BlockMatch first = MatchBlock(*d_.verbs, block, upper, lower, upper_words_, lower_words_);
      if (first.match.matched) {
        const VerbPattern& pattern = d_.verbs->pattern(first.pattern);
        verb.code = d_.verbs->code(pattern.code).text;
        verb.voice_codes = pattern.style == PatternStyle::kPetrarch2;
        verb.source = first.match.source;
        verb.target = first.match.target;
        where = pattern.provenance;
      } else {
        verb.code = d_.verbs->code(form.code).text;
        verb.voice_codes = HasPetrarch2Patterns(block);
        where = form.provenance;
        if (verb.code == "---") continue;  // no default: look inside the VP
      }
      clock_.Mark(&StageTimes::match);
      std::vector<std::pair<int32_t, int32_t>> clauses;
      if (options_.clause_roles) clauses = FiniteClausesInside(tree_, vp_node);
      if (verb.code != "---") {
        const std::span<const SeqElem> own = OwnClause(upper, vp_node);
        if (verb.source.empty()) verb.source = FindSource(assembler, upper, own);
        if (!verb.source.empty()) {
          if (verb.target.empty()) verb.target = FindTarget(assembler, own, lower, verb.source, clauses, verb.verb);
          CompleteTarget(assembler, vp_node, &verb);
          if (!verb.target.empty()) {
            verb.provenance = Where(where);
            assembler.AddEvents(verb, events);
          }
        }
      }
      clock_.Mark(&StageTimes::code);
      // A coded verb owns its whole phrase: verbs nested in it are not coded,
      // but those of a clause with its own subject are.
      owners.push_back({vp_close, std::move(clauses)});
    }
    AddNounEvents(events);
    clock_.Mark(&StageTimes::match);
    assembler.Finish(events);
    clock_.Mark(&StageTimes::code);
  }

  void AddNounEvents(std::vector<CodedEvent>* events) const {
    ActorCoder actors(*d_.actors, *d_.agents);
    dyad::AddNounEvents(tree_, word_ids_, *d_.verbs, actors, date_, d_.files, events);
  }

  const CoderDictionaries& d_;
  const ParseTree& tree_;
  std::span<const TokenId> known_ids_;  // of the tree tokens, from the caller; empty: looked up
  int date_;
  const CoderOptions& options_;
  Discourse* discourse_;
  std::vector<TokenId>& word_ids_;
  std::vector<TokenId>& entity_words_;
  LinearParseBuilder& linearizer_;
  LinearParse& parse_;
  std::vector<SeqElem>& upper_;
  std::vector<SeqElem>& lower_;
  std::vector<SeqElem>& upper_unplaced_;
  std::vector<SeqElem>& lower_unplaced_;
  SequenceWords& upper_words_;
  SequenceWords& lower_words_;
  StageClock& clock_;
};

const char* OutcomeName(SentenceOutcome outcome) {
  switch (outcome) {
    case SentenceOutcome::kCoded: return "coded";
    case SentenceOutcome::kSentenceDiscard: return "sentencediscard";
    case SentenceOutcome::kStoryDiscard: return "storydiscard";
    case SentenceOutcome::kDateline: return "dateline";
    case SentenceOutcome::kUnusableTree: return "unusable_tree";
  }
  return "coded";
}

SentenceCoding Coder::Code(const ParseTree& tree, int date, const CoderOptions& options, Discourse* discourse,
                           std::span<const TokenId> word_ids) {
  StageClock clock(times_);
  SentenceCoding coding = SentenceCoder(dicts_, tree, date, options, discourse, word_ids, &scratch_, &clock).Run();
  clock.Mark(&StageTimes::match);  // what the stages above left: lookups, discards, linear parse, actors
  return coding;
}

}  // namespace dyad
