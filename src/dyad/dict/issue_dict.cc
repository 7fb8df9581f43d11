#include "dyad/dict/issue_dict.h"


#include <algorithm>
#include <cassert>
#include <cstdio>
#include <set>
#include <utility>

#include "dyad/base/status.h"
#include "dyad/base/text.h"
#include "dyad/dict/english_forms.h"
#include "dyad/dict/phrase_syntax.h"
#include "dyad/dict/source_lines.h"

namespace dyad {
namespace {

// The fields of one `<ISSUE ...>` tag.
struct IssueTag {
  std::string category;
  std::string type;
};

// Parses the attributes of an `<ISSUE ...>` line (`text` starts after
// "<ISSUE"). Problems are reported; what could be read is kept.
IssueTag ParseIssueTag(std::string_view text, std::string_view file, int line,
                       Diagnostics* diagnostics) {
  IssueTag tag;
  size_t close = text.find('>');
  if (close == std::string_view::npos) {
    diagnostics->Error(file, line, "<ISSUE tag lacks its closing '>'");
  } else {
    if (!Trim(text.substr(close + 1)).empty()) {
      diagnostics->Error(file, line, "text after the <ISSUE> tag ignored");
    }
    text = text.substr(0, close);
  }
  text = Trim(text);
  while (!text.empty()) {
    size_t eq = text.find('=');
    size_t open_quote = eq == std::string_view::npos ? eq : text.find('"', eq);
    size_t close_quote =
        open_quote == std::string_view::npos ? open_quote : text.find('"', open_quote + 1);
    if (close_quote == std::string_view::npos ||
        !Trim(text.substr(eq + 1, open_quote - eq - 1)).empty()) {
      diagnostics->Error(file, line, "malformed attribute " + Quoted(text) +
                                         " in <ISSUE> tag (expected NAME=\"VALUE\")");
      break;
    }
    std::string_view name = Trim(text.substr(0, eq));
    std::string value(text.substr(open_quote + 1, close_quote - open_quote - 1));
    if (EqualsIgnoreCase(name, "CATEGORY")) {
      tag.category = std::move(value);
    } else if (EqualsIgnoreCase(name, "TYPE")) {
      tag.type = std::move(value);
    } else {
      diagnostics->Warning(file, line, "unknown <ISSUE> attribute " + Quoted(name) + " ignored");
    }
    text = TrimLeft(text.substr(close_quote + 1));
  }
  if (tag.category.empty()) diagnostics->Error(file, line, "<ISSUE> tag has no CATEGORY");
  return tag;
}

// The code point of the first character in `s` that a tokenizer never keeps
// inside a word (no-break space, General Punctuation), or 0.
uint32_t FindNonWordCharacter(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    unsigned char a = s[i], b = s[i + 1];
    if (a == 0xC2 && b == 0xA0) return 0xA0;
    if (a == 0xE2 && i + 2 < s.size() && (b == 0x80 || (b == 0x81 && static_cast<unsigned char>(s[i + 2]) <= 0xAF))) {
      return 0x2000 + ((b & 0x01u) << 6) + (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
    }
  }
  return 0;
}

// The spellings one upper-cased word of a phrase stands for (see the header:
// n:, v:, +). Each spelling may hold blanks, where `+` became one. Returns an
// error message instead when the word is malformed.
Result<std::vector<std::string>> ExpandWord(std::string_view word, std::string* warning) {
  // A marker opens the word or one of its `+` parts ("pre+n:school").
  std::string root;
  char marker = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    bool part_start = i == 0 || word[i - 1] == '+';
    if (part_start && i + 1 < word.size() && word[i + 1] == ':' && IsAsciiAlpha(word[i])) {
      if (word[i] == 'N' || word[i] == 'V') {
        if (marker) return Status::InvalidArgument("two n:/v: markers in " + Quoted(word));
        marker = word[i];
        ++i;
        continue;
      }
      *warning = "unknown prefix " + Quoted(word.substr(i, 2)) + " (only n: and v: exist) kept as written";
    }
    root.push_back(word[i]);
  }
  std::vector<std::string> inflected;
  if (marker && (root.empty() || root.back() == '+')) {
    return Status::InvalidArgument(std::string(1, marker) + ": needs a word after it");
  }
  if (marker == 'N') {
    inflected = {root, NounPlural(root)};
  } else if (marker == 'V') {
    VerbForms forms = RegularVerbForms(root);
    inflected = {root, forms.third_person, forms.past, forms.participle};
  } else {
    inflected = {root};
  }
  std::vector<std::string> spellings;
  for (const std::string& form : inflected) {
    std::vector<std::string> done = {""};
    for (char c : form) {
      if (c != '+') {
        for (std::string& s : done) s.push_back(c);
        continue;
      }
      size_t n = done.size();
      for (size_t i = 0; i < n; ++i) {
        done.push_back(done[i] + '-');
        done[i].push_back(' ');
      }
      if (done.size() > IssueDict::kMaxForms) {
        return Status::InvalidArgument("too many '+' in " + Quoted(word));
      }
    }
    spellings.insert(spellings.end(), done.begin(), done.end());
  }
  return spellings;
}

}  // namespace

