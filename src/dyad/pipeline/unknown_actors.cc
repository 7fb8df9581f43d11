#include "dyad/pipeline/unknown_actors.h"

#include <algorithm>
#include <cstdio>
#include <span>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "dyad/base/text.h"
#include "dyad/parse/function_words.h"
#include "dyad/read/publication_date.h"
#include "dyad/text/sentence_splitter.h"
#include "dyad/text/utf8.h"
#include "dyad/when/civil_date.h"
#include "dyad/when/date_recognizer.h"
#include "dyad/write/json_text.h"

namespace dyad {

namespace {

// Where one mention stands: the name's and its sentence's bytes in the
// document text.
struct Place {
  int64_t begin = 0, end = 0;
  int64_t sentence_begin = 0, sentence_end = 0;
};

// One name as found in one document.
struct DocumentName {
  std::vector<std::string> words;  // dictionary forms
  std::string written;             // as first written, connectors included
  size_t mentions = 0;
  size_t titled = 0;
  std::vector<std::string> titles;
  std::vector<Place> places;  // of the first mentions, as many as contexts are kept
};

// Lower-case words that may join the capitalised words of one name:
// "Council of Europe", "Tamim bin Hamad", "Ursula von der Leyen".
constexpr std::string_view kConnectors[] = {"of",  "de",  "del", "della", "da",  "di",   "du",  "la", "le",
                                            "van", "von", "der", "den",   "bin", "bint", "ibn", "al", "el"};
constexpr size_t kMaxConnectorRun = 2;
// Longer runs of capitalised words are no name but a title-case fragment or a
// list; "Democratic Front for the Liberation of Palestine" has seven.
constexpr size_t kMaxNameWords = 10;
constexpr size_t kMaxTitles = 3;

// Honorifics and titles written before a name, in dictionary form without a
// final period. Words that are also common surnames or name parts ("Major",
// "General" as in General Motors, "Justice") are left out.
constexpr std::string_view kHonorifics[] = {
    "MR",        "MRS",     "MS",         "MISS",     "DR",      "PROF",     "GEN",        "COL",
    "LT",        "MAJ",     "CAPT",       "SGT",      "ADM",     "CMDR",     "SEN",        "REP",
    "GOV",       "SIR",     "DAME",       "LORD",     "SHEIKH",  "SHAIKH",   "SHEIKHA",    "AYATOLLAH",
    "IMAM",      "MULLAH",  "RABBI",      "REV",      "PRINCE",  "PRINCESS", "CROWN",      "KING",
    "QUEEN",     "EMIR",    "AMIR",       "SULTAN",   "POPE",    "CARDINAL", "ARCHBISHOP", "PATRIARCH",
    "PRESIDENT", "PREMIER", "CHANCELLOR", "MINISTER", "SENATOR", "GOVERNOR", "MAYOR"};

bool IsHonorific(std::string_view match) {
  if (EndsWith(match, ".")) match.remove_suffix(1);
  return std::find(std::begin(kHonorifics), std::end(kHonorifics), match) != std::end(kHonorifics);
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Upper-case Latin letters outside ASCII: Latin-1 (À..Þ but ×) and Latin
// Extended-A, where upper and lower case alternate with a shift in two runs.
bool IsLatinUpper(uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp < 0x100 || cp > 0x17F) return false;
  if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;  // ĸ ŉ ſ have no capital
  if (cp == 0x178) return true;                                 // Ÿ
  const bool odd_run = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
  return odd_run ? (cp % 2 == 1) : (cp % 2 == 0);
}

bool StartsCapitalised(std::string_view word) {
  if (word.empty()) return false;
  const char c = word[0];
  if (c >= 'A' && c <= 'Z') return true;
  if (static_cast<unsigned char>(c) < 0x80) return false;
  Utf8Char first = DecodeUtf8(word, 0);
  return first.valid && IsLatinUpper(first.code_point);
}

// A capitalised word, or an Arabic article joined to one ("al-Sisi").
bool LooksCapitalised(std::string_view word) {
  if (StartsCapitalised(word)) return true;
  for (std::string_view article : {"al-", "el-"}) {
    if (StartsWith(word, article)) return StartsCapitalised(word.substr(article.size()));
  }
  return false;
}

// "Moscow-based", "Al-Qaeda-linked", "US-led": a compound whose last part is
// in lower case is an adjective, whatever its first part.
bool IsLowerCompound(std::string_view word) {
  const size_t hyphen = word.rfind('-');
  return hyphen != std::string_view::npos && hyphen + 1 < word.size() && !StartsCapitalised(word.substr(hyphen + 1));
}

constexpr std::string_view kMonths[] = {"JANUARY", "FEBRUARY", "MARCH",     "APRIL",   "MAY",      "JUNE",
                                        "JULY",    "AUGUST",   "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"};

// Month and weekday names, which the date recogniser leaves alone where they
// stand without a date around them ("by the end of August", "Assad Tuesday").
bool IsCalendarName(std::string_view match) {
  if (std::find(std::begin(kMonths), std::end(kMonths), match) != std::end(kMonths)) return true;
  for (int w = 0; w < 7; ++w) {
    if (EqualsIgnoreCase(match, WeekdayName(static_cast<Weekday>(w)))) return true;
  }
  return false;
}

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return IsDigit(c); });
}

