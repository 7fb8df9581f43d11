#include "dyad/code/verb_matcher.h"

#include <algorithm>
#include <array>

namespace dyad {
namespace {

// Longest synset member phrase considered, in words.
constexpr size_t kMaxSynsetWords = 8;
// PETRARCH's clause scans start after ROOT and the sentence marker.
constexpr size_t kClauseStart = 2;

SeqElem FromItem(const LinearItem& item, std::span<const TokenId> word_ids, bool outward_is_forward) {
  switch (item.kind) {
    case ItemKind::kWord: {
      TokenId w = item.value >= 0 && static_cast<size_t>(item.value) < word_ids.size() ? word_ids[item.value] : kNoToken;
      return {SeqKind::kWord, w, item.value};
    }
    case ItemKind::kEntityOpen:
      return {outward_is_forward ? SeqKind::kEnterEntity : SeqKind::kLeaveEntity, kNoToken, item.value};
    case ItemKind::kEntityClose:
      return {outward_is_forward ? SeqKind::kLeaveEntity : SeqKind::kEnterEntity, kNoToken, item.value};
    case ItemKind::kCompoundOpen:
      return {outward_is_forward ? SeqKind::kEnterCompound : SeqKind::kLeaveCompound, kNoToken, item.value};
    case ItemKind::kCompoundClose:
      return {outward_is_forward ? SeqKind::kLeaveCompound : SeqKind::kEnterCompound, kNoToken, item.value};
    default:
      return {SeqKind::kWord, kNoToken, -1};  // not reached: phrase markers are filtered out
  }
}

// Whether a sequence with `words` can satisfy a pattern side's `needs`;
// `elements` are the side's elements. Signatures first, as they are cheap.
bool MayMatch(const VerbDictionary& verbs, const SideNeeds& needs, std::span<const PatternElement> elements,
              const SequenceWords* words) {
  if (words == nullptr) return true;
  const uint64_t signature = words->signature();
  if ((needs.all & ~signature) != 0) return false;
  for (uint64_t any : verbs.AnyOf(needs)) {
    if ((any & signature) == 0) return false;
  }
  if (needs.all == 0 && needs.any_count == 0) return true;  // nothing to look up
  for (const PatternElement& e : elements) {
    if (e.kind == ElementKind::kWord && !words->Has(e.value)) return false;
    if (e.kind == ElementKind::kSynset && !words->MayHoldSet(e.value)) return false;
  }
  return true;
}

bool IsPhraseMarker(const LinearItem& item) { return item.kind == ItemKind::kOpen || item.kind == ItemKind::kClose; }

bool IsLinearElement(const PatternElement& e) {
  return e.kind != ElementKind::kNounPhrase && e.kind != ElementKind::kPrepPhrase && e.kind != ElementKind::kGroupEnd;
}

// Walks the linear elements of one side of a pattern in outward order
// without copying them, and tells whether the current one is joined to the
// word before it.
class OutwardElements {
 public:
  OutwardElements(std::span<const PatternElement> elements, bool reversed, bool first_adjacent)
      : elements_(elements), reversed_(reversed), pos_(reversed ? elements.size() : 0), adjacent_(first_adjacent) {}

  // The next linear element outwards, or nullptr at the end. Before `*` an
  // element is joined to the next word when the element read before it
  // (nearer the verb) was written joined; after `*`, when it was itself.
  const PatternElement* Next() {
    if (current_ != nullptr && reversed_) adjacent_ = current_->joined;
    current_ = nullptr;
    while (reversed_ ? pos_ > 0 : pos_ < elements_.size()) {
      const PatternElement& e = reversed_ ? elements_[--pos_] : elements_[pos_++];
      if (!IsLinearElement(e)) continue;
      current_ = &e;
      if (!reversed_) adjacent_ = e.joined;
      break;
    }
    return current_;
  }
  bool adjacent() const { return adjacent_; }

 private:
  std::span<const PatternElement> elements_;
  bool reversed_;
  size_t pos_;
  bool adjacent_;
  const PatternElement* current_ = nullptr;
};

class SideMatcher {
 public:
  SideMatcher(const VerbDictionary& verbs, std::span<const SeqElem> seq, bool reversed, PatternMatch* out)
      : verbs_(verbs), seq_(seq), reversed_(reversed), out_(out) {}