uint32_t IssueDict::InternCode(std::string_view code) {
  auto [it, added] = code_index_.try_emplace(std::string(code), static_cast<uint32_t>(codes_.size()));
  if (added) codes_.emplace_back(code);
  return it->second;
}

void IssueDict::Read(std::string text, std::string_view file_name, uint32_t file_index,
                     Vocabulary* vocabulary, Diagnostics* diagnostics) {
  assert(!frozen());
  vocabulary_ = vocabulary;
  int open_line = 0;  // line of the block being read; 0 outside blocks
  for (const SourceLine& line : SplitSourceLines(&text, file_name, diagnostics)) {
    std::string_view s = line.text;
    auto error = [&](std::string message) { diagnostics->Error(file_name, line.number, std::move(message)); };
    auto warning = [&](std::string message) { diagnostics->Warning(file_name, line.number, std::move(message)); };

    if (StartsWith(s, "</")) {
      if (!EqualsIgnoreCase(s, "</ISSUE>")) {
        error("unknown closing tag " + Quoted(s) + "; line skipped");
      } else if (!open_line) {
        error("</ISSUE> without an open <ISSUE> block");
      } else {
        open_line = 0;
      }
      continue;
    }
    if (s.front() == '<') {
      if (!EqualsIgnoreCase(s.substr(0, 6), "<ISSUE") || (s.size() > 6 && s[6] != '>' && !IsSpace(s[6]))) {
        error("unknown tag " + Quoted(s) + "; line skipped");
        continue;
      }
      if (open_line) {
        error("<ISSUE> block opened at line " + std::to_string(open_line) + " is not closed before this one");
      }
      IssueTag tag = ParseIssueTag(s.substr(6), file_name, line.number, diagnostics);
      categories_.push_back({std::move(tag.category), std::move(tag.type),
                             Provenance{file_index, static_cast<uint32_t>(line.number)}});
      open_line = line.number;
      continue;
    }
    if (!open_line) {
      error("phrase outside an <ISSUE> block; line skipped");
      continue;
    }

    IssueEntry entry;
    entry.category = static_cast<uint32_t>(categories_.size() - 1);
    entry.provenance = Provenance{file_index, static_cast<uint32_t>(line.number)};
    std::string_view phrase = s;
    std::string_view code;
    if (s.front() == '~') {
      bool story = s.size() > 1 && s[1] == '~';
      entry.kind = story ? IssueEntryKind::kStoryExclusion : IssueEntryKind::kSentenceExclusion;
      phrase = s.substr(story ? 2 : 1);
      if (phrase.find_first_of("[]") != std::string_view::npos) {
        error("exclusion phrases take no [CODE]; line skipped");
        continue;
      }
    } else {
      size_t open = s.find('['), close = s.find(']');
      if (open == std::string_view::npos && close == std::string_view::npos) {
        error("phrase has no [CODE]; line skipped");
        continue;
      }
      if (open == std::string_view::npos || close == std::string_view::npos || close < open ||
          s.find('[', open + 1) < close) {
        error("unbalanced '[' or ']'; line skipped");
        continue;
      }
      code = Trim(s.substr(open + 1, close - open - 1));
      if (code.empty()) {
        error("empty [CODE]; line skipped");
        continue;
      }
      if (code.find_first_of(" \t") != std::string_view::npos) {
        error("code " + Quoted(code) + " holds a blank; line skipped");
        continue;
      }
      if (std::string_view rest = Trim(s.substr(close + 1)); !rest.empty()) {
        warning("text after the [CODE] ignored: " + Quoted(rest) + " (one phrase per line)");
      }
      phrase = s.substr(0, open);
    }
    if (uint32_t cp = FindNonWordCharacter(phrase)) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "%04X", cp);
      diagnostics->Warning(file_name, line.number,
                           std::string("phrase holds U+") + hex +
                               ", which tokenizers treat as a space or quote, not a letter "
                               "(mis-encoded text?); kept as written");
    }

    // The forms of the phrase: the product of the spellings of its words.
    std::string upper = ToUpperAscii(phrase);
    std::vector<std::string_view> words = SplitWhitespace(upper);
    std::vector<std::vector<TokenId>> forms(1);
    bool ok = true;
    for (std::string_view word : words) {
      std::string warning;
      Result<std::vector<std::string>> spellings = ExpandWord(word, &warning);
      if (!warning.empty()) diagnostics->Warning(file_name, line.number, warning);
      size_t product = spellings.ok() ? forms.size() * spellings->size() : 0;
      if (!spellings.ok() || product > kMaxForms || product * words.size() > kMaxFormTokens) {
        error((spellings.ok() ? "phrase expands to too many forms" : spellings.status().message()) +
              "; line skipped");
        ok = false;
        break;
      }
      std::vector<std::vector<TokenId>> tails;
      for (const std::string& spelling : *spellings) {
        std::vector<TokenId>& tail = tails.emplace_back();
        InternPhraseWords(spelling, vocabulary, &tail);
      }
      std::vector<std::vector<TokenId>> next;
      next.reserve(product);
      for (std::vector<TokenId>& head : forms) {
        for (size_t i = 0; i < tails.size(); ++i) {
          // The last tail may take over the head; the others copy it.
          std::vector<TokenId>& form =
              i + 1 == tails.size() ? next.emplace_back(std::move(head)) : next.emplace_back(head);
          form.insert(form.end(), tails[i].begin(), tails[i].end());
        }
      }
      forms = std::move(next);
    }
    if (!ok) continue;
    std::erase_if(forms, [](const std::vector<TokenId>& f) { return f.empty(); });
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
    if (forms.empty()) {
      error("empty phrase; line skipped");
      continue;
    }

    uint32_t index = static_cast<uint32_t>(entries_.size());
    PhraseTrie& trie = entry.kind == IssueEntryKind::kPhrase ? phrases_ : exclusions_;
    for (std::vector<TokenId>& tokens : forms) {
      trie.Insert(tokens, index);
      forms_.push_back({index, std::move(tokens)});
    }
    if (entry.kind == IssueEntryKind::kPhrase) {
      entry.code = InternCode(code);
      ++phrase_lines_;
    } else {
      ++exclusion_lines_;
    }
    entries_.push_back(entry);
  }
  if (open_line) {
    diagnostics->Error(file_name, open_line, "<ISSUE> block is never closed; it ends with the file");
  }
}

