#include "dyad/dict/actor_dict.h"

#include <cassert>
#include <utility>

#include "dyad/base/status.h"
#include "dyad/base/text.h"
#include "dyad/dict/phrase_syntax.h"
#include "dyad/dict/source_lines.h"

namespace dyad {
namespace {

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

// Days since 1970-01-01 of a valid (proleptic Gregorian) date. Years are
// counted from March so that the leap day falls at the end of a year, which
// turns the day of the year into a closed formula; 400-year eras repeat.
int64_t DayNumber(int yyyymmdd) {
  int64_t year = yyyymmdd / 10000, month = yyyymmdd / 100 % 100, day = yyyymmdd % 100;
  if (month <= 2) --year;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const int64_t year_of_era = year - era * 400;
  const int64_t day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

// A dictionary date, YYYYMMDD or YYMMDD, as int YYYYMMDD.
Result<int> ParseDate(std::string_view text) {
  for (char c : text) {
    if (!IsDigit(c)) return Status::InvalidArgument("date " + Quoted(text) + " is not a number");
  }
  int year, month, day;
  if (text.size() == 8) {
    ParseInt(text.substr(0, 4), &year);
    ParseInt(text.substr(4, 2), &month);
    ParseInt(text.substr(6, 2), &day);
  } else if (text.size() == 6) {
    ParseInt(text.substr(0, 2), &year);
    year += year <= 30 ? 2000 : 1900;
    ParseInt(text.substr(2, 2), &month);
    ParseInt(text.substr(4, 2), &day);
  } else {
    return Status::InvalidArgument("date " + Quoted(text) + " has " + std::to_string(text.size()) +
                                   " digits; expected YYMMDD or YYYYMMDD");
  }
  if (month < 1 || month > 12) {
    return Status::InvalidArgument("date " + Quoted(text) + " has month " + std::to_string(month));
  }
  if (day < 1 || day > DaysInMonth(year, month)) {
    return Status::InvalidArgument("date " + Quoted(text) + " has day " + std::to_string(day) +
                                   ", which month " + std::to_string(month) + " of " +
                                   std::to_string(year) + " does not have");
  }
  return year * 10000 + month * 100 + day;
}

// Actor codes are CAMEO-style letter runs; '-', '+' and '/' occur in the
// PETR.Validate test codes ("---", "+++", "ELR/GAL").
bool IsActorCodeChar(char c) {
  return IsAsciiAlpha(c) || IsDigit(c) || c == '-' || c == '+' || c == '/';
}

// Parses the content of one `[...]` group into *code (code text, dates).
Status ParseCodeGroup(std::string_view group, ActorDict::Code* code) {
  size_t end = 0;
  while (end < group.size() && !IsSpace(group[end]) && group[end] != '<' && group[end] != '>') ++end;
  std::string_view name = group.substr(0, end);
  if (name.empty()) return Status::InvalidArgument("'[" + std::string(group.substr(0, 40)) + "]' has no code");
  for (char c : name) {
    if (!IsActorCodeChar(c)) {
      return Status::InvalidArgument("code " + Quoted(name) + " contains " + Quoted(std::string(1, c)));
    }
  }
  code->code = std::string(name);
  std::string_view spec = Trim(group.substr(end));
  if (spec.empty()) return Status::Ok();
  code->dated = true;
  if (spec[0] == '<' || spec[0] == '>') {
    Result<int> date = ParseDate(Trim(spec.substr(1)));
    if (!date.ok()) return date.status();
    (spec[0] == '<' ? code->until : code->from) = *date;
    return Status::Ok();
  }
  size_t dash = spec.find('-');
  if (dash == std::string_view::npos) {
    return Status::InvalidArgument("date restriction " + Quoted(spec) +
                                   " is not '<DATE', '>DATE' or 'DATE-DATE'");
  }
  Result<int> from = ParseDate(Trim(spec.substr(0, dash)));
  if (!from.ok()) return from.status();
  Result<int> until = ParseDate(Trim(spec.substr(dash + 1)));
  if (!until.ok()) return until.status();
  if (*from > *until) {
    return Status::InvalidArgument("date range " + Quoted(spec) + " ends before it starts");
  }
  code->from = *from;
  code->until = *until;
  code->span_days = DayNumber(*until) - DayNumber(*from);
  return Status::Ok();
}

std::string FormatCode(const ActorDict::Code& code) {
  std::string out = "[";
  out += code.code;
  if (code.dated) {
    if (code.from == ActorDict::kNoLowerBound) {
      out += " <";
      out += std::to_string(code.until);
    } else if (code.until == ActorDict::kNoUpperBound) {
      out += " >";
      out += std::to_string(code.from);
    } else {
      out += ' ';
      out += std::to_string(code.from);
      out += '-';
      out += std::to_string(code.until);
    }
  }
  out += ']';
  return out;
}

std::string FormatCodes(std::span<const ActorDict::Code> codes) {
  std::string out;
  for (const ActorDict::Code& c : codes) {
    if (!out.empty()) out += ' ';
    out += FormatCode(c);
  }
  return out;
}

bool SameCodes(std::span<const ActorDict::Code> a, std::span<const ActorDict::Code> b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].code != b[i].code || a[i].dated != b[i].dated || a[i].from != b[i].from ||
        a[i].until != b[i].until) {
      return false;
    }
  }
  return true;
}

}  // namespace

