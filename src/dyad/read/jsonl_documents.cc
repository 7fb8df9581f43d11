// The only file that includes nlohmann/json.hpp: it takes seconds to compile.
// Its exceptions are caught here and never leave this file.
#include "dyad/read/jsonl_documents.h"

#include <optional>
#include <string>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "dyad/base/text.h"

namespace dyad {
namespace {

using Json = nlohmann::json;

// The parser's message without its "[json.exception.parse_error.101] " tag.
std::string ParseErrorReason(const Json::exception& e) {
  std::string_view what = e.what();
  if (StartsWith(what, "[")) {
    size_t close = what.find("] ");
    if (close != std::string_view::npos) what.remove_prefix(close + 2);
  }
  return "not JSON: " + std::string(what);
}

// Reads an optional string member into *out. False (with *reason) when it is
// present, not null and not a string.
bool OptionalString(const Json& object, const char* key, std::string* out, std::string* reason) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return true;
  if (!it->is_string()) {
    *reason = std::string("\"") + key + "\" is " + it->type_name() + ", not a string";
    return false;
  }
  *out = it->get<std::string>();
  return true;
}

bool RequiredString(const Json& object, const char* key, std::string* out, std::string* reason) {
  if (!object.contains(key) || object[key].is_null()) {
    *reason = std::string("no \"") + key + "\"";
    return false;
  }
  return OptionalString(object, key, out, reason);
}

// The document of one line, or nullopt with *reason.
std::optional<Document> DocumentOfLine(std::string_view line, std::string* reason) {
  Json object;
  try {
    object = Json::parse(line.begin(), line.end());
  } catch (const Json::exception& e) {
    *reason = ParseErrorReason(e);
    return std::nullopt;
  }
  if (!object.is_object()) {
    *reason = std::string("a JSON ") + object.type_name() + ", not an object";
    return std::nullopt;
  }
  Document doc;
  std::string date;
  if (!RequiredString(object, "id", &doc.id, reason) || !RequiredString(object, "text", &doc.text, reason) ||
      !OptionalString(object, "date", &date, reason) || !OptionalString(object, "title", &doc.title, reason) ||
      !OptionalString(object, "url", &doc.url, reason) || !OptionalString(object, "outlet", &doc.outlet, reason) ||
      !OptionalString(object, "locale", &doc.locale, reason)) {
    return std::nullopt;
  }
  if (Trim(doc.id).empty()) {
    *reason = "empty \"id\"";
    return std::nullopt;
  }
  if (!date.empty()) {
    Result<Timestamp> published = ParseIsoDate(date);
    if (!published.ok()) {
      *reason = published.status().message();
      return std::nullopt;
    }
    doc.published = *published;
  }
  return doc;
}

}  // namespace

std::vector<Document> ReadJsonlDocuments(std::string_view text, std::string_view file_name, Diagnostics* diagnostics,
                                         const ArticleOptions& options, size_t max_line_bytes) {
  std::vector<Document> documents;
  std::unordered_set<std::string> ids;
  int number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    ++number;
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = Trim(text.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) continue;
    if (line.size() > max_line_bytes) {
      diagnostics->Error(file_name, number,
                         "line of " + std::to_string(line.size()) + " bytes is larger than the limit of " +
                             std::to_string(max_line_bytes) + "; line skipped");
      continue;
    }
    std::string reason;
    std::optional<Document> doc = DocumentOfLine(line, &reason);
    if (!doc) {
      diagnostics->Error(file_name, number, reason + "; line skipped");
      continue;
    }
    doc->file = std::string(file_name);
    doc->line = number;
    if (!doc->published.date.known()) {
      diagnostics->Warning(file_name, number, "document " + doc->id + " has no \"date\"; publication date unknown");
    }
    if (!ids.insert(doc->id).second) {
      diagnostics->Warning(file_name, number, "document id " + doc->id + " repeats an earlier line's");
    }
    SegmentArticle(&*doc, diagnostics, options);
    documents.push_back(std::move(*doc));
  }
  return documents;
}

}  // namespace dyad
