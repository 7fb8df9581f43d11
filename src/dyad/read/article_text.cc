#include "dyad/read/article_text.h"

#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "dyad/base/text.h"
#include "dyad/read/outlet_line.h"
#include "dyad/text/sentence_splitter.h"
#include "dyad/text/tokenizer.h"

namespace dyad {
namespace {

// A related-story line is a headline: short. Longer unpunctuated lines are
// body text that lost its full stop.
constexpr size_t kMaxRelatedLineBytes = 160;
constexpr size_t kMaxHeadlineBytes = 300;
constexpr size_t kMaxHeadlineWordsIfPunctuated = 25;
constexpr size_t kMaxCreditBytes = 80;
// Words of description a caption has before its credit.
constexpr size_t kMinCaptionWords = 5;
// Notices run to a copyright line with a company's address, never further.
constexpr size_t kMaxBoilerplateBytes = 300;
// Datelines are short; the splitter only needs the opening of a paragraph.
constexpr size_t kDatelineWindowBytes = 160;
constexpr int kDatelineParagraphs = 3;
// Text wrapped by hand is wrapped at 60-80 columns.
constexpr size_t kMinWrappedLineBytes = 40;

struct Line {
  uint32_t begin = 0;  // trimmed
  uint32_t end = 0;
  int number = 0;
  bool blank() const { return begin == end; }
};

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t pos = 0;
  if (StartsWith(text, "\xEF\xBB\xBF")) pos = 3;  // byte order mark
  int number = 1;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view raw = text.substr(pos, end - pos);
    std::string_view trimmed = Trim(raw);
    uint32_t b = static_cast<uint32_t>(trimmed.empty() ? pos : trimmed.data() - text.data());
    lines.push_back({b, static_cast<uint32_t>(b + trimmed.size()), number++});
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return lines;
}

std::string ToLowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool HasAtLeastWords(std::string_view s, size_t n) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    if (IsSpace(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      if (++words >= n) return true;
    }
  }
  return n == 0;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

// Ends a sentence: . ! ? : ; or a closing quote, after any closing brackets.
bool EndsPunctuated(std::string_view s) {
  while (!s.empty() && (s.back() == ')' || s.back() == ']')) s.remove_suffix(1);
  s = TrimRight(s);
  if (s.empty()) return false;
  if (std::string_view(".!?:;\"'").find(s.back()) != std::string_view::npos) return true;
  for (std::string_view closer : {"\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\xA6", "\xC2\xBB"}) {
    if (EndsWith(s, closer)) return true;
  }
  return false;
}

constexpr std::array<std::string_view, 24> kBoilerplateLines = {
    "advertisement", "advertisment", "sponsored", "share", "save", "share this article", "share this story",
    "skip advertisement", "story continues below", "story continues below advertisement",
    "listen to this article", "continue reading", "read more", "subscribe", "print", "comments",
    "loading", "loading...", "show comments", "related", "related stories", "related topics", "getty images", "keep reading"};

constexpr std::array<std::string_view, 24> kBoilerplatePrefixes = {
    "share this ", "share on ", "click here", "follow us", "follow @", "copyright", "\xC2\xA9", "(c) 1",
    "(c) 2", "sign up", "subscribe to", "download the", "reporting by", "(reporting by", "additional reporting",
    "editing by", "writing by", "listen to this", "we use cookies", "get the latest", "for the latest",
    "this article was", "our standards:", "image source,"};

constexpr std::array<std::string_view, 6> kRelatedPrefixes = {"read more:", "also read:", "related:", "see also:",
                                                              "read also:", "related story:"};

constexpr std::array<std::string_view, 13> kCaptionOpeners = {
    "file photo", "file -", "file:", "in this photo", "in this image", "in this handout", "this handout",
    "a handout", "handout photo", "pictured:", "in this file photo", "image caption,", "media caption,"};

constexpr std::array<std::string_view, 21> kCreditMarkers = {
    "photo:", "photograph:", "picture:", "image:", "photo by ", "photo credit", "credit:", "(photo:",
    "getty images", "/afp", "/ afp", "reuters/", "/handout", "handout via", "via reuters", "via ap", "via afp",
    "[file:", "/reuters]", "(ap photo", "[reuters]"};

// "Photo: AFP", "Photo credit: Jane Doe/Reuters", "(Photo: AP)": a credit
// with no caption text.
bool IsCreditOnly(std::string_view s) {
  if (s.size() > kMaxCreditBytes) return false;
  std::string_view t = s;
  if (StartsWith(t, "(")) t.remove_prefix(1);
  for (std::string_view lead : {"photo", "photograph", "picture", "image", "file photo", "photo credit", "credit"}) {
    if (!StartsWithIgnoreCase(t, lead)) continue;
    std::string_view rest = TrimLeft(t.substr(lead.size()));
    if (StartsWith(rest, "s:")) rest = rest.substr(1);
    if (StartsWith(rest, ":") || StartsWithIgnoreCase(rest, "by ")) return true;
  }
  return false;
}

bool IsBoilerplate(std::string_view s) {
  if (s.size() > kMaxBoilerplateBytes) return false;
  std::string_view bare = s;
  while (!bare.empty() && (bare.back() == ':' || bare.back() == '.')) bare.remove_suffix(1);
  for (std::string_view line : kBoilerplateLines) {
    if (EqualsIgnoreCase(bare, line)) return true;
  }
  for (std::string_view prefix : kBoilerplatePrefixes) {
    if (StartsWithIgnoreCase(s, prefix)) return true;
  }
  std::string lower = ToLowerAscii(s);
  if (lower.find("all rights reserved") != std::string::npos) return true;
  if (!HasAtLeastWords(s, 5) && lower.find("min read") != std::string::npos) return true;
  // "Follow Dawn on WhatsApp", "List of 4 items": short calls and widgets.
  if (!HasAtLeastWords(s, 9) && !EndsPunctuated(s) &&
      ((StartsWith(lower, "follow ") && lower.find(" on ") != std::string::npos) ||
       (StartsWith(lower, "list of ") && EndsWith(lower, " items")))) {
    return true;
  }
  // "- AFP", "-- Reuters": the agency signing off at the end.
  std::string_view signoff = s;
  while (!signoff.empty() && (signoff[0] == '-' || IsSpace(signoff[0]))) signoff.remove_prefix(1);
  if (StartsWith(signoff, "\xE2\x80\x94")) signoff = TrimLeft(signoff.substr(3));
  if (signoff.size() < s.size() && IsKnownOutlet(signoff)) return true;
  return IsCreditOnly(s);
}

bool IsRelatedByPrefix(std::string_view s) {
  for (std::string_view prefix : kRelatedPrefixes) {
    if (StartsWithIgnoreCase(s, prefix)) return true;
  }
  return false;
}

// "... in Islamabad on Saturday. — APP": a sentence, a dash, and a credit of
// a few capitalised words.
bool EndsWithDashCredit(std::string_view s) {
  for (std::string_view dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "}) {
    size_t at = s.rfind(dash);
    if (at == std::string_view::npos) continue;
    std::string_view credit = Trim(s.substr(at + dash.size()));
    std::string_view before = TrimRight(s.substr(0, at));
    if (credit.empty() || HasAtLeastWords(credit, 5) || EndsPunctuated(credit)) continue;
    if (!EndsWith(before, ".") || !HasAtLeastWords(before, kMinCaptionWords)) continue;
    bool capitalised = true;
    for (std::string_view w : SplitWhitespace(credit)) {
      capitalised = capitalised && (IsAsciiAlpha(w[0]) ? AsciiUpper(w[0]) == w[0] : true);
    }
    if (capitalised) return true;
  }
  return false;
}

// A caption opens like one ("FILE PHOTO: ...", "This handout picture ...")
// or ends with a photo credit after some words of description.
bool IsCaption(std::string_view s) {
  for (std::string_view opener : kCaptionOpeners) {
    if (StartsWithIgnoreCase(s, opener)) return true;
  }
  size_t window_start = s.size() > kMaxCreditBytes ? s.size() - kMaxCreditBytes : 0;
  std::string tail = ToLowerAscii(s.substr(window_start));
  for (std::string_view marker : kCreditMarkers) {
    size_t at = tail.find(marker);
    if (at == std::string::npos) continue;
    std::string_view before = s.substr(0, window_start + at);
    if (HasAtLeastWords(before, kMinCaptionWords)) return true;
  }
  return EndsWithDashCredit(s);
}

bool IsHeadlineLike(std::string_view s) {
  if (s.size() > kMaxHeadlineBytes) return false;
  return !EndsPunctuated(s) || SplitWhitespace(s).size() <= kMaxHeadlineWordsIfPunctuated;
}

// Bytes of the dateline opening `paragraph` ("MOSCOW:" -> 7), or 0.
size_t DatelineLength(std::string_view paragraph) {
  std::string_view window = paragraph;
  if (window.size() > kDatelineWindowBytes) {
    size_t cut = window.rfind(' ', kDatelineWindowBytes);
    window = window.substr(0, cut == std::string_view::npos ? kDatelineWindowBytes : cut);
  }
  TokenizedText tokens;
  if (!Tokenize(window, &tokens).ok()) return 0;
  SentenceSplitOptions options;
  options.dateline_search_lines = 1;
  SentenceSplit split = SplitSentences(tokens, options);
  if (!split.dateline || split.dateline->begin != 0) return 0;
  return split.dateline->end;
}

class ArticleSegmenter {
 public:
  ArticleSegmenter(Document* doc, Diagnostics* diagnostics, const ArticleOptions& options)
      : doc_(doc), diagnostics_(diagnostics), text_(doc->text), date_preset_(doc->published.date.known()) {
    if (doc_->locale.empty()) doc_->locale = options.locale;
    order_ = DateOrderForLocale(doc_->locale);
  }

