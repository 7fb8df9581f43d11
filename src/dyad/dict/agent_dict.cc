#include "dyad/dict/agent_dict.h"

#include <algorithm>
#include <cassert>
#include <utility>

#include "dyad/base/status.h"
#include "dyad/base/text.h"
#include "dyad/dict/english_forms.h"
#include "dyad/dict/phrase_syntax.h"
#include "dyad/dict/source_lines.h"

namespace dyad {
namespace {

// A line whose markers multiply out to more phrases than this is garbage, not
// a dictionary entry; the cap keeps hostile input from exhausting memory.
constexpr size_t kMaxExpansions = 4096;


bool IsAgentCodeChar(char c) { return IsAsciiAlpha(c) || IsDigit(c); }

// Parses `[~XXX]` / `[XXX~]` content into *agent's code and affix.
Status ParseAgentCode(std::string_view group, AgentDict::Agent* agent) {
  std::string_view code;
  if (!group.empty() && group.front() == '~') {
    agent->affix = AgentDict::Affix::kSuffix;
    code = Trim(group.substr(1));
  } else if (!group.empty() && group.back() == '~') {
    agent->affix = AgentDict::Affix::kPrefix;
    code = Trim(group.substr(0, group.size() - 1));
  } else {
    return Status::InvalidArgument("agent code " + Quoted(group) +
                                   " must begin with '~' (suffix) or end with '~' (prefix)");
  }
  if (code.empty()) return Status::InvalidArgument("agent code " + Quoted(group) + " is empty");
  for (char c : code) {
    if (!IsAgentCodeChar(c)) {
      return Status::InvalidArgument("agent code " + Quoted(group) + " contains " +
                                     Quoted(std::string(1, c)));
    }
  }
  agent->code = std::string(code);
  return Status::Ok();
}

}  // namespace

// Turns one agent line (or `!NAME!` definition) into an entry and its phrases.
class AgentDict::LineReader {
 public:
  LineReader(AgentDict* dict, std::string_view file, uint32_t file_index, Vocabulary* vocabulary,
             Diagnostics* diagnostics)
      : dict_(dict), file_(file), file_index_(file_index), vocabulary_(vocabulary),
        diagnostics_(diagnostics) {}

  void Line(const SourceLine& line) {
    line_ = line.number;
    if (IsLegacyCommentLine(line.text)) return;
    if (line.text[0] == '!' && line.text.find('=') != std::string_view::npos) {
      Define(line.text);
      return;
    }
    BracketedLine parts;
    if (Status s = SplitBrackets(line.text, &parts); !s.ok()) return Error(s.message() + "; line skipped");
    if (parts.groups.empty()) return Error("agent " + Quoted(parts.head) + " has no code; line skipped");
    if (parts.groups.size() > 1) return Error("agent line has more than one code; line skipped");
    if (!parts.tail.empty()) {
      diagnostics_->Warning(file_, line_, "text " + Quoted(parts.tail) + " after the code ignored");
    }
    Agent agent;
    if (Status s = ParseAgentCode(parts.groups[0], &agent); !s.ok()) {
      return Error(s.message() + "; line skipped");
    }
    agent.provenance = {file_index_, static_cast<uint32_t>(line_)};

    std::vector<std::string> forms;
    if (!Forms(parts.head, &forms)) return;
    std::vector<std::string> phrases;
    for (const std::string& form : forms) {
      if (Status s = Substitute(form, &phrases); !s.ok()) return Error(s.message() + "; line skipped");
    }
    Commit(std::move(agent), phrases);
  }

 private:
  void Error(std::string reason) { diagnostics_->Error(file_, line_, std::move(reason)); }

