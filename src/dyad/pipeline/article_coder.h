// Whole articles in, CAMEO events out: the coded segments of a Document
// (headline, body paragraphs, captions, each once) are split into sentences,
// parsed by dyad's own parser and coded; each event gets its date from the
// text, byte spans into the document text, and duplicates within the article
// are merged.
//
//   ArticleCoder coder(*set, lexicon);                  // one per thread
//   ArticleCoding coding;
//   Status s = coder.Code(doc, &coding);                // doc from read/input_files.h
//   if (!s.ok()) Report(doc.id + ": " + s.message());   // the document is skipped
//   MergeDuplicateEvents(&coding.events);               // per article
//   for (const EventRecord& e : coding.events) AppendJsonLine(e, &out);
//
//   ArticleBatch batch(*set, lexicon, {.threads = 0});  // many documents over threads
//   batch.Code(std::move(docs), &diags, [&](std::vector<EventRecord>& events) { ... });
//
// Rules (docs/code.md states them for users):
//  - `sentence` is the index among the coded sentences of the document, in
//    text order; a jsonl "title" that is not part of the text is sentence 0
//    and its spans are null (it has no place in the text).
//  - An event's date is the date expression of its sentence that is nearest
//    the verb, preferring one inside the clause (from the source's first byte
//    to the end of the verb or target, whichever is later); only expressions
//    that say when something happened count ("on Saturday", "in April"), not
//    "since April" nor week-precision ones, which the contract cannot write.
//    Else the publication date, precision day. `published` is the
//    publication date; a document without one is not coded (an error).
//  - Actors are coded by their roles on the publication date, except that
//    an event dated otherwise codes the dictionaries' actors again on the
//    last day of its day, month or year (not after publication): "Shoigu
//    visited Syria in 2020" is the defence minister's visit.
//  - Events whose source or target names no actor (an agent alone such as
//    ---CVL, or a quoted new phrase) are not written: "denies targeting
//    civilians" says nothing about whose civilians.
//  - A headline event that the body reports too (the same code, and the
//    same countries as source and target, whatever the date or role) is
//    not kept: the body's event stands for it, one mention more.
//  - `location`, when a gazetteer is given: the first place named by an IN
//    or AT phrase of the event's own clause (code/clause_roles.h,
//    PlacePhrases; each conjunct of "in X and Y") that the gazetteer
//    resolves, preferring the countries of the event's actors; outside those
//    countries, a small place (under 50,000 people) is taken for a chance
//    namesake and a country for one that qualifies a noun ("discussed the
//    war in Ukraine"), and both are passed over. "in the capital" / "in the
//    city", or "here" in the verb's phrase, is the dateline's place. The
//    name is written as the text spells it when that is the gazetteer's name
//    up to accents ("Wonsan" for Wŏnsan), else as the gazetteer spells it
//    ("Kiev" -> "Kyiv"). Events merged as duplicates keep the first location
//    found among their mentions.
//  - A story discard phrase in any sentence drops all of the document's events.
//  - event_id is "<doc_id>-<sentence>-<n>", n the event's index in its sentence.
#ifndef DYAD_PIPELINE_ARTICLE_CODER_H_
#define DYAD_PIPELINE_ARTICLE_CODER_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dyad/base/diagnostics.h"
#include "dyad/base/status.h"
#include "dyad/code/coder.h"
#include "dyad/dict/dictionary_set.h"
#include "dyad/parse/lexicon.h"
#include "dyad/parse/parser.h"
#include "dyad/place/gazetteer.h"
#include "dyad/read/document.h"
#include "dyad/text/sentence_splitter.h"
#include "dyad/when/civil_date.h"
#include "dyad/when/date_expression.h"
#include "dyad/when/date_resolver.h"
#include "dyad/write/event_record.h"

namespace dyad {

struct ArticleCoding {
  std::vector<EventRecord> events;  // in text order, not yet merged
  size_t sentences = 0;             // coded sentences
};

class ArticleCoder {
 public:
  // `dictionaries`, `lexicon` (may be null: the tagger guesses from
  // suffixes) and `gazetteer` (may be null: no locations) must outlive the
  // coder. Not thread-safe; one per thread.
  ArticleCoder(const DictionarySet& dictionaries, const Lexicon* lexicon, const Gazetteer* gazetteer = nullptr);