// Reads one file. An entry stays open from its primary line until the next
// primary line or the end of the file, collecting '+' synonyms and code lines;
// it is committed to the dictionary only if it ends up with a usable code.
class ActorDict::FileReader {
 public:
  FileReader(ActorDict* dict, std::string_view file, uint32_t file_index, Vocabulary* vocabulary,
             Diagnostics* diagnostics)
      : dict_(dict), file_(file), file_index_(file_index), vocabulary_(vocabulary),
        diagnostics_(diagnostics) {}

  void Line(const SourceLine& line) {
    if (IsLegacyCommentLine(line.text)) return;
    BracketedLine& parts = parts_;
    Status split = SplitBrackets(line.text, &parts);
    if (!split.ok()) {
      // Keep the phrase so the entry's other lines still have a home.
      parts.head = Trim(line.text.substr(0, line.text.find_first_of("[]")));
      parts.groups.clear();
      parts.tail = {};
      if (parts.head.empty()) return Error(line.number, split.message() + "; line skipped");
      Error(line.number, split.message() + "; read as " + Quoted(parts.head) + " with no code");
    }
    if (parts.head.empty()) {
      if (!open_) {
        Error(line.number, "code line with no entry before it; skipped");
        return;
      }
    } else if (parts.head[0] == '+') {
      if (!open_) {
        Error(line.number, "'+' synonym with no entry before it; skipped");
        return;
      }
      AddPhrase(parts.head.substr(1), line.number, /*synonym=*/true);
    } else {
      Finish(&line);
      StartEntry(line.number);
      AddPhrase(parts.head, line.number, /*synonym=*/false);
    }
    AddCodes(parts.groups, line.number);
    if (!parts.tail.empty()) {
      diagnostics_->Warning(file_, line.number, "text " + Quoted(parts.tail) + " after the codes ignored");
    }
  }

  // Commits or drops the open entry; `next` is the line that starts the next
  // entry, if any.
  void Finish(const SourceLine* next = nullptr) {
    if (!open_) return;
    open_ = false;
    if (broken_) {
      Discard();
      return;
    }
    if (codes_.empty()) {
      std::string reason = "entry " + Quoted(primary_text_) + " has no usable code; skipped";
      if (!saw_code_group_ && next != nullptr) {
        // The usual cause: a synonym written without its '+'.
        reason += " (line " + std::to_string(next->number) + " " + Quoted(next->text) +
                  " starts a new entry; a synonym needs a leading '+')";
      }
      Error(entry_line_, std::move(reason));
      Discard();
      return;
    }
    const EntryId id = static_cast<EntryId>(dict_->entries_.size());
    Entry entry;
    entry.provenance = {file_index_, static_cast<uint32_t>(entry_line_)};
    entry.first_code = static_cast<uint32_t>(dict_->codes_.size());
    entry.code_count = static_cast<uint32_t>(codes_.size());
    entry.primary_phrase = static_cast<uint32_t>(dict_->phrases_.size());
    dict_->entries_.push_back(entry);
    size_t dated_codes = 0;
    for (Code& c : codes_) {
      dated_codes += c.dated;
      dict_->codes_.push_back(std::move(c));
    }
    for (Phrase& p : phrases_) {
      p.entry = id;
      dict_->trie_.Insert(dict_->PhraseTokens(p), static_cast<uint32_t>(dict_->phrases_.size()));
      dict_->phrases_.push_back(p);
    }
    if (dict_->file_stats_.size() <= file_index_) dict_->file_stats_.resize(file_index_ + 1);
    for (Stats* stats : {&dict_->stats_, &dict_->file_stats_[file_index_]}) {
      stats->entries += 1;
      stats->synonyms += phrases_.size() - 1;
      stats->phrases += phrases_.size();
      stats->codes += codes_.size();
      stats->dated_codes += dated_codes;
      stats->dated_entries += dated_codes > 0;
    }
    codes_.clear();
    phrases_.clear();
  }