  void Run() {
    if (size_t bad = FindInvalidUtf8(text_); bad != std::string_view::npos) {
      diagnostics_->Warning(doc_->id, 0,
                            "invalid UTF-8 at byte " + std::to_string(bad) + "; read as is");
    }
    std::vector<Line> lines = SplitLines(text_);
    zone_ = doc_->title.empty() ? Zone::kTop : Zone::kHeader;
    if (!doc_->title.empty()) doc_->title_outside_text = true;
    wrapped_ = IsHardWrapped(lines);
    for (size_t i = 0; i < lines.size(); ++i) {
      const Line& line = lines[i];
      if (line.blank()) {
        extendable_ = false;
        continue;
      }
      bool alone = (i == 0 || lines[i - 1].blank()) && (i + 1 == lines.size() || lines[i + 1].blank());
      Classify(line, alone);
    }
    MarkDuplicates();
    // Said once the whole header is read: a later line may still give the date.
    for (const std::string& problem : date_problems_) {
      diagnostics_->Warning(doc_->id, 0,
                            problem + (doc_->published.date.known() ? "; not used" : "; publication date unknown"));
    }
    if (doc_->locale.empty()) doc_->locale = std::string(ConventionForOutlet(doc_->outlet).locale);
  }

 private:
  enum class Zone { kTop, kHeader, kBody };