  // Codes `doc` into *out (cleared first). Errors, after which *out is
  // empty: no publication date; a segment too long to tokenize.
  Status Code(const Document& doc, ArticleCoding* out);

  // Adds the time of each stage, parsing and coding, to *times from now on;
  // null (the default) stops.
  void set_stage_times(StageTimes* times) {
    times_ = times;
    parser_.set_stage_times(times);
    coder_.set_stage_times(times);
  }

 private:
  // Codes one sentence of the text parser_ is parsing; `offset` is the
  // document byte of the start of that text.
  void CodeSentence(const Document& doc, const TextSegment& sentence, int64_t offset, bool in_text,
                    const ParseTree& tree, ArticleCoding* out, bool* story_discard);
  void AttachPlace(const ParseTree& tree, std::string_view sentence, int32_t verb_token, EventRecord* e) const;
  std::optional<EventLocation> DatelinePlace(const Document& doc) const;
  // The date expressions of `sentence`, found among the parser's tokens
  // (byte spans into sentence.text); empty when it has none.
  std::vector<DateExpression> SentenceDates(const TextSegment& sentence, const CivilDate& published) const;
  // Sets e's date from the expression of the sentence's `dates` nearest its
  // clause; returns it, or nullopt when the publication date stands.
  static std::optional<ResolvedDate> AttachDate(const std::vector<DateExpression>& dates, ByteSpan source,
                                                ByteSpan verb, ByteSpan target, EventRecord* e);
  // Codes the event's source and target again on `date` (YYYYMMDD) where
  // the dictionaries coded them on `published`; `tree` is the sentence the
  // coder has just coded.
  void RecodeOnDate(const ParseTree& tree, const CodedEvent& event, int date, int published, EventRecord* e);
  void FindIssues(std::span<const TokenId> words, std::vector<std::string>* issues);

  const DictionarySet& set_;
  const Gazetteer* gazetteer_;
  std::optional<EventLocation> dateline_place_;  // of the document being coded
  Coder coder_;
  Discourse discourse_;  // the article so far
  Parser parser_;
  CoderOptions options_;
  StageTimes* times_ = nullptr;
};

// Merges events with the same (date, source, target, code) into the first of
// them, in place, keeping its order and spans: `mentions` becomes the sum of
// theirs, and a first mention without a location takes the first one the
// others have. With `keep_doc_ids` (merging across articles, `--dedup day`) each
// survivor's doc_ids lists the document ids of all merged events, each once,
// in order of first appearance.
void MergeDuplicateEvents(std::vector<EventRecord>* events, bool keep_doc_ids = false);

struct ArticleBatchOptions {
  int threads = 0;  // 0: one per core
};

struct ArticleBatchStats {
  size_t documents = 0;  // seen
  size_t coded = 0;
  size_t skipped = 0;    // reported and not coded
  size_t sentences = 0;
  size_t events = 0;     // after merging within articles
};

// Receives the merged events of a run of consecutive documents, in input
// order, on the calling thread; it may move them out.
using ArticleWriter = std::function<void(std::vector<EventRecord>& events)>;

// Codes documents over several threads, each with its own ArticleCoder; the
// events come out in input order whatever the number of threads.
class ArticleBatch {
 public:
  // `gazetteer` may be null (no locations); all must outlive the batch.
  ArticleBatch(const DictionarySet& dictionaries, const Lexicon* lexicon, const ArticleBatchOptions& options = {},
               const Gazetteer* gazetteer = nullptr);

  // Codes `documents`, merging duplicates within each; a document that
  // cannot be coded is reported as an error "FILE:LINE: DOC_ID: reason" and
  // counted as skipped.
  void Code(std::vector<Document> documents, Diagnostics* diagnostics, const ArticleWriter& write);

  // Reports a document the reader skipped, so that stats() count it.
  void CountSkipped(size_t n) {
    stats_.documents += n;
    stats_.skipped += n;
  }
  const ArticleBatchStats& stats() const { return stats_; }
  int threads() const { return static_cast<int>(coders_.size()); }

 private:
  std::vector<std::unique_ptr<ArticleCoder>> coders_;
  ArticleBatchStats stats_;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_ARTICLE_CODER_H_