  // `!NAME! = A, B, C`
  void Define(std::string_view text) {
    size_t close = text.find('!', 1);
    if (close == std::string_view::npos) return Error("substitution marker " + Quoted(text) + " is never closed; line skipped");
    std::string name = ToUpperAscii(text.substr(1, close - 1));
    std::string_view rest = TrimLeft(text.substr(close + 1));
    if (name.empty() || rest.empty() || rest[0] != '=') {
      return Error("expected '!NAME! = word, word, ...'; line skipped");
    }
    std::vector<std::string> members;
    for (std::string_view member : Split(rest.substr(1), ',')) {
      member = Trim(member);
      if (member.empty()) {
        Error("empty member in the list of !" + name + "!; member skipped");
      } else if (member.find('!') != std::string_view::npos) {
        Error("member " + Quoted(member) + " of !" + name + "! uses a marker; sets cannot nest; member skipped");
      } else {
        members.push_back(ToUpperAscii(member));
      }
    }
    if (members.empty()) return Error("!" + name + "! has no members; line skipped");
    dict_->substitutions_[name] = std::move(members);
    ++dict_->stats_.substitution_sets;
  }

  // The singular and plural forms of the phrase part of an agent line, still
  // holding any `!NAME!` markers. False (reported) when the line is unusable.
  bool Forms(std::string_view head, std::vector<std::string>* forms) {
    size_t open = head.find('{');
    size_t close = head.find('}');
    if (open == std::string_view::npos && close != std::string_view::npos) {
      Error("'}' without a matching '{'; line skipped");
      return false;
    }
    std::string_view singular = Trim(head.substr(0, open));
    if (singular.empty()) {
      Error("agent code with no phrase before it; line skipped");
      return false;
    }
    forms->emplace_back(singular);
    if (open != std::string_view::npos) {
      if (close == std::string_view::npos || close < open) {
        Error("'{' is never closed; line skipped");
        return false;
      }
      std::string_view inside = head.substr(open + 1, close - open - 1);
      if (inside.find('{') != std::string_view::npos || head.find_first_of("{}", close + 1) != std::string_view::npos) {
        Error("only one '{...}' plural is allowed; line skipped");
        return false;
      }
      if (!Trim(head.substr(close + 1)).empty()) {
        Error("text " + Quoted(Trim(head.substr(close + 1))) + " after '{...}'; line skipped");
        return false;
      }
      if (!Trim(inside).empty()) forms->emplace_back(Trim(inside));
    } else if (singular.find('!') == std::string_view::npos && singular.back() != '_') {
      forms->push_back(NounPlural(ToUpperAscii(singular)));
    }
    return true;
  }

  // Appends `form` with every `!NAME!` replaced by each member of its set.
  Status Substitute(std::string_view form, std::vector<std::string>* out) {
    size_t open = form.find('!');
    if (open == std::string_view::npos) {
      if (out->size() >= kMaxExpansions) {
        return Status::InvalidArgument("markers expand to more than " + std::to_string(kMaxExpansions) + " phrases");
      }
      out->emplace_back(form);
      return Status::Ok();
    }
    size_t close = form.find('!', open + 1);
    if (close == std::string_view::npos) {
      return Status::InvalidArgument("substitution marker in " + Quoted(form) + " is never closed");
    }
    std::string name = ToUpperAscii(form.substr(open + 1, close - open - 1));
    auto set = dict_->substitutions_.find(name);
    if (set == dict_->substitutions_.end()) {
      return Status::InvalidArgument("substitution set !" + name + "! is not defined (above this line)");
    }
    std::string_view before = form.substr(0, open), after = form.substr(close + 1);
    for (const std::string& member : set->second) {
      std::string expanded;
      expanded.reserve(before.size() + member.size() + after.size());
      expanded.append(before).append(member).append(after);
      if (Status s = Substitute(expanded, out); !s.ok()) return s;
    }
    return Status::Ok();
  }

  void Commit(Agent agent, const std::vector<std::string>& phrases) {
    const EntryId id = static_cast<EntryId>(dict_->agents_.size());
    const size_t tokens_mark = dict_->tokens_.size(), phrases_mark = dict_->phrases_.size();
    for (const std::string& text : phrases) {
      Phrase p;
      p.entry = id;
      p.first_token = static_cast<uint32_t>(dict_->tokens_.size());
      p.token_count = static_cast<uint32_t>(InternPhraseWords(text, vocabulary_, &dict_->tokens_));
      if (p.token_count == 0) {
        dict_->tokens_.resize(tokens_mark);
        dict_->phrases_.resize(phrases_mark);
        return Error("agent phrase " + Quoted(text) + " has no words; line skipped");
      }
      dict_->phrases_.push_back(p);
    }
    for (size_t i = phrases_mark; i < dict_->phrases_.size(); ++i) {
      dict_->trie_.Insert(dict_->PhraseTokens(dict_->phrases_[i]), static_cast<uint32_t>(i));
    }
    Stats& stats = dict_->stats_;
    stats.entries += 1;
    stats.phrases += dict_->phrases_.size() - phrases_mark;
    (agent.affix == Affix::kPrefix ? stats.prefix_codes : stats.suffix_codes) += 1;
    dict_->agents_.push_back(std::move(agent));
  }