  // Matches the linear elements of `elements` read outwards: backwards when
  // `reversed_` (before `*`), else forwards. The first element read must take
  // the very first word when `first_adjacent`; every later one when the
  // element it follows outwards is joined to it (`_`).
  bool Match(std::span<const PatternElement> elements, bool first_adjacent) {
    size_t i = 0;
    int32_t entity = -1, compound = -1;
    OutwardElements outward(elements, reversed_, first_adjacent);
    const PatternElement* current = outward.Next();
    while (current != nullptr) {
      if (i >= seq_.size()) return false;
      const SeqElem& s = seq_[i];
      switch (s.kind) {
        case SeqKind::kEnterEntity: entity = s.id; ++i; continue;
        case SeqKind::kLeaveEntity: entity = -1; ++i; continue;
        case SeqKind::kEnterCompound: compound = s.id; ++i; continue;
        case SeqKind::kLeaveCompound: compound = -1; ++i; continue;
        case SeqKind::kWord: break;
      }
      const PatternElement& e = *current;
      size_t next = i + 1;
      bool ok = false;
      switch (e.kind) {
        case ElementKind::kWord:
          ok = s.word == e.value;
          break;
        case ElementKind::kWordChoice: {
          auto choices = verbs_.Choices(e);
          ok = std::find(choices.begin(), choices.end(), s.word) != choices.end();
          break;
        }
        case ElementKind::kSynset: {
          size_t n = SynsetLength(e.value, i);
          ok = n > 0;
          next = i + n;
          break;
        }
        case ElementKind::kSource:
        case ElementKind::kTarget:
        case ElementKind::kSkip:
          if (entity >= 0) {
            ok = true;
            Slot slot = compound >= 0 ? Slot{Slot::kCompound, compound} : Slot{Slot::kEntity, entity};
            if (e.kind == ElementKind::kSource) out_->source = slot;
            if (e.kind == ElementKind::kTarget) out_->target = slot;
            next = EndOf(SeqKind::kLeaveEntity, entity, i);
          }
          break;
        case ElementKind::kCompound:
          if (compound >= 0) {
            ok = true;
            // Before the verb the compound acts on itself ("Arnor and Gondor
            // agreed"); after it, it is what the verb acts on ("agreed with
            // Arnor and Gondor").
            if (reversed_) out_->source = {Slot::kCompound, compound};
            out_->target = {Slot::kCompound, compound};
            next = EndOf(SeqKind::kLeaveCompound, compound, i);
            entity = -1;
          }
          break;
        default:
          break;
      }
      if (ok) {
        current = outward.Next();
        i = next;
        continue;
      }
      if (outward.adjacent()) return false;
      ++i;
    }
    return true;
  }

 private:
  // Index of the marker that leaves `id` at or after i (the next iteration
  // processes it), or the end of the sequence.
  size_t EndOf(SeqKind leave, int32_t id, size_t i) const {
    for (size_t j = i; j < seq_.size(); ++j) {
      if (seq_[j].kind == leave && seq_[j].id == id) return j;
    }
    return seq_.size();
  }

  // Words (in outward order) taken by the longest member of `synset` that
  // starts at i, reading in sentence order; 0 if none. Members must be
  // consecutive words: an entity boundary ends them.
  size_t SynsetLength(SynsetId synset, size_t i) const {
    // The word at i must begin a member (or, outwards in the upper sequence,
    // end one); the signature rules out most words at once.
    if (synset >= verbs_.synset_count()) return 0;
    const Synset& set = verbs_.synset(synset);
    if (((reversed_ ? set.last_words : set.first_words) & TokenBit(seq_[i].word)) == 0) return 0;
    size_t m = 0;
    while (i + m < seq_.size() && m < kMaxSynsetWords && seq_[i + m].kind == SeqKind::kWord) ++m;
    std::array<TokenId, kMaxSynsetWords> run;
    if (!reversed_) {
      for (size_t j = 0; j < m; ++j) run[j] = seq_[i + j].word;
      return verbs_.MatchSynset(synset, std::span(run.data(), m));
    }
    // Outwards in the upper sequence is backwards in the sentence: the
    // member must end at i. run[] holds the words in sentence order, the
    // one at i last.
    for (size_t j = 0; j < m; ++j) run[m - 1 - j] = seq_[i + j].word;
    for (size_t n = m; n > 0; --n) {
      if (verbs_.MatchSynset(synset, std::span(run.data() + (m - n), n)) == n) return n;
    }
    return 0;
  }