 private:
  void Error(int line, std::string reason) { diagnostics_->Error(file_, line, std::move(reason)); }

  void StartEntry(int line) {
    open_ = true;
    broken_ = false;
    saw_code_group_ = false;
    entry_line_ = line;
    tokens_mark_ = dict_->tokens_.size();
  }

  void AddPhrase(std::string_view text, int line, bool synonym) {
    if (broken_) return;
    Phrase p;
    p.first_token = static_cast<uint32_t>(dict_->tokens_.size());
    p.token_count = static_cast<uint32_t>(InternPhraseWords(text, vocabulary_, &dict_->tokens_));
    p.provenance = {file_index_, static_cast<uint32_t>(line)};
    if (p.token_count == 0) {
      if (synonym) {
        Error(line, "'+' line has no phrase; skipped");
        return;
      }
      Error(line, "entry " + Quoted(text) + " has no phrase words; entry skipped");
      broken_ = true;
      return;
    }
    if (!synonym) primary_text_ = std::string(text);
    phrases_.push_back(p);
  }

  void AddCodes(const std::vector<std::string_view>& groups, int line) {
    if (broken_) return;
    saw_code_group_ |= !groups.empty();
    for (std::string_view group : groups) {
      Code code;
      Status s = ParseCodeGroup(group, &code);
      if (!s.ok()) {
        Error(line, s.message() + "; code skipped");
        continue;
      }
      code.provenance = {file_index_, static_cast<uint32_t>(line)};
      codes_.push_back(std::move(code));
    }
  }

  void Discard() {
    dict_->tokens_.resize(tokens_mark_);
    codes_.clear();
    phrases_.clear();
  }

  ActorDict* dict_;
  std::string_view file_;
  uint32_t file_index_;
  Vocabulary* vocabulary_;
  Diagnostics* diagnostics_;

  BracketedLine parts_;  // reused from line to line to save allocations
  bool open_ = false;    // an entry is being read
  bool broken_ = false;  // its primary line was unusable: drop it and its lines
  bool saw_code_group_ = false;  // it had a `[...]`, even an unusable one
  int entry_line_ = 0;
  std::string primary_text_;
  size_t tokens_mark_ = 0;  // dict_->tokens_.size() when the entry began
  std::vector<Code> codes_;
  std::vector<Phrase> phrases_;  // entry ids are filled in on commit
};

void ActorDict::Read(std::string text, std::string_view file_name, uint32_t file_index,
                     Vocabulary* vocabulary, Diagnostics* diagnostics) {
  assert(vocabulary_ == nullptr || vocabulary_ == vocabulary);
  if (frozen()) {
    diagnostics->Error(file_name, 0, "actor dictionary is already frozen; file not read");
    return;
  }
  vocabulary_ = vocabulary;
  SourceLineOptions options;
  options.comment_chars = kPhraseDictCommentChars;
  FileReader reader(this, file_name, file_index, vocabulary, diagnostics);
  for (const SourceLine& line : SplitSourceLines(&text, file_name, diagnostics, options)) {
    reader.Line(line);
  }
  reader.Finish();
}

void ActorDict::Freeze() {
  trie_.Freeze();
  entries_.shrink_to_fit();
  codes_.shrink_to_fit();
  phrases_.shrink_to_fit();
  tokens_.shrink_to_fit();
}