  AgentDict* dict_;
  std::string_view file_;
  uint32_t file_index_;
  Vocabulary* vocabulary_;
  Diagnostics* diagnostics_;
  int line_ = 0;
};

void AgentDict::Read(std::string text, std::string_view file_name, uint32_t file_index,
                     Vocabulary* vocabulary, Diagnostics* diagnostics) {
  assert(vocabulary_ == nullptr || vocabulary_ == vocabulary);
  if (frozen()) {
    diagnostics->Error(file_name, 0, "agent dictionary is already frozen; file not read");
    return;
  }
  vocabulary_ = vocabulary;
  SourceLineOptions options;
  options.comment_chars = kPhraseDictCommentChars;
  LineReader reader(this, file_name, file_index, vocabulary, diagnostics);
  for (const SourceLine& line : SplitSourceLines(&text, file_name, diagnostics, options)) {
    reader.Line(line);
  }
}

void AgentDict::Freeze() {
  trie_.Freeze();
  substitutions_.clear();
  agents_.shrink_to_fit();
  phrases_.shrink_to_fit();
  tokens_.shrink_to_fit();
}

std::span<const TokenId> AgentDict::PhraseTokens(const Phrase& p) const {
  return std::span<const TokenId>(tokens_).subspan(p.first_token, p.token_count);
}

std::string AgentDict::Spell(const Phrase& p) const {
  std::string out;
  for (TokenId t : PhraseTokens(p)) {
    if (!out.empty()) out += ' ';
    out += vocabulary_->Spelling(t);
  }
  return out;
}

AgentDict::EntryId AgentDict::EntryAt(std::span<const uint32_t> phrase_ids) const {
  return phrase_ids.empty() ? kNoEntry : phrases_[phrase_ids.back()].entry;
}

AgentDict::EntryId AgentDict::Find(std::span<const TokenId> tokens) const {
  return EntryAt(trie_.Exact(tokens));
}

std::vector<std::string> AgentDict::Phrases(EntryId entry) const {
  // Phrases are appended entry by entry, so each entry's are contiguous.
  auto first = std::lower_bound(phrases_.begin(), phrases_.end(), entry,
                                [](const Phrase& p, EntryId e) { return p.entry < e; });
  auto last = std::upper_bound(first, phrases_.end(), entry,
                               [](EntryId e, const Phrase& p) { return e < p.entry; });
  std::vector<std::string> out;
  for (auto it = first; it != last; ++it) out.push_back(Spell(*it));
  return out;
}

void AgentDict::Lint(const SourceFiles& files, Diagnostics* diagnostics) const {
  for (uint32_t p = 0; p < phrases_.size(); ++p) {
    std::span<const uint32_t> same = trie_.Exact(PhraseTokens(phrases_[p]));
    if (same.empty() || same[0] != p) continue;
    for (size_t i = 1; i < same.size(); ++i) {
      const Agent& earlier = agents_[phrases_[same[i - 1]].entry];
      const Agent& later = agents_[phrases_[same[i]].entry];
      if (earlier.code == later.code && earlier.affix == later.affix) continue;
      auto spelled = [](const Agent& a) {
        std::string out = a.affix == Affix::kSuffix ? "[~" : "[";
        out += a.code;
        out += a.affix == Affix::kSuffix ? "]" : "~]";
        return out;
      };
      diagnostics->Warning(files.Path(later.provenance.file), static_cast<int>(later.provenance.line),
                           "agent phrase " + Quoted(Spell(phrases_[same[i]])) + " is also given at " +
                               files.Format(earlier.provenance) + " with code " + spelled(earlier) +
                               " (here " + spelled(later) + "); this later line wins");
    }
  }
}

}  // namespace dyad