bool HasLetter(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80; });
}

// The lexicon knows `word` mainly as an adjective ("Islamic").
bool MainlyAdjective(const Lexicon* lexicon, std::string_view word) {
  if (lexicon == nullptr) return false;
  const WordAnalysis a = lexicon->Analyze(LowerAscii(word));
  return a.adj > 0 && a.adj >= std::max({a.noun, a.plural_noun, a.any_verb(), a.adv});
}

// The lexicon knows `word` mainly as something a name is not: a verb form,
// an adjective, an adverb or a plural noun ("Speaking", "Western").
bool RuledOutByLexicon(const Lexicon* lexicon, std::string_view word) {
  if (lexicon == nullptr) return false;
  const WordAnalysis a = lexicon->Analyze(LowerAscii(word));
  if (!a.known()) return false;
  const uint16_t other = std::max({a.any_verb(), a.adj, a.adj_er, a.adj_est, a.adv, a.plural_noun});
  return other > a.noun;
}

std::string Joined(const std::vector<std::string>& words, size_t from, size_t to) {
  std::string s;
  for (size_t i = from; i < to; ++i) {
    if (i > from) s.push_back(' ');
    s += words[i];
  }
  return s;
}

// Calls fn(key) for every run of consecutive `words` (the whole included),
// as the words joined by spaces. Names have a handful of words, so this
// stays cheap and keeps lookups by key linear in the number of mentions.
template <typename Fn>
void ForEachPart(const std::vector<std::string>& words, Fn fn) {
  for (size_t from = 0; from < words.size(); ++from) {
    for (size_t to = from + 1; to <= words.size(); ++to) fn(Joined(words, from, to));
  }
}

// Adds `title` unless it is there already (in any case) or the list is full.
void AddTitle(const std::string& title, std::vector<std::string>* titles) {
  if (titles->size() >= kMaxTitles) return;
  for (const std::string& t : *titles) {
    if (EqualsIgnoreCase(t, title)) return;
  }
  titles->push_back(title);
}

void AppendFlat(std::string_view s, std::string* out) {
  for (char c : s) out->push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
}