std::span<const TokenId> ActorDict::PhraseTokens(const Phrase& p) const {
  return std::span<const TokenId>(tokens_).subspan(p.first_token, p.token_count);
}

std::string ActorDict::Spell(const Phrase& p) const {
  std::string out;
  for (TokenId t : PhraseTokens(p)) {
    if (!out.empty()) out += ' ';
    out += vocabulary_->Spelling(t);
  }
  return out;
}

ActorDict::EntryId ActorDict::EntryAt(std::span<const uint32_t> phrase_ids) const {
  return phrase_ids.empty() ? kNoEntry : phrases_[phrase_ids.back()].entry;
}

ActorDict::EntryId ActorDict::Find(std::span<const TokenId> tokens) const {
  return EntryAt(trie_.Exact(tokens));
}

std::span<const ActorDict::Code> ActorDict::codes(EntryId entry) const {
  const Entry& e = entries_[entry];
  return std::span<const Code>(codes_).subspan(e.first_code, e.code_count);
}

const ActorDict::Code* ActorDict::CodeOn(EntryId entry, int date) const {
  const Code* fallback = nullptr;
  const Code* best = nullptr;
  for (const Code& c : codes(entry)) {
    if (!c.dated) {
      if (fallback == nullptr) fallback = &c;
    } else if (c.AppliesOn(date) && (best == nullptr || c.span_days < best->span_days)) {
      best = &c;
    }
  }
  return best != nullptr ? best : fallback;
}

std::string ActorDict::PrimaryPhrase(EntryId entry) const {
  return Spell(phrases_[entries_[entry].primary_phrase]);
}

void ActorDict::Lint(const SourceFiles& files, Diagnostics* diagnostics) const {
  auto warn = [&](Provenance at, std::string message) {
    diagnostics->Warning(files.Path(at.file), static_cast<int>(at.line), std::move(message));
  };

  // The same phrase in entries with different codes: each trie node once,
  // from its first phrase, comparing each definition with the one before.
  for (uint32_t p = 0; p < phrases_.size(); ++p) {
    std::span<const uint32_t> same = trie_.Exact(PhraseTokens(phrases_[p]));
    if (same.empty() || same[0] != p) continue;
    for (size_t i = 1; i < same.size(); ++i) {
      const Phrase& earlier = phrases_[same[i - 1]];
      const Phrase& later = phrases_[same[i]];
      if (earlier.entry == later.entry) continue;
      std::span<const Code> a = codes(earlier.entry), b = codes(later.entry);
      if (SameCodes(a, b)) continue;
      warn(later.provenance, "phrase " + Quoted(Spell(later)) + " is also defined at " +
                                 files.Format(earlier.provenance) + " with other codes (" +
                                 FormatCodes(a) + " there, " + FormatCodes(b) +
                                 " here); this later definition wins");
    }
  }

  // Checking every pair of an entry's codes is quadratic; real entries have a
  // few dozen codes at most, so larger ones are left alone.
  constexpr size_t kMaxCodesToCompare = 256;
  for (EntryId e = 0; e < entries_.size(); ++e) {
    std::span<const Code> list = codes(e);
    const Code* default_code = nullptr;
    for (size_t j = 0; j < list.size(); ++j) {
      const Code& c = list[j];
      if (!c.dated) {
        if (default_code == nullptr) {
          default_code = &c;
        } else {
          warn(c.provenance, "undated code " + FormatCode(c) + " is never used: " +
                                 FormatCode(*default_code) + " at " +
                                 files.Format(default_code->provenance) +
                                 " is already the default of entry " + Quoted(PrimaryPhrase(e)));
        }
        continue;
      }
      if (list.size() > kMaxCodesToCompare) continue;
      for (size_t i = 0; i < j; ++i) {
        const Code& earlier = list[i];
        if (earlier.dated && earlier.code != c.code && earlier.from == c.from &&
            earlier.until == c.until) {
          warn(c.provenance, "code " + FormatCode(c) + " never applies: " + FormatCode(earlier) +
                                 " at " + files.Format(earlier.provenance) +
                                 " has the same dates and comes first");
          break;
        }
      }
    }
  }
}

}  // namespace dyad
