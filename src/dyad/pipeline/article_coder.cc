#include "dyad/pipeline/article_coder.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <thread>
#include <tuple>
#include <utility>

#include "dyad/base/text.h"
#include "dyad/code/actor_coder.h"
#include "dyad/code/clause_roles.h"
#include "dyad/pipeline/ordered_work.h"
#include "dyad/text/ascii_fold.h"
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

std::string_view CountryOf(std::string_view code) { return code.substr(0, std::min<size_t>(3, code.size())); }

// Drops each of the first `headline` events that a later (body) event
// reports too: the same code, the same countries as source and target. The
// body event counts its mentions.
void DropHeadlineRepeats(size_t headline, std::vector<EventRecord>* events) {
  std::vector<EventRecord>& all = *events;
  headline = std::min(headline, all.size());
  std::vector<EventRecord> kept;
  for (size_t h = 0; h < headline; ++h) {
    EventRecord& head = all[h];
    auto same = std::find_if(all.begin() + headline, all.end(), [&](const EventRecord& body) {
      return body.code == head.code && CountryOf(body.source) == CountryOf(head.source) &&
             CountryOf(body.target) == CountryOf(head.target);
    });
    if (same == all.end()) {
      kept.push_back(std::move(head));
    } else {
      same->mentions += head.mentions;
    }
  }
  for (size_t b = headline; b < all.size(); ++b) kept.push_back(std::move(all[b]));
  *events = std::move(kept);
}

// The day whose roles code the actors of an event dated `when`: the last
// day of its day, month or year, but not after publication.
int ActorDate(const ResolvedDate& when, const CivilDate& published) {
  CivilDate last = when.date;
  if (when.precision == DatePrecision::kYear) last = {last.year, 12, 31};
  if (when.precision == DatePrecision::kMonth) last = {last.year, last.month, DaysInMonth(last.year, last.month)};
  if (DaysSinceEpoch(last) > DaysSinceEpoch(published) && DaysSinceEpoch(when.date) <= DaysSinceEpoch(published)) {
    last = published;
  }
  return last.year * 10000 + last.month * 100 + last.day;
}

// Places below this population outside the actors' countries are taken for
// namesakes ("Tass", a Hungarian village).
constexpr uint32_t kNamesakePopulation = 50000;

EventLocation LocationOf(const Place& place, std::string_view as_written) {
  EventLocation loc;
  loc.name = AsciiFoldUpper(as_written) == AsciiFoldUpper(place.name) ? std::string(as_written)
                                                                         : std::string(place.name);
  loc.country = std::string(place.country);
  loc.lat = place.latitude;
  loc.lon = place.longitude;
  return loc;
}

// The place name a dateline gives: its leading words ("KYIV (Reuters) -" ->
// "KYIV", "MOSCOW:" -> "MOSCOW").
std::string_view DatelineName(std::string_view dateline) {
  size_t end = 0;
  while (end < dateline.size()) {
    const unsigned char c = static_cast<unsigned char>(dateline[end]);
    if (!(std::isalpha(c) || c == ' ' || c == '-' || c == '.' || c == '\'' || c >= 0x80)) break;
    ++end;
  }
  std::string_view name = dateline.substr(0, end);
  while (!name.empty() && (name.back() == ' ' || name.back() == '-')) name.remove_suffix(1);
  return name;
}

}  // namespace

ArticleCoder::ArticleCoder(const DictionarySet& dictionaries, const Lexicon* lexicon, const Gazetteer* gazetteer)
    : set_(dictionaries),
      gazetteer_(gazetteer),
      coder_(CoderDictionaries::Of(dictionaries)),
      parser_(lexicon, TaggerDictionaries::Of(dictionaries)) {
  options_.clause_roles = true;
  options_.actor_dyads_only = true;  // CodeSentence keeps no other events
}

Status ArticleCoder::Code(const Document& doc, ArticleCoding* out) {
  out->events.clear();
  out->sentences = 0;
  if (!doc.published.date.known()) {
    return Status::InvalidArgument("no publication date (events are dated from it)");
  }
  discourse_.Clear();
  dateline_place_ = DatelinePlace(doc);
  bool story_discard = false;
  size_t headline_events = 0;  // the headline is coded first: events [0, headline_events)
  auto each_sentence = [&](int64_t base, bool in_text) {
    return [&, base, in_text](const TextSegment& sentence, const ParseTree& tree) {
      CodeSentence(doc, sentence, base, in_text, tree, out, &story_discard);
    };
  };
  if (doc.title_outside_text) {
    Status s = parser_.ParseText(doc.title, each_sentence(0, false));
    if (!s.ok()) return s;
    headline_events = out->events.size();
  }
  bool leading_headline = true;  // still in the headline segments that open the text
  for (const Segment& segment : doc.CodedSegments()) {
    Status s = parser_.ParseText(doc.SegmentText(segment), each_sentence(segment.begin, true));
    if (!s.ok()) {
      out->events.clear();
      return s;
    }
    leading_headline = leading_headline && segment.role == SegmentRole::kHeadline;
    if (leading_headline) headline_events = out->events.size();
  }
  if (story_discard) out->events.clear();
  DropHeadlineRepeats(headline_events, &out->events);
  return Status::Ok();
}

