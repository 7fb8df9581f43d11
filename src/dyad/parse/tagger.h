// Part-of-speech tagging without a trained model: a lexicon says what each
// word can be, and hand-written context rules choose.
//
//   Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Shared();
//   PosTagger tagger(lexicon->get(), TaggerDictionaries::Of(*set));
//   std::vector<PosTag> tags;
//   tagger.Tag(words, &tags);            // words: PTB forms of one sentence
//
// Evidence, strongest first: punctuation and numbers; the closed-class words
// of function_words.h; the coding dictionaries (a word inside an actor or
// agent phrase is a noun, a verb-dictionary form may be a verb); a capital
// letter mid-sentence (a proper noun, unless the whole sentence is in
// capitals); the lexicon's parts of speech and inflections, weighted by
// frequency; suffixes for unknown words (-ly, -ing, -ed, -tion, -ous ...).
// Context rules then settle the ambiguous words left to right: after a
// determiner or adjective a noun or adjective, after "to" or a modal a base
// verb, "-ed" after a form of "have" or "be" a participle, a noun or verb
// form after a subject with no finite verb yet in its clause a finite verb.
// The clause is tracked as the words go: its subject (a noun before its
// verbs and outside PPs, so that "Arnor on Thursday signed" has one), its
// finite verb, clauses opened by subordinators, relative pronouns and verbs
// of saying ("said Gondor attacked"), and relative clauses between commas,
// after which the clause resumes. An "-ed" form after the subject is a
// participle when a verb of its own follows a short phrase later ("a report
// released Tuesday in the capital alleged ...") or "by" follows it; after
// "and" a verb takes the form of the verb before.
#ifndef DYAD_PARSE_TAGGER_H_
#define DYAD_PARSE_TAGGER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dict/actor_dict.h"
#include "dyad/dict/agent_dict.h"
#include "dyad/dict/dictionary_set.h"
#include "dyad/dict/verb_dict.h"
#include "dyad/dict/vocabulary.h"
#include "dyad/parse/lexicon.h"
#include "dyad/parse/pos_tag.h"

namespace dyad {

// Dictionaries consulted as evidence; any may be null. They must be frozen
// and outlive the tagger.
struct TaggerDictionaries {
  static TaggerDictionaries Of(const DictionarySet& set) {
    return {&set.vocabulary(), &set.verbs(), &set.actors(), &set.agents()};
  }
  const Vocabulary* vocabulary = nullptr;
  const VerbDictionary* verbs = nullptr;
  const ActorDict* actors = nullptr;
  const AgentDict* agents = nullptr;
};

class PosTagger {
 public:
  // `lexicon` may be null (suffix rules only) and must outlive the tagger.
  explicit PosTagger(const Lexicon* lexicon, TaggerDictionaries dictionaries = {})
      : lexicon_(lexicon), dicts_(dictionaries) {}

  void SetDictionaries(TaggerDictionaries dictionaries) {
    dicts_ = dictionaries;
    id_ = NextId();  // what each thread remembers of words no longer holds
  }

  // Tags one sentence: words are the tokens' PTB forms (tokenizer.h Norm),
  // *tags receives one tag per word. With `norm_ids`, (*norm_ids)[i]
  // receives the id in the dictionaries' vocabulary of the tree norm of
  // words[i] (ParseTree::norm of the token a tree built of the words gives
  // it) when the tagger looked that up anyway, else kNotLookedUp. Returns
  // the elementary steps taken (characters and lookups), linear in the words
  // and their length. Const and thread-safe (scratch space is per thread),
  // so one tagger may serve many threads.
  uint64_t Tag(std::span<const std::string_view> words, std::vector<PosTag>* tags,
               std::vector<TokenId>* norm_ids = nullptr) const;
  // A norm id Tag leaves to the caller; no vocabulary is that large.
  static constexpr TokenId kNotLookedUp = kNoToken - 1;

 private:
  struct WordFacts;
  struct Word;
  // The facts of the word `text`: Learn finds them; Facts asks the calling
  // thread's memory of recent words first, and its answer is valid until the
  // thread's next call. Inline: it runs for every word.
  WordFacts Learn(std::string_view text) const;
  inline const WordFacts& Facts(std::string_view text) const;
  // Marks the words inside actor and agent phrases of the dictionaries;
  // ids[i] is words[i].id.
  uint64_t MarkDictionaryPhrases(std::span<Word> words, std::span<const TokenId> ids) const;

  // Tells taggers (and their lexicon and dictionaries) apart in the
  // per-thread memory of Facts, which an address could not: a tagger may be
  // freed and another made in its place.
  static uint64_t NextId();

  const Lexicon* lexicon_;
  TaggerDictionaries dicts_;
  uint64_t id_ = NextId();
};

}  // namespace dyad

#endif  // DYAD_PARSE_TAGGER_H_