// The sentence [sb, se) of `text` around the name [nb, ne), at most
// `context` bytes on each side, cut after or before a space.
std::string Snippet(std::string_view text, size_t sb, size_t se, size_t nb, size_t ne, size_t context) {
  size_t left = sb;
  bool cut_left = false;
  // The searches for a space stay inside the window: text without spaces
  // must not make each snippet cost the whole document.
  if (nb - sb > context) {
    left = nb - context;
    size_t space = text.substr(left, nb - left).find(' ');
    left = space == std::string_view::npos ? nb : left + space + 1;
    cut_left = true;
  }
  size_t right = se;
  bool cut_right = false;
  if (se - ne > context) {
    right = ne + context;
    size_t space = text.substr(ne, right - ne).rfind(' ');
    right = space == std::string_view::npos ? ne : ne + space;
    cut_right = true;
  }
  std::string out;
  if (cut_left) out += "...";
  AppendFlat(text.substr(left, nb - left), &out);
  out += "[[";
  AppendFlat(text.substr(nb, ne - nb), &out);
  out += "]]";
  AppendFlat(text.substr(ne, right - ne), &out);
  if (cut_right) out += "...";
  return out;
}

}  // namespace

// The names of the document being read, each once, so that memory grows with
// the names a document has rather than with its mentions.
struct UnknownActorFinder::DocumentNames {
  std::vector<DocumentName> names;                // in order of first mention
  std::unordered_map<std::string, size_t> index;  // dictionary form -> names
  std::unordered_set<std::string> actor_phrases;  // matched there, in dictionary form
};

UnknownActorFinder::UnknownActorFinder(const DictionarySet& dictionaries, const Lexicon* lexicon,
                                       const UnknownActorOptions& options)
    : set_(dictionaries), lexicon_(lexicon), options_(options) {}

Status UnknownActorFinder::Add(const Document& doc) {
  DocumentNames found;
  for (const Segment& segment : doc.CodedSegments()) {
    Status s = Tokenize(doc.SegmentText(segment), &tokens_);
    if (!s.ok()) return s;
    for (const TextSegment& sentence : SplitSentences(tokens_).sentences) {
      ScanSentence(tokens_, sentence.first_token, sentence.end_token, segment.begin, &found);
    }
  }

  std::unordered_set<std::string> covered;  // every part of a matched actor phrase
  for (const std::string& phrase : found.actor_phrases) {
    std::vector<std::string> words;
    for (std::string_view w : Split(phrase, ' ')) words.emplace_back(w);
    ForEachPart(words, [&](std::string key) { covered.insert(std::move(key)); });
  }
  // A short form counts for the longest name of this document it is part
  // of, the first such name winning a tie: part -> that name.
  std::unordered_map<std::string, size_t> owners;
  std::vector<size_t> kept;
  for (size_t i = 0; i < found.names.size(); ++i) {
    const DocumentName& d = found.names[i];
    if (IsKnownOutlet(d.written) || EqualsIgnoreCase(d.written, doc.outlet) ||
        EqualsIgnoreCase(d.written, doc.author) || covered.count(Joined(d.words, 0, d.words.size())) > 0) {
      continue;
    }
    kept.push_back(i);
    ForEachPart(d.words, [&](std::string key) {
      auto [it, inserted] = owners.emplace(std::move(key), i);
      if (!inserted && found.names[it->second].words.size() < d.words.size()) it->second = i;
    });
  }
  std::map<size_t, std::vector<size_t>> parts;  // owner -> the names counted for it, in order
  for (size_t i : kept) parts[owners.at(Joined(found.names[i].words, 0, found.names[i].words.size()))].push_back(i);

  const size_t serial = documents_++;
  for (const auto& [owner_index, members] : parts) {
    const DocumentName& owner = found.names[owner_index];
    Tally& t = names_[Joined(owner.words, 0, owner.words.size())];
    UnknownName& shown = t.shown;
    if (shown.name.empty()) shown.name = owner.written;
    std::vector<Place> places;
    for (size_t i : members) {
      const DocumentName& d = found.names[i];
      shown.mentions += d.mentions;
      shown.titled += d.titled;
      for (const std::string& title : d.titles) AddTitle(title, &shown.titles);
      places.insert(places.end(), d.places.begin(), d.places.end());
    }
    std::sort(places.begin(), places.end(), [](const Place& a, const Place& b) { return a.begin < b.begin; });
    const bool new_document = t.last_document != serial;
    if (new_document) {
      ++shown.documents;
      t.last_document = serial;
    }
    for (size_t k = 0; k < places.size(); ++k) {
      // The document's first mention is shown before any document's second.
      std::vector<NameContext>& into = k == 0 && new_document ? shown.contexts : t.repeats;
      if (into.size() >= options_.max_contexts) continue;
      const Place& p = places[k];
      into.push_back({doc.id,
                      Snippet(doc.text, p.sentence_begin, p.sentence_end, p.begin, p.end, options_.context_bytes),
                      p.begin, p.end});
    }
  }
  return Status::Ok();
}