void ArticleCoder::CodeSentence(const Document& doc, const TextSegment& sentence, int64_t text_offset,
                                bool in_text, const ParseTree& tree, ArticleCoding* out, bool* story_discard) {
  const std::string_view text = sentence.text;
  const int64_t offset = text_offset + sentence.begin;
  const int64_t index = static_cast<int64_t>(out->sentences++);
  if (tree.node_count() == 0) return;
  const CalendarDate& p = doc.published.date;
  const CivilDate published{p.year, p.month, p.day};
  const int yyyymmdd = p.year * 10000 + p.month * 100 + p.day;
  // Parser and coder read the same dictionaries: the parser's ids are the coder's.
  SentenceCoding coding = coder_.Code(tree, yyyymmdd, options_, &discourse_, parser_.word_ids());
  if (coding.outcome == SentenceOutcome::kStoryDiscard) *story_discard = true;
  if (coding.events.empty()) return;
  StageClock clock(times_);
  std::optional<std::vector<DateExpression>> dates;  // found once, for the first event that needs them
  std::vector<std::string> issues;
  FindIssues(coder_.word_ids(), &issues);
  for (size_t n = 0; n < coding.events.size(); ++n) {
    const CodedEvent& event = coding.events[n];
    if (!NamesActor(event.source) || !NamesActor(event.target)) continue;
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
    if (verb.known()) {
      // A dated actor is coded by its role on the day of the event ("Shoigu
      // visited Pyongyang in 2023": defence minister then).
      if (!dates) dates = SentenceDates(sentence, published);
      if (std::optional<ResolvedDate> when = AttachDate(*dates, source, verb, target, &e)) {
        const int on = ActorDate(*when, published);
        if (on != yyyymmdd) RecodeOnDate(tree, event, on, yyyymmdd, &e);
      }
    }
    AttachPlace(tree, text, event.verb_span.begin, &e);
    out->events.push_back(std::move(e));
  }
  clock.Mark(&StageTimes::code);
}

std::optional<EventLocation> ArticleCoder::DatelinePlace(const Document& doc) const {
  if (gazetteer_ == nullptr) return std::nullopt;
  for (const Segment& segment : doc.segments) {
    if (segment.role != SegmentRole::kDateline) continue;
    std::string_view name = DatelineName(doc.SegmentText(segment));
    if (name.empty()) return std::nullopt;
    std::optional<Place> place = gazetteer_->Resolve(name);
    if (!place) return std::nullopt;
    return LocationOf(*place, place->name);
  }
  return std::nullopt;
}

void ArticleCoder::AttachPlace(const ParseTree& tree, std::string_view sentence, int32_t verb_token,
                               EventRecord* e) const {
  if (gazetteer_ == nullptr) return;
  const std::string_view actors[] = {CountryOf(e->source), CountryOf(e->target)};
  std::vector<int> phrases;
  for (int np : PlacePhrases(tree, verb_token)) {
    // "in Khan Younis and Gaza City": each conjunct in turn.
    bool conjuncts = false;
    for (int c : tree.children(np)) {
      if (tree.category(c) != "NP") continue;
      phrases.push_back(c);
      conjuncts = true;
    }
    if (!conjuncts) phrases.push_back(np);
  }
  for (int np : phrases) {
    TokenSpan words{tree.node(np).token_begin, tree.node(np).token_end};
    if (tree.norm(words.begin) == "THE") ++words.begin;
    if (words.begin >= words.end) continue;
    const std::string_view head = tree.norm(words.end - 1);
    if (words.end - words.begin == 1 && (head == "CAPITAL" || head == "CITY")) {
      if (!dateline_place_) continue;
      e->location = dateline_place_;
      return;
    }
    if (tree.tag(words.end - 1) != "NNP" && tree.tag(words.end - 1) != "NNPS") continue;
    const std::string name = WordsOf(tree, words, BytesOf(tree, words), sentence);
    std::optional<Place> place = gazetteer_->Resolve(name, actors);
    if (!place) continue;
    const bool actors_country = place->country == actors[0] || place->country == actors[1];
    if (!actors_country) {
      // A namesake village, or a country that qualifies a noun ("discussed
      // the war in Ukraine") rather than placing the event.
      if (place->kind == PlaceKind::kCountry) continue;
      if (place->kind == PlaceKind::kCity && place->population < kNamesakePopulation) continue;
    }
    e->location = LocationOf(*place, name);
    return;
  }
  // "... met here on Monday": the dateline's place.
  if (dateline_place_ && verb_token >= 0 && verb_token < tree.token_count()) {
    const int vp = tree.node(tree.token(verb_token).node).parent;
    for (int32_t t = tree.node(vp).token_begin; vp >= 0 && t < tree.node(vp).token_end; ++t) {
      if (tree.norm(t) == "HERE" && tree.tag(t) == "RB") {
        e->location = dateline_place_;
        return;
      }
    }
  }
}

