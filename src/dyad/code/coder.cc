#include "dyad/code/coder.h"

#include <algorithm>
#include <string_view>

#include "dyad/base/text.h"
#include "dyad/code/actor_coder.h"
#include "dyad/code/comma_clauses.h"
#include "dyad/code/linear_parse.h"
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
                Scratch* scratch)
      : d_(dicts), tree_(tree), date_(date), options_(options), word_ids_(scratch->word_ids),
        linearizer_(scratch->linearizer), parse_(scratch->parse), upper_(scratch->upper), lower_(scratch->lower),
        upper_words_(scratch->upper_words), lower_words_(scratch->lower_words) {}

  SentenceCoding Run() {
    SentenceCoding result;
    word_ids_.resize(tree_.token_count());
    for (int t = 0; t < tree_.token_count(); ++t) word_ids_[t] = d_.vocabulary->Find(tree_.norm(t));

    if (d_.discards != nullptr) {
      DiscardMatch m = d_.discards->Match(word_ids_);
      if (m.level == DiscardLevel::kStory) return {SentenceOutcome::kStoryDiscard, {}};
      if (m.level == DiscardLevel::kSentence) return {SentenceOutcome::kSentenceDiscard, {}};
    }
    if (!linearizer_.Build(tree_, &parse_).ok()) return {SentenceOutcome::kUnusableTree, {}};
    if (parse_.dateline) return {SentenceOutcome::kDateline, {}};
    RemoveCommaClauses(tree_, options_, &parse_);
    AssignEntityCodes();
    CodeVerbs(&result.events);
    return result;
  }

 private:
  void AssignEntityCodes() {
    ActorCoder coder(*d_.actors, *d_.agents);
    std::vector<TokenId> words;
    for (Entity& e : parse_.entities) {
      words.clear();
      for (int32_t tok : e.tokens) words.push_back(word_ids_[tok]);
      std::string code = coder.Code(words, date_);
      e.code = code.empty() ? "---" : std::move(code);
    }
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
    const int n = tree_.token_count();
    for (int len = kMaxFormWords; len >= 1; --len) {
      for (int pos = 0; pos < len; ++pos) {
        int start = token - pos;
        if (start < 0 || start + len > n) continue;
        std::span<const TokenId> words(word_ids_.data() + start, static_cast<size_t>(len));
        if (std::find(words.begin(), words.end(), kNoToken) != words.end()) continue;
        std::span<const uint32_t> forms = d_.verbs->ExactForms(words);
        // When several blocks list a form, the last one read wins, as the
        // PETRARCH dictionary overwrote earlier definitions.
        for (size_t f = forms.size(); f-- > 0;) {
          if (d_.verbs->form(forms[f]).verb_position == pos) {
            *hit = {forms[f], start, start + len - 1};
            return true;
          }
        }
      }
    }
    return false;
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
    const auto& items = parse_.items;
    for (size_t k = kFirstVerbItem; k + 2 < items.size(); ++k) {
      if (!IsOpenOf(tree_, items[k], "VP") || !IsOpenOf(tree_, items[k + 1], "VB")) continue;
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

      VerbCoding verb;
      verb.passive = passive;
      verb.verb = {hit.first_token, hit.last_token + 1};
      const VerbBlock& block = d_.verbs->block(form.block);
      upper_words_.Set(upper);
      lower_words_.Set(lower);
      bool matched = false;
      for (uint32_t p = block.first_pattern; p < block.end_pattern(); ++p) {
        const VerbPattern& pattern = d_.verbs->pattern(p);
        PatternMatch m = MatchPattern(*d_.verbs, pattern, upper, lower, &upper_words_, &lower_words_);
        if (!m.matched) continue;
        matched = true;
        verb.code = d_.verbs->code(pattern.code).text;
        verb.voice_codes = pattern.style == PatternStyle::kPetrarch2;
        verb.source = m.source;
        verb.target = m.target;
        verb.provenance = Where(pattern.provenance);
        break;
      }
      if (!matched) {
        verb.code = d_.verbs->code(form.code).text;
        verb.voice_codes = HasPetrarch2Patterns(block);
        verb.provenance = Where(form.provenance);
        if (verb.code == "---") continue;  // no default: look inside the VP
      }
      if (verb.code != "---") {
        if (verb.source.empty()) verb.source = assembler.FindSource(upper);
        if (!verb.source.empty()) {
          if (verb.target.empty()) verb.target = assembler.FindTarget(upper, lower, verb.source);
          if (!verb.target.empty()) assembler.AddEvents(verb, events);
        }
      }
      // A coded verb owns its whole phrase: verbs nested in it are not coded.
      if (vp_close < items.size()) k = vp_close;
    }
    assembler.Finish(events);
  }

  const CoderDictionaries& d_;
  const ParseTree& tree_;
  int date_;
  const CoderOptions& options_;
  std::vector<TokenId>& word_ids_;
  LinearParseBuilder& linearizer_;
  LinearParse& parse_;
  std::vector<SeqElem>& upper_;
  std::vector<SeqElem>& lower_;
  SequenceWords& upper_words_;
  SequenceWords& lower_words_;
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

SentenceCoding Coder::Code(const ParseTree& tree, int date, const CoderOptions& options) {
  return SentenceCoder(dicts_, tree, date, options, &scratch_).Run();
}

}  // namespace dyad