void IssueDict::Freeze() {
  phrases_.Freeze();
  exclusions_.Freeze();
}

IssueDict::Stats IssueDict::stats() const {
  return Stats{categories_.size(), phrase_lines_, codes_.size(), exclusion_lines_,
               phrases_.phrase_count() + exclusions_.phrase_count()};
}

IssueScan IssueDict::Match(std::span<const TokenId> sentence) const {
  assert(frozen());
  IssueScan scan;
  for (size_t start = 0; start < sentence.size(); ++start) {
    if (!exclusions_.MayStart(sentence[start])) continue;
    PhraseTrie::NodeId node = PhraseTrie::kRoot;
    for (size_t i = start; i < sentence.size(); ++i) {
      node = exclusions_.Child(node, sentence[i]);
      if (node == PhraseTrie::kNoNode) break;
      for (uint32_t index : exclusions_.Values(node)) {
        const IssueEntry& e = entries_[index];
        scan.excluded_categories.push_back(e.category);
        if (e.kind == IssueEntryKind::kStoryExclusion) scan.story_excluded_categories.push_back(e.category);
      }
    }
  }
  for (std::vector<uint32_t>* v : {&scan.excluded_categories, &scan.story_excluded_categories}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }

  std::vector<uint32_t> codes_here;
  for (size_t start = 0; start < sentence.size();) {
    std::span<const uint32_t> values;
    size_t length = phrases_.LongestMatch(sentence.subspan(start), &values);
    if (length == 0) {
      ++start;
      continue;
    }
    start += length;
    codes_here.clear();
    for (uint32_t index : values) {
      const IssueEntry& e = entries_[index];
      if (std::binary_search(scan.excluded_categories.begin(), scan.excluded_categories.end(), e.category) ||
          std::find(codes_here.begin(), codes_here.end(), e.code) != codes_here.end()) {
        continue;
      }
      codes_here.push_back(e.code);
      auto found = std::find_if(scan.issues.begin(), scan.issues.end(),
                                [&](const IssueCount& c) { return c.code == e.code; });
      if (found == scan.issues.end()) {
        scan.issues.push_back({e.code, 1, index});
      } else {
        ++found->count;
      }
    }
  }
  return scan;
}