void UnknownActorFinder::ScanSentence(const TokenizedText& tokens, uint32_t first, uint32_t end, int64_t offset,
                                      DocumentNames* found) {
  const size_t n = end - first;
  auto tok = [&](size_t i) -> const Token& { return tokens[first + i]; };

  // Words the dictionaries match, from every start: a greedy left-to-right
  // match would leave the tail of an overlapping longer phrase uncovered
  // ("Sheikh Tamim" taking "Tamim" from "Tamim bin Hamad Al Thani"). An
  // actor phrase wins a word over an agent phrase. The earliest start of an
  // agent phrase is remembered at the token after it, where a name it titles
  // would begin.
  ids_.resize(n);
  for (size_t i = 0; i < n; ++i) ids_[i] = set_.vocabulary().Find(tokens.Match(tok(i)));
  enum Known : uint8_t { kUnknownWord, kAgentWord, kActorWord, kDateWord };
  std::vector<uint8_t> known(n, kUnknownWord);
  std::vector<size_t> agent_before(n + 1, SIZE_MAX);
  for (size_t i = 0; i < n; ++i) {
    if (ids_[i] == kNoToken) continue;
    std::span<const TokenId> rest(ids_.data() + i, n - i);
    if (const size_t actor = set_.actors().LongestMatch(rest).length; actor > 0) {
      std::vector<std::string> words;
      for (size_t k = i; k < i + actor; ++k) words.emplace_back(tokens.Match(tok(k)));
      found->actor_phrases.insert(Joined(words, 0, words.size()));
      std::fill(known.begin() + i, known.begin() + i + actor, kActorWord);
    }
    if (const size_t agent = set_.agents().LongestMatch(rest).length; agent > 0) {
      for (size_t k = i; k < i + agent; ++k) known[k] = std::max<uint8_t>(known[k], kAgentWord);
      agent_before[i + agent] = std::min(agent_before[i + agent], i);
    }
  }

  // Running text has lower-case words other than function words; a line
  // without any is a headline or capitals, where capitals say nothing. And
  // its words stand apart: in a URL or inlined data most are glued to the
  // punctuation before them.
  size_t words = 0, lower_words = 0, spaced_words = 0;
  for (size_t i = 0; i < n; ++i) {
    std::string_view w = tokens.Norm(tok(i));
    if (tok(i).kind != TokenKind::kWord || !HasLetter(w)) continue;
    ++words;
    if (!LooksCapitalised(w) && FindFunctionWord(LowerAscii(w)) == nullptr) ++lower_words;
    if (tok(i).begin == 0 || IsSpace(tokens.source()[tok(i).begin - 1])) ++spaced_words;
  }
  if ((lower_words == 0 && words >= 3) || spaced_words * 2 < words) return;

  for (const DateMention& d : RecognizeDateMentions(tokens, first, end, {})) {
    for (size_t k = d.first_token; k < d.end_token && k < end; ++k) known[k - first] = kDateWord;
  }

  auto is_name_word = [&](size_t i) {
    std::string_view w = tokens.Norm(tok(i));
    // The function-word list holds honorifics too ("Mr.", as NNP).
    return tok(i).kind == TokenKind::kWord && known[i] == kUnknownWord && LooksCapitalised(w) && !HasDigit(w) &&
           !IsLowerCompound(w) && !IsCalendarName(tokens.Match(tok(i))) &&
           (FindFunctionWord(LowerAscii(w)) == nullptr || IsHonorific(tokens.Match(tok(i))));
  };
  auto is_connector = [&](size_t i) {
    std::string_view w = tokens.Norm(tok(i));
    return tok(i).kind == TokenKind::kWord &&
           std::find(std::begin(kConnectors), std::end(kConnectors), w) != std::end(kConnectors);
  };
  auto sentence_initial = [&](size_t i) {
    for (size_t k = 0; k < i; ++k) {
      if (tok(k).kind == TokenKind::kWord || tok(k).kind == TokenKind::kNumber) return false;
    }
    return true;
  };

  for (size_t i = 0; i < n;) {
    if (!is_name_word(i)) {
      ++i;
      continue;
    }
    size_t last = i;
    for (size_t j = i + 1; j < n;) {
      if (is_name_word(j)) {
        last = j++;
        continue;
      }
      size_t k = j;
      while (k < n && k - j < kMaxConnectorRun && is_connector(k)) ++k;
      if (k == j || k >= n || !is_name_word(k)) break;
      j = k;
    }
    const size_t next = last + 1;

    size_t start = i;
    std::string title;
    while (start <= last && IsHonorific(tokens.Match(tok(start)))) ++start;
    if (start > i) {
      title = std::string(tokens.source().substr(tok(i).begin, tok(start - 1).end - tok(i).begin));
    } else if (agent_before[i] != SIZE_MAX) {
      // A capitalised adjective the agent dictionary knows ("Islamic State",
      // "Muslim Brotherhood") is part of the name; a role noun titles it.
      const size_t from = agent_before[i];
      bool capitalised = true;
      for (size_t k = from; k < i; ++k) capitalised = capitalised && LooksCapitalised(tokens.Norm(tok(k)));
      if (capitalised && MainlyAdjective(lexicon_, tokens.Norm(tok(i - 1)))) {
        start = i = from;
      } else {
        title = std::string(tokens.source().substr(tok(from).begin, tok(i - 1).end - tok(from).begin));
      }
    } else if (i >= 2 && tokens.Norm(tok(i - 1)) == "of" && agent_before[i - 1] != SIZE_MAX) {
      // "Secretary of Energy Jeffrey Kupfer", "Minister of Foreign Affairs
      // X": the words the lexicon knows after "AGENT of" name the office, as
      // long as two words are left for the person.
      while (last - start + 1 > 2 && lexicon_ != nullptr &&
             lexicon_->Analyze(LowerAscii(tokens.Norm(tok(start)))).known()) {
        ++start;
      }
      if (start > i) {
        const size_t from = agent_before[i - 1];
        title = std::string(tokens.source().substr(tok(from).begin, tok(start - 1).end - tok(from).begin));
      }
    }
    // Capitals at the start of a sentence say nothing: a single word there
    // is no evidence, and a first word the lexicon knows as no name is not
    // part of one.
    if (start <= last && title.empty() && sentence_initial(start)) {
      if (start == last || RuledOutByLexicon(lexicon_, tokens.Norm(tok(start)))) ++start;
    }
    while (start <= last && is_connector(start)) ++start;
    i = next;
    if (start > last || last - start >= kMaxNameWords) continue;
    if (start == last && title.empty()) {
      if (RuledOutByLexicon(lexicon_, tokens.Norm(tok(start)))) continue;
      // A lone word right against a country or other actor name is the rest
      // of a longer name ("South China Sea", "Beijing Olympics").
      auto actor_at = [&](size_t k) { return known[k] == kActorWord && LooksCapitalised(tokens.Norm(tok(k))); };
      if ((start > 0 && actor_at(start - 1)) || (last + 1 < n && actor_at(last + 1))) continue;
    }

    const Token& b = tok(start);
    const Token& e = tok(last);
    std::string_view written = tokens.source().substr(b.begin, e.end - b.begin);
    size_t letters = 0;
    for (char c : written) letters += IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80;
    if (letters < 2) continue;
    std::vector<std::string> name_words;
    for (size_t k = start; k <= last; ++k) name_words.emplace_back(tokens.Match(tok(k)));
    auto [at, inserted] = found->index.emplace(Joined(name_words, 0, name_words.size()), found->names.size());
    if (inserted) {
      DocumentName& d = found->names.emplace_back();
      d.words = std::move(name_words);
      d.written = std::string(written);
    }
    DocumentName& d = found->names[at->second];
    ++d.mentions;
    if (!title.empty()) {
      ++d.titled;
      AddTitle(title, &d.titles);
    }
    if (d.places.size() < options_.max_contexts) {
      d.places.push_back({offset + b.begin, offset + e.end, offset + tok(0).begin, offset + tok(n - 1).end});
    }
  }
}

