#include "dyad/parse/parser.h"

#include "dyad/tree/token_alignment.h"

namespace dyad {

std::string_view Parser::TreeWord(std::string_view norm) {
  if (norm.size() != 1) return norm;
  switch (norm[0]) {
    case '(': return "-LRB-";
    case ')': return "-RRB-";
    case '[': return "-LSB-";
    case ']': return "-RSB-";
    case '{': return "-LCB-";
    case '}': return "-RCB-";
    default: return norm;
  }
}

void Parser::BuildSentence(size_t begin, size_t end, int32_t shift, ParseTree* tree, StageClock* clock) {
  words_.clear();
  spans_.clear();
  std::string_view source = tokens_.source();
  for (size_t i = begin; i < end; ++i) {
    const Token& t = tokens_[i];
    std::string_view norm = tokens_.Norm(t);
    // An underscore joining two words of a name ("Dol_Amroth") separates them
    // as a space would.
    if (norm == "_" && i > begin && i + 1 < end && tokens_[i - 1].end == t.begin && tokens_[i + 1].begin == t.end &&
        tokens_[i - 1].kind == TokenKind::kWord && tokens_[i + 1].kind == TokenKind::kWord) {
      continue;
    }
    // A prefix written apart ("anti- Gondor") stays one word, hyphen included.
    if (t.kind == TokenKind::kWord && i + 1 < end && tokens_[i + 1].begin == t.end && tokens_.Norm(tokens_[i + 1]) == "-" &&
        (i + 2 >= end || tokens_[i + 2].begin > tokens_[i + 1].end) && norm == tokens_.Text(t)) {
      words_.push_back(source.substr(t.begin, tokens_[i + 1].end - t.begin));
      spans_.push_back({static_cast<int32_t>(t.begin), static_cast<int32_t>(tokens_[i + 1].end)});
      ++i;
      continue;
    }
    words_.push_back(TreeWord(norm));
    spans_.push_back({static_cast<int32_t>(t.begin), static_cast<int32_t>(t.end)});
  }
  work_ += tagger_.Tag(words_, &tags_, vocabulary_ != nullptr ? &word_ids_ : nullptr);
  clock->Mark(&StageTimes::tag);
  work_ += structure_.Build(words_, tags_, tree);
  // The tree has a token per word. The tagger looked most of them up; the
  // rest (punctuation, escapes, accented words) differ in their tree norm.
  for (size_t t = 0; t < word_ids_.size(); ++t) {
    if (word_ids_[t] == PosTagger::kNotLookedUp) word_ids_[t] = vocabulary_->Find(tree->norm(static_cast<int>(t)));
  }
  // The tokenizer knows where each word came from: no alignment needed.
  if (tree->node_count() > 0) SetTokenOffsets(spans_, shift, tree);
  clock->Mark(&StageTimes::chunk);
}

Status Parser::ParseSentence(std::string_view text, ParseTree* tree) {
  StageClock clock(times_);
  Status s = Tokenize(text, &tokens_);
  if (!s.ok()) return s;
  work_ += tokens_.work();
  clock.Mark(&StageTimes::tokenize);
  BuildSentence(0, tokens_.size(), /*shift=*/0, tree, &clock);
  return Status::Ok();
}

Status Parser::ParseText(std::string_view text,
                         const std::function<void(const TextSegment& sentence, const ParseTree& tree)>& each) {
  StageClock clock(times_);
  Status s = Tokenize(text, &tokens_);
  if (!s.ok()) return s;
  work_ += tokens_.work();
  clock.Mark(&StageTimes::tokenize);
  const SentenceSplit& split = splitter_.Split(tokens_);
  work_ += split.work;
  clock.Mark(&StageTimes::split);
  for (const TextSegment& sentence : split.sentences) {
    BuildSentence(sentence.first_token, sentence.end_token, static_cast<int32_t>(sentence.begin), &tree_, &clock);
    each(sentence, tree_);
    clock.Skip();  // the caller's time
  }
  return Status::Ok();
}

}  // namespace dyad
