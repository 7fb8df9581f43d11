#include "dyad/read/input_files.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include "dyad/base/file.h"
#include "dyad/base/text.h"
#include "dyad/read/jsonl_documents.h"
#include "dyad/text/utf8.h"

namespace dyad {
namespace {

constexpr size_t kDetectWindowBytes = size_t{1} << 20;
// Enough of a file to judge whether it is text.
constexpr size_t kBinarySampleBytes = 64 * 1024;

// Why `content` is not text, or empty when it is. Latin-1 or a few stray
// bytes still count as text (the article reader warns about invalid UTF-8);
// a NUL byte, or a sample where a tenth of the bytes are control characters
// or a third do not decode, does not.
std::string BinaryReason(std::string_view content) {
  if (size_t nul = content.find('\0'); nul != std::string_view::npos) {
    return "binary file (NUL byte at offset " + std::to_string(nul) + ")";
  }
  std::string_view sample = content.substr(0, kBinarySampleBytes);
  size_t control = 0, invalid = 0;
  for (size_t i = 0; i < sample.size();) {
    Utf8Char c = DecodeUtf8(sample, i);
    if (!c.valid) {
      // A sequence cut by the end of the sample is not evidence.
      if (i + 4 < sample.size() || sample.size() == content.size()) ++invalid;
    } else if ((c.code_point < 0x20 && c.code_point != '\t' && c.code_point != '\n' && c.code_point != '\r' &&
                c.code_point != '\f') ||
               c.code_point == 0x7F) {
      ++control;
    }
    i += c.length;
  }
  if (control * 10 > sample.size()) return "binary file (mostly control characters)";
  if (invalid * 3 > sample.size()) return "binary file (mostly not UTF-8 text)";
  return "";
}

std::optional<std::string> ReadStdin(size_t max_bytes, Diagnostics* diagnostics, std::string_view name) {
  std::string data;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
    data.append(buf, n);
    if (data.size() > max_bytes) {
      diagnostics->Error(name, 0, "input larger than " + std::to_string(max_bytes) + " bytes; skipped");
      return std::nullopt;
    }
  }
  if (std::ferror(stdin)) {
    diagnostics->Error(name, 0, "read error; skipped");
    return std::nullopt;
  }
  return data;
}

}  // namespace

std::string_view InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kText: return "text";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kPetrarchXml: return "petrarch-xml";
  }
  return "text";
}

std::optional<InputFormat> ParseInputFormatName(std::string_view name) {
  for (InputFormat f : {InputFormat::kText, InputFormat::kJsonl, InputFormat::kPetrarchXml}) {
    if (name == InputFormatName(f)) return f;
  }
  return std::nullopt;
}

InputFormat DetectInputFormat(std::string_view content) {
  std::string_view first = TrimLeft(content);
  if (StartsWith(first, "\xEF\xBB\xBF")) first = TrimLeft(first.substr(3));
  if (StartsWith(first, "{")) return InputFormat::kJsonl;
  std::string_view window = content.substr(0, kDetectWindowBytes);
  if (window.find("<Sentence") != std::string_view::npos) return InputFormat::kPetrarchXml;
  return InputFormat::kText;
}

std::vector<InputFile> ExpandInputPaths(const std::vector<std::string>& paths, Diagnostics* diagnostics) {
  namespace fs = std::filesystem;
  std::vector<InputFile> files;
  if (paths.empty()) return {{"-", "<stdin>"}};
  for (const std::string& path : paths) {
    if (path == "-") {
      files.push_back({"-", "<stdin>"});
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      diagnostics->Error(path, 0, "no such file or directory");
      continue;
    }
    if (!fs::is_directory(status)) {
      files.push_back({path, path});
      continue;
    }
    std::vector<std::string> names;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      std::error_code entry_ec;
      std::string entry = it->path().string();
      if (it->is_regular_file(entry_ec)) {
        names.push_back(entry);
      } else if (it->is_directory(entry_ec)) {
        diagnostics->Warning(entry, 0, "subdirectory not read (directories are not searched recursively)");
      } else {
        diagnostics->Warning(entry, 0, "not a regular file; not read");
      }
    }
    if (ec) diagnostics->Error(path, 0, "cannot list directory: " + ec.message());
    std::sort(names.begin(), names.end());
    for (std::string& name : names) files.push_back({name, name});
  }
  return files;
}

std::optional<std::string> LoadInput(const InputFile& file, Diagnostics* diagnostics, const InputLimits& limits) {
  std::optional<std::string> content;
  if (file.path == "-") {
    content = ReadStdin(limits.max_file_bytes, diagnostics, file.name);
    if (!content) return std::nullopt;
  } else {
    struct stat st;
    if (stat(file.path.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
        static_cast<unsigned long long>(st.st_size) > limits.max_file_bytes) {
      diagnostics->Error(file.name, 0,
                         "file of " + std::to_string(st.st_size) + " bytes is larger than the limit of " +
                             std::to_string(limits.max_file_bytes) + "; skipped");
      return std::nullopt;
    }
    Result<std::string> read = ReadFile(file.path);
    if (!read.ok()) {
      diagnostics->Error(file.name, 0, read.status().message() + "; skipped");
      return std::nullopt;
    }
    content = std::move(read).value();
    if (content->size() > limits.max_file_bytes) {  // grew since stat, or not a regular file
      diagnostics->Error(file.name, 0, "file larger than the limit of " + std::to_string(limits.max_file_bytes) +
                                           " bytes; skipped");
      return std::nullopt;
    }
  }
  if (Trim(*content).empty()) {
    diagnostics->Warning(file.name, 0, "empty file; skipped");
    return std::nullopt;
  }
  if (std::string reason = BinaryReason(*content); !reason.empty()) {
    diagnostics->Error(file.name, 0, reason + "; skipped");
    return std::nullopt;
  }
  return content;
}

std::vector<Document> ReadDocuments(const InputFile& file, std::string content, InputFormat format,
                                    Diagnostics* diagnostics, const ArticleOptions& options,
                                    const InputLimits& limits) {
  switch (format) {
    case InputFormat::kText: {
      std::string id = DocumentIdFromPath(file.path);
      if (content.size() > limits.max_document_bytes) {
        diagnostics->Error(id, 0, "article of " + std::to_string(content.size()) + " bytes is larger than the limit of " +
                                      std::to_string(limits.max_document_bytes) + "; skipped");
        return {};
      }
      std::vector<Document> docs;
      docs.push_back(ReadTextArticle(std::move(content), std::move(id), diagnostics, options));
      docs.back().file = file.name;
      return docs;
    }
    case InputFormat::kJsonl:
      return ReadJsonlDocuments(content, file.name, diagnostics, options, limits.max_document_bytes);
    case InputFormat::kPetrarchXml:
      diagnostics->Error(file.name, 0, "PETRARCH XML is read by the petrarch-xml reader, not as documents");
      return {};
  }
  return {};
}

}  // namespace dyad
