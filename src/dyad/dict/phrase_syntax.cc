#include "dyad/dict/phrase_syntax.h"

#include <string>

#include "dyad/base/text.h"

namespace dyad {

bool IsLegacyCommentLine(std::string_view line) { return StartsWith(line, "<!"); }

size_t InternPhraseWords(std::string_view phrase, Vocabulary* vocabulary,
                         std::vector<TokenId>* tokens) {
  size_t added = 0;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    tokens->push_back(vocabulary->Intern(word));
    word.clear();
    ++added;
  };
  for (char c : phrase) {
    if (c == '_' || IsSpace(c)) {
      flush();
    } else {
      word.push_back(AsciiUpper(c));
    }
  }
  flush();
  return added;
}

Status SplitBrackets(std::string_view line, BracketedLine* out) {
  out->groups.clear();
  size_t open = line.find('[');
  std::string_view head = line.substr(0, open);
  if (head.find(']') != std::string_view::npos) {
    return Status::InvalidArgument("']' without a matching '['");
  }
  out->head = Trim(head);
  out->tail = {};
  size_t pos = open;
  while (pos != std::string_view::npos) {
    size_t close = line.find(']', pos + 1);
    size_t next_open = line.find('[', pos + 1);
    if (close == std::string_view::npos) return Status::InvalidArgument("'[' is never closed");
    if (next_open < close) return Status::InvalidArgument("'[' opens inside another '[...]'");
    out->groups.push_back(Trim(line.substr(pos + 1, close - pos - 1)));
    std::string_view between = line.substr(close + 1, next_open == std::string_view::npos
                                                          ? std::string_view::npos
                                                          : next_open - close - 1);
    if (between.find(']') != std::string_view::npos) {
      return Status::InvalidArgument("']' without a matching '['");
    }
    if (next_open == std::string_view::npos) {
      out->tail = Trim(between);
    } else if (!Trim(between).empty()) {
      return Status::InvalidArgument("text " + Quoted(Trim(between)) + " between two '[...]' groups");
    }
    pos = next_open;
  }
  return Status::Ok();
}

std::string Quoted(std::string_view text) {
  constexpr size_t kMaxShown = 60;
  std::string out = "'";
  out.append(text.substr(0, kMaxShown));
  if (text.size() > kMaxShown) out += "...";
  out += '\'';
  return out;
}

}  // namespace dyad
