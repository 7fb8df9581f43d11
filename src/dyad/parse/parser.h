// dyad's own parser: raw news text in, the ParseTree the coder consumes out,
// with no external parser. Four stages, each usable on its own:
//   tokenize (text/tokenizer.h) -> split (text/sentence_splitter.h)
//   -> tag (tagger.h) -> phrase structure (phrase_structure.h).
//
//   Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Shared();
//   Parser parser(lexicon.ok() ? lexicon->get() : nullptr, TaggerDictionaries::Of(*set));
//   ParseTree tree;
//   Status s = parser.ParseSentence("Arnor attacked Gondor.", &tree);
//   s = parser.ParseText(article, [](const TextSegment& sentence, const ParseTree& tree) {
//     Code(tree);                                 // one tree per sentence, reused
//   });
//
// A Parser keeps scratch buffers and is not thread-safe; make one per thread
// (the lexicon and dictionaries they read are shared).
#ifndef DYAD_PARSE_PARSER_H_
#define DYAD_PARSE_PARSER_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/stage_times.h"
#include "dyad/base/status.h"
#include "dyad/parse/phrase_structure.h"
#include "dyad/parse/tagger.h"
#include "dyad/text/sentence_splitter.h"
#include "dyad/text/tokenizer.h"
#include "dyad/tree/parse_tree.h"
#include "dyad/tree/token_alignment.h"

namespace dyad {

class Parser {
 public:
  // `lexicon` may be null (the tagger falls back on suffixes); it and the
  // dictionaries must outlive the parser.
  explicit Parser(const Lexicon* lexicon, TaggerDictionaries dictionaries = {})
      : tagger_(lexicon, dictionaries), vocabulary_(dictionaries.vocabulary) {}

  // Adds the time of each stage (tokenize, split, tag, chunk) to *times from
  // now on; null (the default) stops. *times must outlive its use.
  void set_stage_times(StageTimes* times) { times_ = times; }

  // Consults `dictionaries` from now on (a validation file brings its own).
  void SetDictionaries(TaggerDictionaries dictionaries) {
    tagger_.SetDictionaries(dictionaries);
    vocabulary_ = dictionaries.vocabulary;
    word_ids_.clear();
  }

  // Parses `text` as one sentence, whatever punctuation it holds, into *tree,
  // token offsets aligned to `text`. Text without any token gives an empty
  // tree (node_count() == 0). Errors: text too long to tokenize.
  Status ParseSentence(std::string_view text, ParseTree* tree);
  // Splits `text` into sentences and parses each, in order, handing each
  // tree to `each(sentence, tree)`; the tree is reused for the next sentence,
  // so streaming a document allocates nothing in the steady state. Token
  // offsets are relative to the sentence (sentence.text). Errors as
  // ParseSentence.
  Status ParseText(std::string_view text,
                   const std::function<void(const TextSegment& sentence, const ParseTree& tree)>& each);

  // The tokens of the text ParseText is parsing, read-only; a TextSegment
  // handed to its callback spans [first_token, end_token) of them. Valid
  // inside the callback only.
  const TokenizedText& text_tokens() const { return tokens_; }

  // The ids in the dictionaries' vocabulary of the tokens of the tree last
  // built (Find of tree.norm(t), for the coder: Coder::Code); empty without
  // a vocabulary. Valid until the next parse.
  std::span<const TokenId> word_ids() const { return word_ids_; }

  // Elementary steps taken so far by all stages; grows linearly with the
  // input, whatever its shape (the fuzz and linearity tests check this).
  uint64_t work() const { return work_; }

  // The PTB form the tree shows for a token: brackets escaped ("-LRB-").
  static std::string_view TreeWord(std::string_view norm);

 private:
  // Tags and builds one sentence made of tokens_[begin, end), its token
  // offsets relative to byte `shift` of the tokenized text.
  void BuildSentence(size_t begin, size_t end, int32_t shift, ParseTree* tree, StageClock* clock);

  PosTagger tagger_;
  PhraseStructure structure_;
  TokenizedText tokens_;
  SentenceSplitter splitter_;
  std::vector<std::string_view> words_;
  std::vector<ByteRange> spans_;  // of words_ in the tokenized text
  std::vector<PosTag> tags_;
  const Vocabulary* vocabulary_;
  std::vector<TokenId> word_ids_;  // of the tree's tokens; see word_ids()
  ParseTree tree_;  // the sentence tree ParseText hands out
  uint64_t work_ = 0;
  StageTimes* times_ = nullptr;
};

}  // namespace dyad

#endif  // DYAD_PARSE_PARSER_H_
