// From command-line PATHs to documents: which files to read, reading them
// safely, and telling the input formats apart.
//
//   Diagnostics diags;
//   for (const InputFile& f : ExpandInputPaths(paths, &diags)) {
//     std::optional<std::string> bytes = LoadInput(f, &diags);
//     if (!bytes) continue;                                   // reported
//     InputFormat format = forced ? *forced : DetectInputFormat(*bytes);
//     if (format == InputFormat::kPetrarchXml) { ReadPetrarchXml(*bytes, f.name, &diags); continue; }
//     for (Document& doc : ReadDocuments(f, std::move(*bytes), format, &diags)) Code(doc);
//   }
//
// Problems with a file as a whole are reported naming the file (its path, or
// "<stdin>") and the file is skipped; nothing here aborts the run.
#ifndef DYAD_READ_INPUT_FILES_H_
#define DYAD_READ_INPUT_FILES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/diagnostics.h"
#include "dyad/read/article_text.h"
#include "dyad/read/document.h"

namespace dyad {

enum class InputFormat { kText, kJsonl, kPetrarchXml };

// "text", "jsonl", "petrarch-xml".
std::string_view InputFormatName(InputFormat format);
// The format named `name` (as above), or nullopt.
std::optional<InputFormat> ParseInputFormatName(std::string_view name);

// From the content: jsonl when the first non-blank line starts with '{';
// else petrarch-xml when "<Sentences>" or "<Sentence" occurs in the first
// megabyte; else text.
InputFormat DetectInputFormat(std::string_view content);

struct InputFile {
  std::string path;  // "-" for standard input
  std::string name;  // for diagnostics: the path, or "<stdin>"
};

// The files PATHs name, in order: a file as given; a directory's regular
// files (not its subdirectories, which are reported as not read), sorted by
// name; "-" standard input. No PATH at all means standard input. A PATH that
// does not exist is reported and left out.
std::vector<InputFile> ExpandInputPaths(const std::vector<std::string>& paths, Diagnostics* diagnostics);

struct InputLimits {
  // Larger files are reported and skipped before they are read: a file is
  // held in memory whole.
  size_t max_file_bytes = size_t{1} << 30;
  // Larger documents (a text file, a jsonl line) are reported and skipped: no
  // article is this long (a 50 MB one is still read), and one such document
  // would hold the whole batch's memory and time.
  size_t max_document_bytes = size_t{64} << 20;
};

// The bytes of `file`, or nullopt after reporting why not: unreadable (error),
// larger than limits.max_file_bytes (error), binary (a NUL byte, or mostly
// control bytes or invalid UTF-8; error), empty or all whitespace (warning).
std::optional<std::string> LoadInput(const InputFile& file, Diagnostics* diagnostics, const InputLimits& limits = {});

// The documents of one loaded file in `format`, which must be kText (one
// document, id from the file name) or kJsonl; PETRARCH XML has its own reader
// (petrarch_xml.h), and asking for it here returns nothing after reporting an
// error. A text article over limits.max_document_bytes is reported as
// `doc_id: reason` and skipped; jsonl lines as in jsonl_documents.h.
std::vector<Document> ReadDocuments(const InputFile& file, std::string content, InputFormat format,
                                    Diagnostics* diagnostics, const ArticleOptions& options = {},
                                    const InputLimits& limits = {});

}  // namespace dyad

#endif  // DYAD_READ_INPUT_FILES_H_