std::vector<DateExpression> ArticleCoder::SentenceDates(const TextSegment& sentence,
                                                        const CivilDate& published) const {
  DateExpressionOptions options;
  options.publication = published;
  Result<std::vector<DateExpression>> found =
      FindDateExpressions(parser_.text_tokens(), sentence.first_token, sentence.end_token, options);
  if (!found.ok()) return {};
  // From bytes of the parsed text to bytes of the sentence.
  for (DateExpression& d : *found) {
    d.begin -= sentence.begin;
    d.end -= sentence.begin;
  }
  return *std::move(found);
}

std::optional<ResolvedDate> ArticleCoder::AttachDate(const std::vector<DateExpression>& dates, ByteSpan source,
                                                     ByteSpan verb, ByteSpan target, EventRecord* e) {
  const DateExpression* best = NearestInClause(dates, source, verb, target);
  if (best == nullptr) return std::nullopt;
  e->date = ToIsoString(best->value.date);
  e->date_precision = PrecisionName(best->value.precision);
  return best->value;
}

void ArticleCoder::RecodeOnDate(const ParseTree& tree, const CodedEvent& event, int date, int published,
                                EventRecord* e) {
  ActorCoder actors(set_.actors(), set_.agents());
  auto recode = [&](TokenSpan span, std::string* code) {
    if (span.begin < 0 || span.end <= span.begin || span.end > tree.token_count()) return;
    // The coder's ids of the sentence's words, as it coded them.
    const std::span<const TokenId> words = coder_.word_ids().subspan(span.begin, span.end - span.begin);
    // Only a code the dictionaries gave (not one the article resolved).
    if (actors.Code(words, published) != *code) return;
    std::string on_date = actors.Code(words, date);
    if (NamesActor(on_date)) *code = std::move(on_date);
  };
  recode(event.source_span, &e->source);
  recode(event.target_span, &e->target);
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
    if (!kept.location && e.location) kept.location = std::move(e.location);
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
                           const ArticleBatchOptions& options, const Gazetteer* gazetteer) {
  const int threads =
      options.threads > 0 ? options.threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  for (int t = 0; t < threads; ++t) coders_.push_back(std::make_unique<ArticleCoder>(dictionaries, lexicon, gazetteer));
}

void ArticleBatch::Code(std::vector<Document> documents, Diagnostics* diagnostics, const ArticleWriter& write) {
  // Chunks of a few documents; each worker codes with its own ArticleCoder,
  // and the chunks are written in input order.
  constexpr size_t kChunkDocuments = 8;
  struct Outcome {
    Status status;
    ArticleCoding coding;
  };
  const size_t chunks = (documents.size() + kChunkDocuments - 1) / kChunkDocuments;
  auto first_of = [&](size_t chunk) { return chunk * kChunkDocuments; };
  auto end_of = [&](size_t chunk) { return std::min(documents.size(), first_of(chunk) + kChunkDocuments); };
  RunInOrder<std::vector<Outcome>>(
      chunks, coders_.size(),
      [&](size_t chunk, size_t worker) {
        std::vector<Outcome> outcomes(end_of(chunk) - first_of(chunk));
        for (size_t i = 0; i < outcomes.size(); ++i) {
          Outcome& o = outcomes[i];
          o.status = coders_[worker]->Code(documents[first_of(chunk) + i], &o.coding);
          MergeDuplicateEvents(&o.coding.events);
        }
        return outcomes;
      },
      [&](size_t chunk, std::vector<Outcome>& outcomes) {
        std::vector<EventRecord> events;
        for (size_t i = 0; i < outcomes.size(); ++i) {
          const Document& doc = documents[first_of(chunk) + i];
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
      });
}

}  // namespace dyad
