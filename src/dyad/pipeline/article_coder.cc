#include "dyad/pipeline/article_coder.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <thread>
#include <tuple>
#include <utility>

#include "dyad/when/date_expression.h"

namespace dyad {
namespace {

// Sentence-relative bytes of tree tokens `tokens`; unknown when the tokens
// are not aligned to the text.
ByteSpan BytesOf(const ParseTree& tree, TokenSpan tokens) {
  if (tokens.begin < 0 || tokens.end <= tokens.begin || tokens.end > tree.token_count()) return {};
  const int32_t begin = tree.token(tokens.begin).begin;
  const int32_t end = tree.token(tokens.end - 1).end;
  if (begin < 0 || end < begin) return {};
  return {begin, end};
}

// The words of `bytes` in `text`, or the tree's words when not aligned.
std::string WordsOf(const ParseTree& tree, TokenSpan tokens, ByteSpan bytes, std::string_view text) {
  if (bytes.known() && static_cast<size_t>(bytes.end) <= text.size()) {
    return std::string(text.substr(bytes.begin, bytes.end - bytes.begin));
  }
  std::string words;
  for (int32_t t = std::max(tokens.begin, 0); t < tokens.end && t < tree.token_count(); ++t) {
    if (!words.empty()) words.push_back(' ');
    words.append(tree.word(t));
  }
  return words;
}

ByteSpan ToDocument(ByteSpan span, int64_t offset) {
  if (!span.known()) return {};
  return {span.begin + offset, span.end + offset};
}

// The date expression nearest the verb (by bytes), preferring one inside the
// clause; null when none qualifies.
const DateExpression* NearestInClause(const std::vector<DateExpression>& found, ByteSpan source, ByteSpan verb,
                                      ByteSpan target) {
  const int64_t clause_begin = source.known() ? std::min(source.begin, verb.begin) : verb.begin;
  const int64_t clause_end = std::max(verb.end, target.known() ? target.end : verb.end);
  const DateExpression* best = nullptr;
  bool best_inside = false;
  int64_t best_distance = 0;
  for (const DateExpression& d : found) {
    if (d.relation != DateRelation::kAt || d.value.precision == DatePrecision::kWeek) continue;
    const bool inside = d.begin >= clause_begin && d.end <= clause_end;
    const int64_t distance = d.end <= verb.begin ? verb.begin - d.end : std::max<int64_t>(0, d.begin - verb.end);
    if (best == nullptr || (inside && !best_inside) || (inside == best_inside && distance < best_distance)) {
      best = &d;
      best_inside = inside;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace

ArticleCoder::ArticleCoder(const DictionarySet& dictionaries, const Lexicon* lexicon)
    : set_(dictionaries),
      coder_(CoderDictionaries::Of(dictionaries)),
      parser_(lexicon, TaggerDictionaries::Of(dictionaries)) {}

Status ArticleCoder::Code(const Document& doc, ArticleCoding* out) {
  out->events.clear();
  out->sentences = 0;
  if (!doc.published.date.known()) {
    return Status::InvalidArgument("no publication date (events are dated from it)");
  }
  bool story_discard = false;
  auto each_sentence = [&](int64_t base, bool in_text) {
    return [&, base, in_text](const TextSegment& sentence, const ParseTree& tree) {
      CodeSentence(doc, sentence.text, base + sentence.begin, in_text, tree, out, &story_discard);
    };
  };
  if (doc.title_outside_text) {
    Status s = parser_.ParseText(doc.title, each_sentence(0, false));
    if (!s.ok()) return s;
  }
  for (const Segment& segment : doc.CodedSegments()) {
    Status s = parser_.ParseText(doc.SegmentText(segment), each_sentence(segment.begin, true));
    if (!s.ok()) {
      out->events.clear();
      return s;
    }
  }
  if (story_discard) out->events.clear();
  return Status::Ok();
}

void ArticleCoder::CodeSentence(const Document& doc, std::string_view text, int64_t offset, bool in_text,
                                const ParseTree& tree, ArticleCoding* out, bool* story_discard) {
  const int64_t index = static_cast<int64_t>(out->sentences++);
  if (tree.node_count() == 0) return;
  const CalendarDate& p = doc.published.date;
  const CivilDate published{p.year, p.month, p.day};
  const int yyyymmdd = p.year * 10000 + p.month * 100 + p.day;
  SentenceCoding coding = coder_.Code(tree, yyyymmdd, options_);
  if (coding.outcome == SentenceOutcome::kStoryDiscard) *story_discard = true;
  if (coding.events.empty()) return;
  std::vector<std::string> issues;
  FindIssues(coder_.word_ids(), &issues);
  for (size_t n = 0; n < coding.events.size(); ++n) {
    const CodedEvent& event = coding.events[n];
    EventRecord e;
    e.event_id = doc.id + "-" + std::to_string(index) + "-" + std::to_string(n);
    e.doc_id = doc.id;
    e.sentence = index;
    e.published = p.ToString();
    e.source = event.source;
    e.target = event.target;
    SetEventCode(event.code, &e);
    const ByteSpan source = BytesOf(tree, event.source_span);
    const ByteSpan target = BytesOf(tree, event.target_span);
    const ByteSpan verb = BytesOf(tree, event.verb_span);
    e.source_text = WordsOf(tree, event.source_span, source, text);
    e.target_text = WordsOf(tree, event.target_span, target, text);
    e.verb_text = WordsOf(tree, event.verb_span, verb, text);
    if (in_text) {
      e.source_span = ToDocument(source, offset);
      e.target_span = ToDocument(target, offset);
      e.verb_span = ToDocument(verb, offset);
    }
    e.sentence_text = std::string(text);
    e.pattern = event.provenance;
    e.issues = issues;
    e.date = e.published;
    if (verb.known()) AttachDate(text, source, verb, target, published, &e);
    out->events.push_back(std::move(e));
  }
}

void ArticleCoder::AttachDate(std::string_view sentence, ByteSpan source, ByteSpan verb, ByteSpan target,
                              const CivilDate& published, EventRecord* e) {
  if (!Tokenize(sentence, &date_tokens_).ok()) return;
  DateExpressionOptions options;
  options.publication = published;
  Result<std::vector<DateExpression>> found =
      FindDateExpressions(date_tokens_, 0, date_tokens_.tokens().size(), options);
  if (!found.ok()) return;
  const DateExpression* best = NearestInClause(*found, source, verb, target);
  if (best == nullptr) return;
  e->date = ToIsoString(best->value.date);
  e->date_precision = PrecisionName(best->value.precision);
}

void ArticleCoder::FindIssues(std::span<const TokenId> words, std::vector<std::string>* issues) {
  const IssueDict& dict = set_.issues();
  if (dict.entry_count() == 0) return;
  IssueScan scan = dict.Match(words);
  for (const IssueCount& c : scan.issues) {
    const uint32_t category = dict.entry(c.first_entry).category;
    if (std::find(scan.story_excluded_categories.begin(), scan.story_excluded_categories.end(), category) !=
        scan.story_excluded_categories.end()) {
      continue;
    }
    std::string code(dict.code(c.code));
    if (std::find(issues->begin(), issues->end(), code) == issues->end()) issues->push_back(std::move(code));
  }
}

void MergeDuplicateEvents(std::vector<EventRecord>* events, bool keep_doc_ids) {
  using Key = std::tuple<std::string, std::string, std::string, std::string>;
  std::map<Key, size_t> first;  // key -> index in the merged output
  std::vector<EventRecord> merged;
  merged.reserve(events->size());
  for (EventRecord& e : *events) {
    Key key{e.date, e.source, e.target, e.code};
    auto [it, inserted] = first.emplace(std::move(key), merged.size());
    if (inserted) {
      if (keep_doc_ids && e.doc_ids.empty()) e.doc_ids.push_back(e.doc_id);
      merged.push_back(std::move(e));
      continue;
    }
    EventRecord& kept = merged[it->second];
    kept.mentions += e.mentions;
    if (!keep_doc_ids) continue;
    if (e.doc_ids.empty()) e.doc_ids.push_back(e.doc_id);
    for (std::string& id : e.doc_ids) {
      if (std::find(kept.doc_ids.begin(), kept.doc_ids.end(), id) == kept.doc_ids.end()) {
        kept.doc_ids.push_back(std::move(id));
      }
    }
  }
  *events = std::move(merged);
}

ArticleBatch::ArticleBatch(const DictionarySet& dictionaries, const Lexicon* lexicon,
                           const ArticleBatchOptions& options) {
  const int threads =
      options.threads > 0 ? options.threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  for (int t = 0; t < threads; ++t) coders_.push_back(std::make_unique<ArticleCoder>(dictionaries, lexicon));
}

void ArticleBatch::Code(std::vector<Document> documents, Diagnostics* diagnostics, const ArticleWriter& write) {
  // Windows of a few documents per thread: each thread codes every n-th
  // document of the window, then the window is written in order. Articles
  // are of similar size, so strides balance well enough without a queue.
  const size_t threads = coders_.size();
  const size_t window = threads * 8;
  struct Outcome {
    Status status;
    ArticleCoding coding;
  };
  std::vector<Outcome> outcomes(window);
  for (size_t start = 0; start < documents.size(); start += window) {
    const size_t count = std::min(window, documents.size() - start);
    auto work = [&](size_t t) {
      for (size_t i = t; i < count; i += threads) {
        Outcome& o = outcomes[i];
        o.status = coders_[t]->Code(documents[start + i], &o.coding);
        MergeDuplicateEvents(&o.coding.events);
      }
    };
    std::vector<std::thread> pool;
    for (size_t t = 1; t < threads && t < count; ++t) pool.emplace_back(work, t);
    work(0);
    for (std::thread& th : pool) th.join();
    std::vector<EventRecord> events;
    for (size_t i = 0; i < count; ++i) {
      const Document& doc = documents[start + i];
      Outcome& o = outcomes[i];
      ++stats_.documents;
      if (!o.status.ok()) {
        diagnostics->Error(doc.file, doc.line, doc.id + ": " + o.status.message());
        ++stats_.skipped;
        continue;
      }
      ++stats_.coded;
      stats_.sentences += o.coding.sentences;
      stats_.events += o.coding.events.size();
      for (EventRecord& e : o.coding.events) events.push_back(std::move(e));
    }
    write(events);
  }
}

}  // namespace dyad
