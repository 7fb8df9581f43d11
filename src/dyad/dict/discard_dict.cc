#include "dyad/dict/discard_dict.h"

#include <cassert>

#include "dyad/base/text.h"
#include "dyad/dict/phrase_syntax.h"
#include "dyad/dict/source_lines.h"

namespace dyad {

void DiscardDict::Read(std::string text, std::string_view file_name, uint32_t file_index,
                       Vocabulary* vocabulary, Diagnostics* diagnostics) {
  assert(!frozen());
  for (const SourceLine& line : SplitSourceLines(&text, file_name, diagnostics)) {
    std::string_view phrase = line.text;
    DiscardLevel level = DiscardLevel::kSentence;
    if (phrase.front() == '+') {
      level = DiscardLevel::kStory;
      phrase = TrimLeft(phrase.substr(1));
    }
    BracketedLine parts;
    if (Status split = SplitBrackets(phrase, &parts); !split.ok()) {
      diagnostics->Error(file_name, line.number, split.message() + "; line skipped");
      continue;
    }
    if (!parts.tail.empty()) {
      diagnostics->Error(file_name, line.number,
                         "text " + Quoted(parts.tail) + " after '[...]'; line skipped");
      continue;
    }
    if (!parts.groups.empty()) {
      diagnostics->Warning(file_name, line.number,
                           "discard phrases take no code; " +
                               Quoted("[" + std::string(parts.groups.front()) + "]") + " ignored");
    }
    DiscardEntry entry{level, {}, Provenance{file_index, static_cast<uint32_t>(line.number)}};
    if (InternPhraseWords(parts.head, vocabulary, &entry.phrase) == 0) {
      diagnostics->Error(file_name, line.number, "empty discard phrase; line skipped");
      continue;
    }
    trie_.Insert(entry.phrase, static_cast<uint32_t>(entries_.size()));
    ++(level == DiscardLevel::kStory ? stats_.story_phrases : stats_.sentence_phrases);
    entries_.push_back(std::move(entry));
  }
}

void DiscardDict::Freeze() { trie_.Freeze(); }

DiscardMatch DiscardDict::Match(std::span<const TokenId> sentence) const {
  assert(frozen());
  DiscardMatch best;
  // Every phrase ending at every position is considered, not only the longest
  // one, so a story phrase hidden inside a longer sentence phrase still counts.
  for (size_t start = 0; start < sentence.size(); ++start) {
    if (!trie_.MayStart(sentence[start])) continue;
    PhraseTrie::NodeId node = PhraseTrie::kRoot;
    for (size_t end = start; end < sentence.size(); ++end) {
      node = trie_.Child(node, sentence[end]);
      if (node == PhraseTrie::kNoNode) break;
      for (uint32_t index : trie_.Values(node)) {
        DiscardLevel level = entries_[index].level;
        // Scanning goes left to right and, at one start, short to long, so a
        // later hit only replaces an earlier one by outranking it or by
        // extending it.
        bool better = level > best.level || (level == best.level && start == best.start &&
                                             end + 1 - start > best.length);
        if (better) best = DiscardMatch{level, index, start, end + 1 - start};
      }
    }
    // The leftmost story hit, already extended as far as it goes, is final.
    if (best.level == DiscardLevel::kStory) break;
  }
  return best;
}

void DiscardDict::Lint(const SourceFiles& files, Diagnostics* diagnostics) const {
  assert(frozen());
  for (uint32_t index = 0; index < entries_.size(); ++index) {
    const DiscardEntry& entry = entries_[index];
    std::span<const uint32_t> same = trie_.Exact(entry.phrase);
    if (same.empty() || same.front() == index) continue;
    const DiscardEntry& first = entries_[same.front()];
    std::string message;
    if (first.level == entry.level) {
      message = "duplicate discard phrase; also at " + files.Format(first.provenance);
    } else {
      message = std::string("phrase is a ") +
                (entry.level == DiscardLevel::kStory ? "story" : "sentence") +
                " discard here but a " +
                (first.level == DiscardLevel::kStory ? "story" : "sentence") + " discard at " +
                files.Format(first.provenance) + "; the story discard wins";
    }
    diagnostics->Warning(files.Path(entry.provenance.file), static_cast<int>(entry.provenance.line),
                         std::move(message));
  }
}

}  // namespace dyad