void IssueDict::Lint(const SourceFiles& files, Diagnostics* diagnostics) const {
  assert(frozen());
  std::set<std::pair<uint32_t, uint32_t>> reported;  // (entry, earlier entry)
  auto report = [&](uint32_t index, uint32_t earlier, std::string message) {
    if (!reported.emplace(index, earlier).second) return;
    const Provenance& p = entries_[index].provenance;
    diagnostics->Warning(files.Path(p.file), static_cast<int>(p.line),
                         std::move(message) + " " + files.Format(entries_[earlier].provenance));
  };
  for (const Form& form : forms_) {
    const IssueEntry& entry = entries_[form.entry];
    std::string spelled;
    for (TokenId t : form.tokens) {
      if (!spelled.empty()) spelled += ' ';
      spelled += vocabulary_->Spelling(t);
    }
    bool is_phrase = entry.kind == IssueEntryKind::kPhrase;
    uint32_t first = (is_phrase ? phrases_ : exclusions_).Exact(form.tokens).front();
    if (first != form.entry) {
      const IssueEntry& other = entries_[first];
      if (!is_phrase) {
        report(form.entry, first, "duplicate exclusion '" + spelled + "'; also at");
      } else if (other.code == entry.code) {
        report(form.entry, first, "duplicate issue phrase '" + spelled + "'; also at");
      } else {
        report(form.entry, first,
               "issue phrase '" + spelled + "' has code " + codes_[entry.code] + " here but " +
                   codes_[other.code] + " at");
      }
    }
    if (std::span<const uint32_t> excluded = exclusions_.Exact(form.tokens); is_phrase && !excluded.empty()) {
      report(form.entry, excluded.front(), "issue phrase '" + spelled + "' is also an exclusion at");
    }
  }
}

}  // namespace dyad