  std::string_view Text(const Line& l) const { return text_.substr(l.begin, l.end - l.begin); }

  void Add(SegmentRole role, uint32_t begin, uint32_t end, int line) {
    doc_->segments.push_back({role, begin, end, line, -1});
  }

  // Hard-wrapped text breaks lines inside sentences: most long body lines
  // followed by another line of their block end without punctuation. Short
  // lines (names, tags, "Share") say nothing either way.
  bool IsHardWrapped(const std::vector<Line>& lines) const {
    int inner = 0, open = 0;
    for (size_t i = 1; i + 1 < lines.size(); ++i) {
      if (lines[i].blank() || lines[i + 1].blank()) continue;
      std::string_view s = Text(lines[i]);
      if (s.size() < kMinWrappedLineBytes) continue;
      if (IsBoilerplate(s) || IsCaption(s) || IsRelatedByPrefix(s) || ParseOutletLine(s, order_)) continue;
      ++inner;
      if (!EndsPunctuated(s)) ++open;
    }
    return inner >= 2 && open * 2 > inner;
  }

  // `alone`: blank lines (or the text's ends) on both sides.
  void Classify(const Line& line, bool alone) {
    std::string_view s = Text(line);
    if (IsBoilerplate(s)) {
      Add(SegmentRole::kBoilerplate, line.begin, line.end, line.number);
    } else if (IsRelatedByPrefix(s)) {
      Add(SegmentRole::kRelated, line.begin, line.end, line.number);
    } else if (IsCaption(s)) {
      Add(SegmentRole::kCaption, line.begin, line.end, line.number);
    } else if (std::optional<OutletLine> outlet = ParseOutletLine(s, order_)) {
      Add(SegmentRole::kByline, line.begin, line.end, line.number);
      TakeOutletLine(*outlet, line.number);
    } else if (zone_ == Zone::kTop && IsHeadlineLike(s) && !(EndsPunctuated(s) && DatelineLength(s) > 0)) {
      Add(SegmentRole::kHeadline, line.begin, line.end, line.number);
      doc_->title = std::string(s);
      zone_ = Zone::kHeader;
    } else if (zone_ == Zone::kHeader &&
               (s == doc_->title ||  // the given title, however it ends
                (!EndsPunctuated(s) && s.size() <= kMaxRelatedLineBytes &&
                 (alone || !wrapped_)))) {  // in wrapped text, unpunctuated lines run on
      if (doc_->title_outside_text && s == doc_->title) doc_->title_outside_text = false;
      Add(SegmentRole::kHeadline, line.begin, line.end, line.number);
    } else {
      BodyLine(line);
      return;
    }
    extendable_ = false;
  }

