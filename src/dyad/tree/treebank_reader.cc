#include "dyad/tree/treebank_reader.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "dyad/base/text.h"

namespace dyad {
namespace {

// Parses far beyond any sentence are refused so that every offset fits the
// tree's 32-bit pieces even after words are stored twice.
constexpr size_t kMaxParseBytes = size_t{1} << 28;

// Byte classes, looked up rather than compared: the scanner visits every
// byte of every parse.
enum : uint8_t { kSpaceByte = 1, kParenByte = 2 };
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    if (IsSpace(static_cast<char>(c))) classes[c] |= kSpaceByte;
  }
  classes['('] |= kParenByte;
  classes[')'] |= kParenByte;
  return classes;
}();
uint8_t ByteClass(char c) { return kByteClass[static_cast<unsigned char>(c)]; }

// A cursor over the parse text that knows how to report where it failed.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  bool AtEnd() const { return pos_ == text_.size(); }
  char Peek() const { return text_[pos_]; }
  void Advance() { ++pos_; }
  void SkipSpace() {
    while (pos_ < text_.size() && ByteClass(text_[pos_]) == kSpaceByte) ++pos_;
  }
  // The run of non-space, non-parenthesis bytes at the cursor (maybe empty).
  std::string_view Atom() {
    size_t start = pos_;
    while (pos_ < text_.size() && ByteClass(text_[pos_]) == 0) ++pos_;
    return text_.substr(start, pos_ - start);
  }
  Status Error(std::string_view reason, size_t at) const {
    return Status::Corrupt("bad_input_parse: " + std::string(reason) + " at byte " + std::to_string(at));
  }
  size_t pos() const { return pos_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

// Quotes a piece of the input for a message, cut short if long.
std::string Quoted(std::string_view s) {
  constexpr size_t kMax = 40;
  return "'" + std::string(s.substr(0, kMax)) + (s.size() > kMax ? "...'" : "'");
}

}  // namespace

Status TreebankReader::Read(std::string_view parse, ParseTree* tree) {
  builder_.Reset(tree);
  Status status = [&]() -> Status {
    Scanner in(parse);
    if (parse.size() > kMaxParseBytes) return in.Error("parse too long", 0);
    in.SkipSpace();
    if (in.AtEnd()) return in.Error("empty parse", in.pos());
    bool complete = false;  // the top-level tree has been closed
    auto unclosed = [&](int open) {
      return in.Error("unbalanced parentheses: " + std::to_string(open) + " left open at the end", in.pos());
    };
    while (true) {
      in.SkipSpace();
      if (in.AtEnd()) break;
      size_t at = in.pos();
      if (in.Peek() == ')') {
        in.Advance();
        if (complete) continue;  // tolerated: surplus closing parentheses
        if (builder_.depth() == 0) return in.Error("text before the tree: ')'", at);
        builder_.Close();
        if (builder_.depth() == 0) complete = true;
        continue;
      }
      if (in.Peek() != '(') {
        std::string_view word = in.Atom();
        if (complete) return in.Error("text after the end of the tree: " + Quoted(word), at);
        if (builder_.depth() == 0) return in.Error("text before the tree: " + Quoted(word), at);
        return in.Error("word " + Quoted(word) + " has no tag", at);
      }
      if (complete) return in.Error("a second tree after the first", at);
      in.Advance();
      in.SkipSpace();
      std::string_view label = in.Atom();
      in.SkipSpace();
      if (in.AtEnd()) return unclosed(builder_.depth() + 1);
      if (in.Peek() == ')') return in.Error("constituent " + Quoted(label) + " has no children", at);
      if (in.Peek() == '(') {
        if (label.empty() && builder_.depth() > 0) return in.Error("constituent without a label", at);
        builder_.Open(label);
        continue;
      }
      // A preterminal: (TAG word).
      size_t word_at = in.pos();
      std::string_view word = in.Atom();
      if (label.empty()) return in.Error("word " + Quoted(word) + " has no tag", word_at);
      in.SkipSpace();
      if (in.AtEnd()) return unclosed(builder_.depth() + 1);
      if (in.Peek() != ')') {
        return in.Error("more than one word under tag " + Quoted(label) + " (or a word beside subtrees)", word_at);
      }
      in.Advance();
      builder_.AddToken(label, word);
      if (builder_.depth() == 0) complete = true;
    }
    if (!complete) return unclosed(builder_.depth());
    builder_.Finish();
    return Status::Ok();
  }();
  if (!status.ok()) builder_.Reset(tree);
  return status;
}

Result<ParseTree> ReadTreebankParse(std::string_view parse) {
  ParseTree tree;
  TreebankReader reader;
  Status s = reader.Read(parse, &tree);
  if (!s.ok()) return s;
  return tree;
}

}  // namespace dyad
