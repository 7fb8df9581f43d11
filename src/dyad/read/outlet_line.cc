#include "dyad/read/outlet_line.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "dyad/base/text.h"

namespace dyad {
namespace {

constexpr size_t kMaxOutletLineBytes = 200;
constexpr size_t kMaxNameWords = 5;
// "By Jane Doe and John Roe | AP | Saturday, July 12, 2025 5:56 PM EDT" is 16;
// a line with many more words is prose.
constexpr long kMaxOutletLineWords = 24;

// Separators between the pieces of an outlet line. Plain '-' is not one:
// it sits inside ISO dates and names; only a spaced dash separates.
constexpr std::array<std::string_view, 7> kSeparators = {"\xC2\xB7", "\xE2\x80\xA2", "|", " - ",
                                                         " \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- "};

std::vector<std::string_view> SplitPieces(std::string_view line) {
  std::vector<std::string_view> pieces;
  size_t start = 0, i = 0;
  while (i < line.size()) {
    size_t matched = 0;
    for (std::string_view sep : kSeparators) {
      if (line.substr(i, sep.size()) == sep) {
        matched = sep.size();
        break;
      }
    }
    if (matched == 0) {
      ++i;
      continue;
    }
    pieces.push_back(Trim(line.substr(start, i - start)));
    i += matched;
    start = i;
  }
  pieces.push_back(Trim(line.substr(start)));
  return pieces;
}

bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  unsigned char c = static_cast<unsigned char>(word[0]);
  return (c >= 'A' && c <= 'Z') || IsDigit(word[0]) || c >= 0x80;
}

// A person's or an outlet's name: a few capitalised words ("Jane Doe", "The
// Express Tribune", "Dawn.com"), with the particles names carry.
bool IsNameLike(std::string_view s) {
  s = Trim(s);
  if (s.empty() || s.size() > 60 || EndsWith(s, ".")) return IsKnownOutlet(s);
  std::vector<std::string_view> words = SplitWhitespace(s);
  if (words.size() > kMaxNameWords) return false;
  for (std::string_view w : words) {
    if (StartsUpper(w) || w == "and" || w == "de" || w == "van" || w == "von" || w == "al" || w == "bin" ||
        w == "of") {
      continue;
    }
    return false;
  }
  return true;
}

bool IsKeyword(std::string_view word, bool* updated) {
  std::string_view w = word;
  if (EndsWith(w, ":")) w.remove_suffix(1);
  if (EqualsIgnoreCase(w, "Published") || EqualsIgnoreCase(w, "Posted")) {
    *updated = false;
    return true;
  }
  if (EqualsIgnoreCase(w, "Updated") || EqualsIgnoreCase(w, "Modified")) {
    *updated = true;
    return true;
  }
  return false;
}

bool IsKeywordPrefix(std::string_view word) {
  return EqualsIgnoreCase(word, "First") || EqualsIgnoreCase(word, "Last") || EqualsIgnoreCase(word, "Originally");
}

// Could `s` be meant as a date? Decides whether a date that fails to parse
// is reported or the piece is simply not a date, so it asks for a date's
// shape: "12/07/2025", "5:56 PM", "12 Jul", "July 12", "Sat, Jul 12", "2 hours
// ago". "5 things to know" and "May Day rallies" are not dates.
bool LooksLikeDate(std::string_view s) {
  std::vector<std::string_view> words = SplitWhitespace(s);
  if (words.empty() || words.size() > 8) return false;
  auto bare = [](std::string_view w) {
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
    return w;
  };
  std::string_view first = bare(words[0]);
  if (first.empty()) return false;
  if (IsDigit(first[0]) && first.find_first_of("/.-:") != std::string_view::npos &&
      first.find_first_not_of("0123456789/.-:") == std::string_view::npos) {
    return true;
  }
  if (EqualsIgnoreCase(words.back(), "ago")) return true;
  if (words.size() < 2) return false;
  std::string_view second = bare(words[1]);
  if (second.empty()) return false;
  if (IsDigit(first[0]) && IsMonthName(second)) return true;
  if (IsMonthName(first) && IsDigit(second[0])) return true;
  return IsWeekdayName(first) && (IsMonthName(second) || IsDigit(second[0]));
}

class LineParser {
 public:
  LineParser(DateOrder order, OutletLine* out) : order_(order), out_(out) {}

  // True when `piece` is one of the things an outlet line holds.
  bool Piece(std::string_view piece) {
    if (piece.empty()) return true;
    if (StartsWith(piece, "By ") || StartsWith(piece, "BY ")) return Byline(piece.substr(3));
    if (Keyworded(piece)) return true;
    if (LooksLikeDate(piece)) {
      Date(piece, false);
      return true;
    }
    if (IsNameLike(piece)) {
      Outlet(piece);
      return true;
    }
    return false;
  }

