// Batch coding: many PETRARCH XML records with given parses in, JSON Lines
// events out, over several threads, in input order.
//
//   auto set = DictionarySet::Load(paths, &diags);          // once, read-only
//   BatchCoder coder(*set, {.threads = 4});
//   Result<PetrarchFile> file = ReadPetrarchXml(text, path, &diags, {.build_trees = false});
//   coder.CodeFile(*file, path, &diags, [&](std::string_view lines) { fwrite(...); });
//   if (coder.stats().skipped > 0) ...                       // reported in diags
//
// Threads share the dictionary set read-only; each has its own Coder, tree
// reader and scratch. Work is handed out in chunks of whole stories, and
// output is written in input order, so the bytes written do not depend on
// the number of threads.
//
// What the batch adds to sentence coding (Coder::Code):
//  - A story is a run of consecutive records with the same document id
//    (PetrarchRecord::document_id). A story discard phrase in any of its
//    sentences drops the events of the whole story, and a `~~` issue
//    exclusion cancels its category for every sentence of the story.
//  - <Config> items change the coding options from where they stand to the
//    end of their file; every file starts from the defaults.
//  - Each record's sentence index is its position among the records of its
//    document (counted over all files coded by this BatchCoder); the
//    document's text is its records' texts joined by single spaces, in
//    input order, and spans are byte offsets into that text.
//  - event_id is "<doc_id>-<sentence>-<n>", n the event's index in its
//    sentence: unique in the output (sentence indices never repeat within a
//    document) and stable across runs on the same input.
//  - date and published are the record's date (YYYYMMDD) as YYYY-MM-DD with
//    day precision; location is null; mentions is 1 (no duplicate merging
//    yet); issues are the codes found in the sentence, each once, in order of
//    first occurrence.
//  - A record that cannot be coded (broken or missing parse, a date that is
//    not YYYYMMDD, no word in its text when parsing text) is reported as an error "FILE:LINE: DOC_ID/RECORD_ID:
//    reason" and skipped; the rest of the file is still coded.
#ifndef DYAD_PIPELINE_BATCH_CODER_H_
#define DYAD_PIPELINE_BATCH_CODER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "dyad/base/diagnostics.h"
#include "dyad/dict/dictionary_set.h"
#include "dyad/parse/lexicon.h"
#include "dyad/read/petrarch_xml.h"

namespace dyad {

struct BatchOptions {
  // Coding threads; 0 means one per core.
  int threads = 0;
  // Records per unit of work, rounded up to whole stories. Small enough to
  // balance the threads, large enough to make handing out work cheap.
  size_t chunk_records = 32;
  // Where records' trees come from: their <Parse> (the default), or, with
  // parse_text, dyad's own parser (parse/parser.h) run on each record's
  // <Text> as one sentence, tagging with `lexicon` (null: by suffixes only;
  // else it must outlive the coder) and the coder's dictionaries. A record
  // whose text holds no word is then reported and skipped.
  bool parse_text = false;
  const Lexicon* lexicon = nullptr;
};

struct BatchStats {
  size_t records = 0;  // records seen
  size_t coded = 0;    // records the coder ran on (whatever it found)
  size_t skipped = 0;  // records reported and not coded
  size_t events = 0;   // JSON lines written
};

// Receives the JSON lines of a run of consecutive records (empty when they
// had no events), on the thread that called CodeFile, in input order; once
// per chunk, so it also serves to report progress.
using BatchWriter = std::function<void(std::string_view json_lines)>;

class BatchCoder {
 public:
  // `dictionaries` must outlive the coder.
  explicit BatchCoder(const DictionarySet& dictionaries, const BatchOptions& options = {});

  // Codes every record of `file` and writes its events through `write`.
  // Trees already built by the reader are used; otherwise (the usual case,
  // PetrarchXmlOptions::build_trees = false) the threads build them, which
  // is where much of the time goes. Problems go to *diagnostics (never
  // null), named after `file_name`, in input order.
  void CodeFile(const PetrarchFile& file, std::string_view file_name, Diagnostics* diagnostics,
                const BatchWriter& write);

  // Totals over every CodeFile call so far; up to date whenever `write` is
  // called.
  const BatchStats& stats() const { return stats_; }
  int threads() const { return threads_; }

 private:
  struct DocumentState {
    int64_t next_sentence = 0;
    int64_t next_offset = 0;  // where the next sentence starts in the document text
  };

  const DictionarySet& dictionaries_;
  BatchOptions options_;
  int threads_;
  size_t chunk_records_;
  BatchStats stats_;
  std::unordered_map<std::string, DocumentState> documents_;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_BATCH_CODER_H_