  const VerbDictionary& verbs_;
  std::span<const SeqElem> seq_;
  bool reversed_;
  PatternMatch* out_;
};

}  // namespace

void UpperSequence(const ParseTree& tree, const LinearParse& parse, std::span<const TokenId> word_ids,
                   size_t verb_item, std::vector<SeqElem>* seq) {
  seq->clear();
  const std::span<const LinearItem> items = parse.items;  // a local view: not reloaded after each push
  for (size_t i = std::min(verb_item, items.size()); i-- > kClauseStart;) {
    const LinearItem& item = items[i];
    if (item.kind == ItemKind::kClose && tree.label(item.value) == ",") break;
    if (IsPhraseMarker(item)) continue;
    seq->push_back(FromItem(item, word_ids, /*outward_is_forward=*/false));
  }
}

void LowerSequence(const LinearParse& parse, std::span<const TokenId> word_ids, size_t from, size_t to,
                   std::vector<SeqElem>* seq) {
  seq->clear();
  const std::span<const LinearItem> items = parse.items;  // a local view: not reloaded after each push
  for (size_t i = from; i < std::min(to, items.size()); ++i) {
    if (IsPhraseMarker(items[i])) continue;
    seq->push_back(FromItem(items[i], word_ids, /*outward_is_forward=*/true));
  }
}

void SequenceWords::Set(const VerbDictionary& verbs, std::span<const SeqElem> seq) {
  for (TokenId w : words_) present_[w / 64] &= ~TokenBit(w);
  words_.clear();
  signature_ = 0;
  sets_.assign(verbs.synset_count() / 64 + 1, 0);
  for (const SeqElem& s : seq) {
    if (s.kind != SeqKind::kWord) continue;
    signature_ |= TokenBit(s.word);
    if (s.word == kNoToken) continue;
    if (s.word / 64 >= present_.size()) present_.resize(s.word / 64 + 1, 0);
    present_[s.word / 64] |= TokenBit(s.word);
    words_.push_back(s.word);
    for (SynsetId set : verbs.SetsBegunBy(s.word)) sets_[set / 64] |= uint64_t{1} << (set % 64);
  }
}

PatternMatch MatchPattern(const VerbDictionary& verbs, const VerbPattern& pattern, std::span<const SeqElem> upper,
                          std::span<const SeqElem> lower, const SequenceWords* upper_words,
                          const SequenceWords* lower_words) {
  if (!MayMatch(verbs, pattern.before_needs, verbs.Before(pattern), upper_words) ||
      !MayMatch(verbs, pattern.after_needs, verbs.After(pattern), lower_words)) {
    return PatternMatch();
  }
  PatternMatch result;
  // The element nearest `*` before it is joined to the verb when `*` is
  // written joined (`X_*`); after it, when that element itself is (`* _X`).
  if (!SideMatcher(verbs, upper, /*reversed=*/true, &result).Match(verbs.Before(pattern), pattern.verb_joined)) {
    return PatternMatch();
  }
  if (!SideMatcher(verbs, lower, /*reversed=*/false, &result).Match(verbs.After(pattern), false)) {
    return PatternMatch();
  }
  result.matched = true;
  return result;
}

BlockMatch MatchBlock(const VerbDictionary& verbs, const VerbBlock& block, std::span<const SeqElem> upper,
                      std::span<const SeqElem> lower, const SequenceWords& upper_words,
                      const SequenceWords& lower_words) {
  const uint64_t upper_signature = upper_words.signature(), lower_signature = lower_words.signature();
  for (uint32_t p = block.first_pattern; p < block.end_pattern(); ++p) {
    const VerbPattern& pattern = verbs.pattern(p);
    if (((pattern.before_needs.all & ~upper_signature) | (pattern.after_needs.all & ~lower_signature)) != 0) continue;
    PatternMatch m = MatchPattern(verbs, pattern, upper, lower, &upper_words, &lower_words);
    if (m.matched) return {p, m};
  }
  return {};
}

}  // namespace dyad