  void BodyLine(const Line& line) {
    if (wrapped_ && extendable_) {
      doc_->segments[last_paragraph_].end = line.end;
      last_paragraph_lines_++;
      return;
    }
    CloseParagraph();
    zone_ = Zone::kBody;
    Add(SegmentRole::kParagraph, line.begin, line.end, line.number);
    last_paragraph_ = static_cast<int>(doc_->segments.size()) - 1;
    last_paragraph_lines_ = 1;
    extendable_ = true;
    pending_ = true;
  }

  // Settles the paragraph just finished: a dateline split off, or a
  // related-story line recognised. Runs before the next paragraph opens and
  // at the end, via MarkDuplicates.
  void CloseParagraph() {
    if (!pending_) return;
    pending_ = false;
    Segment& p = doc_->segments[last_paragraph_];
    std::string_view s = doc_->SegmentText(p);
    if (body_paragraphs_ > 0 && last_paragraph_lines_ == 1 && !EndsPunctuated(s) && s.size() <= kMaxRelatedLineBytes) {
      p.role = SegmentRole::kRelated;
      return;
    }
    ++body_paragraphs_;
    if (dateline_found_ || body_paragraphs_ > kDatelineParagraphs) return;
    size_t length = DatelineLength(s);
    if (length == 0) return;
    dateline_found_ = true;
    TakeDatelineAgency(s.substr(0, length));
    Segment dateline = p;
    dateline.role = SegmentRole::kDateline;
    dateline.end = static_cast<uint32_t>(p.begin + length);
    std::string_view rest = TrimLeft(s.substr(length));
    if (rest.empty()) {
      p = dateline;
      return;
    }
    p.begin = static_cast<uint32_t>(p.end - rest.size());
    doc_->segments.insert(doc_->segments.begin() + last_paragraph_, dateline);
    ++last_paragraph_;
  }

  // "KYIV (Reuters) -" names the outlet when nothing else has.
  void TakeDatelineAgency(std::string_view dateline) {
    size_t open = dateline.find('(');
    size_t close = dateline.find(')', open);
    if (!doc_->outlet.empty() || open == std::string_view::npos || close == std::string_view::npos) return;
    std::string_view agency = Trim(dateline.substr(open + 1, close - open - 1));
    if (agency.empty()) return;
    doc_->outlet = std::string(agency);
    if (order_ == DateOrder::kUnknown) order_ = ConventionForOutlet(doc_->outlet).order;
  }

  void TakeOutletLine(const OutletLine& line, int number) {
    if (doc_->outlet.empty() && !line.outlet.empty()) {
      doc_->outlet = line.outlet;
      if (order_ == DateOrder::kUnknown) order_ = ConventionForOutlet(doc_->outlet).order;
    }
    if (doc_->author.empty()) doc_->author = line.author;
    if (date_preset_) return;
    if (!line.date_problem.empty()) {
      date_problems_.push_back(line.date_problem + " (line " + std::to_string(number) + ")");
    }
    if (line.date && (!doc_->published.date.known() || (published_is_update_ && !line.updated))) {
      doc_->published = *line.date;
      published_is_update_ = line.updated;
    }
  }

  void MarkDuplicates() {
    CloseParagraph();
    std::unordered_map<std::string_view, int> first;
    for (size_t i = 0; i < doc_->segments.size(); ++i) {
      Segment& s = doc_->segments[i];
      if (s.role != SegmentRole::kCaption && s.role != SegmentRole::kParagraph) continue;
      auto [it, inserted] = first.emplace(doc_->SegmentText(s), static_cast<int>(i));
      if (!inserted) s.duplicate_of = it->second;
    }
  }

  Document* doc_;
  Diagnostics* diagnostics_;
  std::string_view text_;
  bool date_preset_;
  bool published_is_update_ = false;
  std::vector<std::string> date_problems_;
  DateOrder order_ = DateOrder::kUnknown;
  Zone zone_ = Zone::kTop;
  bool wrapped_ = false;
  int last_paragraph_ = -1;    // index of the latest body paragraph
  int last_paragraph_lines_ = 0;
  bool extendable_ = false;    // the next body line continues its block
  bool pending_ = false;       // the latest paragraph has not been settled yet
  int body_paragraphs_ = 0;
  bool dateline_found_ = false;
};

}  // namespace

void SegmentArticle(Document* doc, Diagnostics* diagnostics, const ArticleOptions& options) {
  ArticleSegmenter(doc, diagnostics, options).Run();
}

Document ReadTextArticle(std::string text, std::string id, Diagnostics* diagnostics, const ArticleOptions& options) {
  Document doc;
  doc.id = std::move(id);
  doc.text = std::move(text);
  SegmentArticle(&doc, diagnostics, options);
  return doc;
}

std::string DocumentIdFromPath(std::string_view path) {
  if (path == "-") return "stdin";
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

}  // namespace dyad