std::vector<UnknownName> UnknownActorFinder::Top(size_t n) const {
  std::vector<const std::pair<const std::string, Tally>*> order;
  order.reserve(names_.size());
  for (const auto& entry : names_) order.push_back(&entry);
  auto rank = [](const std::pair<const std::string, Tally>* a) {
    const UnknownName& s = a->second.shown;
    return std::make_tuple(s.mentions, s.titled, s.documents);
  };
  std::stable_sort(order.begin(), order.end(), [&](auto* a, auto* b) { return rank(a) > rank(b); });
  if (order.size() > n) order.resize(n);
  std::vector<UnknownName> out;
  for (const auto* entry : order) {
    UnknownName name = entry->second.shown;
    for (const NameContext& c : entry->second.repeats) {
      if (name.contexts.size() >= options_.max_contexts) break;
      name.contexts.push_back(c);
    }
    out.push_back(std::move(name));
  }
  return out;
}

void AppendUnknownNameJsonLine(const UnknownName& name, std::string* out) {
  out->append("{\"name\":");
  AppendJsonString(name.name, out);
  out->append(",\"mentions\":" + std::to_string(name.mentions));
  out->append(",\"documents\":" + std::to_string(name.documents));
  out->append(",\"titled\":" + std::to_string(name.titled));
  out->append(",\"titles\":[");
  for (size_t i = 0; i < name.titles.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendJsonString(name.titles[i], out);
  }
  out->append("],\"contexts\":[");
  for (size_t i = 0; i < name.contexts.size(); ++i) {
    const NameContext& c = name.contexts[i];
    if (i > 0) out->push_back(',');
    out->append("{\"doc_id\":");
    AppendJsonString(c.doc_id, out);
    out->append(",\"text\":");
    AppendJsonString(c.snippet, out);
    out->append(",\"span\":[" + std::to_string(c.begin) + "," + std::to_string(c.end) + "]}");
  }
  out->append("]}\n");
}

void AppendUnknownNameTable(const std::vector<UnknownName>& names, std::string* out) {
  out->append("mentions  docs  titled  name\n");
  char counts[64];
  for (const UnknownName& name : names) {
    std::snprintf(counts, sizeof counts, "%8zu  %4zu  %6zu  ", name.mentions, name.documents, name.titled);
    out->append(counts);
    out->append(name.name);
    if (!name.titles.empty()) {
      out->append("  (");
      for (size_t i = 0; i < name.titles.size(); ++i) {
        if (i > 0) out->append("; ");
        AppendFlat(name.titles[i], out);
      }
      out->push_back(')');
    }
    out->push_back('\n');
    for (const NameContext& c : name.contexts) {
      out->append("          ");
      out->append(c.doc_id);
      out->append(": ");
      out->append(c.snippet);
      out->push_back('\n');
    }
  }
}

}  // namespace dyad