  // An outlet line says something an ordinary short line does not.
  bool Informative() const {
    return out_->date || !out_->date_problem.empty() || !out_->author.empty() || IsKnownOutlet(out_->outlet);
  }

 private:
  bool Byline(std::string_view rest) {
    std::vector<std::string_view> parts = Split(rest, ',');
    if (!IsNameLike(parts[0]) || IsKnownOutlet(parts[0])) return false;
    if (out_->author.empty()) out_->author = std::string(Trim(parts[0]));
    for (size_t i = 1; i < parts.size(); ++i) {
      std::string_view p = Trim(parts[i]);
      if (IsKnownOutlet(p)) {
        Outlet(p);
      } else if (LooksLikeDate(p)) {
        Date(p, false);
      } else if (!IsNameLike(p)) {  // "Staff Writer" is fine; a clause is not
        return false;
      }
    }
    return true;
  }

  // "<outlet> Published[:] [on] <date> [Updated <date>]"; false when the
  // piece has no keyword.
  bool Keyworded(std::string_view piece) {
    struct Mark {
      size_t phrase_begin;  // byte where "Last updated" or "Published" starts
      size_t date_begin;    // byte after the keyword
      bool updated;
    };
    std::vector<Mark> marks;
    std::vector<std::string_view> words = SplitWhitespace(piece);
    for (size_t k = 0; k < words.size(); ++k) {
      bool updated = false;
      if (!IsKeyword(words[k], &updated)) continue;
      size_t first = k;
      if (k > 0 && IsKeywordPrefix(words[k - 1])) {
        first = k - 1;
        if (EqualsIgnoreCase(words[k - 1], "Last")) updated = true;
      }
      marks.push_back({static_cast<size_t>(words[first].data() - piece.data()),
                       static_cast<size_t>(words[k].data() + words[k].size() - piece.data()), updated});
    }
    if (marks.empty()) return false;
    std::string_view prefix = Trim(piece.substr(0, marks[0].phrase_begin));
    while (EndsWith(prefix, ",")) prefix = Trim(prefix.substr(0, prefix.size() - 1));
    if (!prefix.empty() && !IsNameLike(prefix)) return false;
    std::vector<std::pair<std::string_view, bool>> dates;
    for (size_t i = 0; i < marks.size(); ++i) {
      size_t end = i + 1 < marks.size() ? marks[i + 1].phrase_begin : piece.size();
      std::string_view date = Trim(piece.substr(marks[i].date_begin, end - marks[i].date_begin));
      if (StartsWith(date, ":")) date = TrimLeft(date.substr(1));
      for (std::string_view joint : {"on ", "at "}) {
        if (date.size() >= 3 && EqualsIgnoreCase(date.substr(0, 3), joint)) date = TrimLeft(date.substr(3));
      }
      // "Published in 2019, the report found ..." is a sentence, not a date.
      if (!date.empty() && !LooksLikeDate(date) && (SplitWhitespace(date).size() > 4 || EndsWith(date, "."))) {
        return false;
      }
      dates.emplace_back(date, marks[i].updated);
    }
    if (!prefix.empty()) Outlet(prefix);
    for (const auto& [date, updated] : dates) {
      if (!date.empty()) Date(date, updated);
    }
    return true;
  }

  void Outlet(std::string_view name) {
    if (out_->outlet.empty()) out_->outlet = std::string(Trim(name));
  }

  void Date(std::string_view text, bool updated) {
    DateOrder order = order_;
    if (order == DateOrder::kUnknown) order = ConventionForOutlet(out_->outlet).order;
    Result<Timestamp> t = ParsePrintedDate(text, order);
    if (!t.ok()) {
      if (out_->date_problem.empty()) out_->date_problem = t.status().message();
      return;
    }
    // The first publication date wins over updates, wherever they stand.
    if (!out_->date || (out_->updated && !updated)) {
      out_->date = *t;
      out_->updated = updated;
    }
  }

  DateOrder order_;
  OutletLine* out_;
};

}  // namespace

std::optional<OutletLine> ParseOutletLine(std::string_view line, DateOrder order) {
  line = Trim(line);
  if (line.empty() || line.size() > kMaxOutletLineBytes) return std::nullopt;
  if (std::count(line.begin(), line.end(), ' ') >= kMaxOutletLineWords) return std::nullopt;
  OutletLine out;
  LineParser parser(order, &out);
  std::vector<std::string_view> pieces = SplitPieces(line);
  // Names first, so an outlet named anywhere on the line sets the date order.
  for (std::string_view piece : pieces) {
    if (IsKnownOutlet(piece)) out.outlet = std::string(piece);
  }
  for (std::string_view piece : pieces) {
    if (!parser.Piece(piece)) return std::nullopt;
  }
  if (!parser.Informative()) return std::nullopt;
  return out;
}

}  // namespace dyad
