#include "dyad/pipeline/batch_coder.h"

#include <algorithm>
#include <optional>
#include <span>
#include <thread>
#include <vector>

#include "dyad/base/text.h"
#include "dyad/code/coder.h"
#include "dyad/parse/parser.h"
#include "dyad/pipeline/ordered_work.h"
#include "dyad/tree/token_alignment.h"
#include "dyad/tree/treebank_reader.h"
#include "dyad/write/event_record.h"

namespace dyad {
namespace {

// One record to code, with what the sequential pass over the file decided.
struct Job {
  const PetrarchRecord* record = nullptr;
  CoderOptions options;
  int64_t sentence = 0;
  int64_t offset = 0;  // of the record's text in its document's text
};

// Jobs [begin, end): whole stories.
struct Chunk {
  size_t begin = 0;
  size_t end = 0;
};

struct ChunkResult {
  std::string json;
  Diagnostics diagnostics;
  BatchStats stats;
};

void Add(const BatchStats& more, BatchStats* total) {
  total->records += more.records;
  total->coded += more.coded;
  total->skipped += more.skipped;
  total->events += more.events;
}

// A record's YYYYMMDD `date` with a plausible month and day, as the number
// and as "YYYY-MM-DD"; false for anything else.
bool ReadRecordDate(std::string_view date, int* value, std::string* iso) {
  if (date.size() != 8 || !std::all_of(date.begin(), date.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  const int month = (date[4] - '0') * 10 + (date[5] - '0');
  const int day = (date[6] - '0') * 10 + (date[7] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  *value = 0;
  for (char c : date) *value = *value * 10 + (c - '0');
  *iso = IsoDate(*value / 10000, month, day);
  return true;
}

// Codes chunks of jobs; one per thread, since it keeps scratch space.
class ChunkCoder {
 public:
  ChunkCoder(const DictionarySet& set, const BatchOptions& options, std::string_view file_name)
      : set_(set), coder_(CoderDictionaries::Of(set)), file_name_(file_name) {
    if (options.parse_text) parser_.emplace(options.lexicon, TaggerDictionaries::Of(set));
  }

  ChunkResult Code(std::span<const Job> jobs) {
    ChunkResult result;
    for (size_t begin = 0; begin < jobs.size();) {
      size_t end = begin + 1;
      while (end < jobs.size() && jobs[end].record->document_id == jobs[begin].record->document_id) ++end;
      CodeStory(jobs.subspan(begin, end - begin), &result);
      begin = end;
    }
    return result;
  }

 private:
  struct Issue {
    uint32_t category;
    uint32_t code;
  };
  // An event waiting for the end of its story, which may still discard it or
  // cancel some of its issues.
  struct PendingEvent {
    EventRecord record;
    size_t sentence;  // index in the story, for sentence_issues_
  };

  void CodeStory(std::span<const Job> story, ChunkResult* result) {
    bool discarded = false;
    pending_.clear();
    story_exclusions_.clear();
    trees_.assign(story.size(), nullptr);
    if (story_trees_.size() < story.size()) story_trees_.resize(story.size());
    if (story_words_.size() < story.size()) story_words_.resize(story.size());
    for (size_t i = 0; i < story.size(); ++i) {
      const Job& job = story[i];
      const PetrarchRecord& record = *job.record;
      ++result->stats.records;
      std::string reason;
      const ParseTree* tree = TreeOf(record, &story_trees_[i], &reason);
      int date = 0;
      std::string iso_date;
      if (tree != nullptr && !ReadRecordDate(record.date, &date, &iso_date)) {
        reason = "date '" + record.date + "' is not YYYYMMDD";
        tree = nullptr;
      }
      if (tree == nullptr) {
        result->diagnostics.Error(file_name_, record.line, record.document_id + "/" + record.id + ": " + reason);
        ++result->stats.skipped;
        continue;
      }
      ++result->stats.coded;
      trees_[i] = tree;
      SentenceCoding coding = coder_.Code(*tree, date, job.options);
      story_words_[i].assign(coder_.word_ids().begin(), coder_.word_ids().end());
      if (coding.outcome == SentenceOutcome::kStoryDiscard) discarded = true;
      for (size_t n = 0; n < coding.events.size(); ++n) {
        pending_.push_back({MakeRecord(job, *tree, iso_date, coding.events[n], n), i});
      }
    }
    if (discarded || pending_.empty()) return;
    // Issues only matter for stories with events, which are the minority.
    sentence_issues_.assign(story.size(), {});
    for (size_t i = 0; i < story.size(); ++i) {
      if (trees_[i] != nullptr) FindIssues(story_words_[i], &sentence_issues_[i]);
    }
    std::sort(story_exclusions_.begin(), story_exclusions_.end());
    for (PendingEvent& p : pending_) {
      for (const Issue& issue : sentence_issues_[p.sentence]) {
        if (!std::binary_search(story_exclusions_.begin(), story_exclusions_.end(), issue.category)) {
          p.record.issues.push_back(set_.issues().code(issue.code));
        }
      }
      AppendJsonLine(p.record, &result->json);
      ++result->stats.events;
    }
  }

  // The record's tree: the reader's, else one built here into *scratch. Null,
  // with *reason set, when the record has no usable parse.
  const ParseTree* TreeOf(const PetrarchRecord& record, ParseTree* scratch, std::string* reason) {
    if (parser_) {
      Status s = parser_->ParseSentence(record.text, scratch);
      if (!s.ok() || scratch->node_count() == 0) {
        *reason = s.ok() ? "no word in <Text> to parse" : s.message();
        return nullptr;
      }
      return scratch;
    }
    if (record.tree.node_count() > 0) return &record.tree;
    if (!record.parse_status.ok()) {
      *reason = record.parse_status.message();
      return nullptr;
    }
    Status s = reader_.Read(record.parse, scratch);
    if (!s.ok()) {
      *reason = s.message();
      return nullptr;
    }
    AlignTokenOffsets(record.text, scratch);
    return scratch;
  }

  // The sentence's issues into *issues; its `~~` exclusions into
  // story_exclusions_.
  void FindIssues(std::span<const TokenId> words, std::vector<Issue>* issues) {
    const IssueDict& dict = set_.issues();
    if (dict.entry_count() == 0) return;
    IssueScan scan = dict.Match(words);
    story_exclusions_.insert(story_exclusions_.end(), scan.story_excluded_categories.begin(),
                             scan.story_excluded_categories.end());
    for (const IssueCount& c : scan.issues) issues->push_back({dict.entry(c.first_entry).category, c.code});
  }

  EventRecord MakeRecord(const Job& job, const ParseTree& tree, const std::string& iso_date, const CodedEvent& event,
                         size_t index) const {
    const PetrarchRecord& record = *job.record;
    EventRecord e;
    e.event_id = record.document_id + "-" + std::to_string(job.sentence) + "-" + std::to_string(index);
    e.doc_id = record.document_id;
    e.sentence = job.sentence;
    e.sentence_id = record.id;
    e.date = iso_date;
    e.published = iso_date;
    e.source = event.source;
    e.target = event.target;
    SetEventCode(event.code, &e);
    Part(tree, record.text, job.offset, event.source_span, &e.source_text, &e.source_span);
    Part(tree, record.text, job.offset, event.target_span, &e.target_text, &e.target_span);
    Part(tree, record.text, job.offset, event.verb_span, &e.verb_text, &e.verb_span);
    e.sentence_text = record.text;
    e.pattern = event.provenance;
    return e;
  }

  // The text and document byte span of tree tokens `tokens`. Tokens the text
  // does not show leave the span unknown; the text is then the parse's words.
  static void Part(const ParseTree& tree, const std::string& text, int64_t offset, TokenSpan tokens,
                   std::string* words, ByteSpan* span) {
    if (tokens.begin < 0 || tokens.end <= tokens.begin || tokens.end > tree.token_count()) return;
    const int32_t begin = tree.token(tokens.begin).begin;
    const int32_t end = tree.token(tokens.end - 1).end;
    if (begin >= 0 && end >= begin && static_cast<size_t>(end) <= text.size()) {
      words->assign(text, begin, end - begin);
      *span = {offset + begin, offset + end};
      return;
    }
    for (int32_t t = tokens.begin; t < tokens.end; ++t) {
      if (!words->empty()) words->push_back(' ');
      words->append(tree.word(t));
    }
  }

  const DictionarySet& set_;
  Coder coder_;
  std::string file_name_;
  TreebankReader reader_;
  std::optional<Parser> parser_;  // when parsing records' text
  // Per sentence of the story being coded: its tree (null when skipped), the
  // trees built here and the coder's word ids, kept for reuse of their storage.
  std::vector<const ParseTree*> trees_;
  std::vector<ParseTree> story_trees_;
  std::vector<std::vector<TokenId>> story_words_;
  std::vector<PendingEvent> pending_;
  std::vector<std::vector<Issue>> sentence_issues_;
  std::vector<uint32_t> story_exclusions_;
};

}  // namespace

BatchCoder::BatchCoder(const DictionarySet& dictionaries, const BatchOptions& options)
    : dictionaries_(dictionaries),
      options_(options),
      threads_(options.threads > 0 ? options.threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()))),
      chunk_records_(std::max<size_t>(1, options.chunk_records)) {}

void BatchCoder::CodeFile(const PetrarchFile& file, std::string_view file_name, Diagnostics* diagnostics,
                          const BatchWriter& write) {
  // The sequential part: options in force, sentence indices and offsets, and
  // the cut into chunks of whole stories.
  std::vector<Job> jobs;
  std::vector<Chunk> chunks;
  CoderOptions options;
  size_t chunk_begin = 0;
  for (const PetrarchItem& item : file.items) {
    if (const auto* config = std::get_if<PetrarchConfig>(&item)) {
      if (config->option.empty()) continue;  // a bare <Config> changes nothing
      Status s = options.Set(config->option, config->value);
      if (!s.ok()) diagnostics->Warning(file_name, config->line, s.message());
      continue;
    }
    const PetrarchRecord& record = std::get<PetrarchRecord>(item);
    const bool new_story = jobs.empty() || jobs.back().record->document_id != record.document_id;
    if (new_story && jobs.size() - chunk_begin >= chunk_records_) {
      chunks.push_back({chunk_begin, jobs.size()});
      chunk_begin = jobs.size();
    }
    DocumentState& document = documents_[record.document_id];
    jobs.push_back({&record, options, document.next_sentence++, document.next_offset});
    document.next_offset += static_cast<int64_t>(record.text.size()) + 1;
  }
  if (jobs.size() > chunk_begin) chunks.push_back({chunk_begin, jobs.size()});

  auto chunk_jobs = [&](size_t c) { return std::span<const Job>(jobs).subspan(chunks[c].begin, chunks[c].end - chunks[c].begin); };
  auto emit = [&](const ChunkResult& r) {
    diagnostics->Merge(r.diagnostics);
    Add(r.stats, &stats_);
    write(r.json);
  };

  // One chunk coder per worker, made on its first chunk.
  std::vector<std::optional<ChunkCoder>> coders(std::max(1, threads_));
  RunInOrder<ChunkResult>(
      chunks.size(), static_cast<size_t>(threads_),
      [&](size_t chunk, size_t worker) {
        if (!coders[worker]) coders[worker].emplace(dictionaries_, options_, file_name);
        return coders[worker]->Code(chunk_jobs(chunk));
      },
      [&](size_t, ChunkResult& r) { emit(r); });
}

}  // namespace dyad
