#include "dyad/write/event_table.h"

#include <string>
#include <vector>

#include "dyad/write/json_text.h"

namespace dyad {
namespace {

void AppendCsvField(std::string_view value, std::string* out) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(value);
    return;
  }
  out->push_back('"');
  for (char c : value) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

std::string Number(double value) {
  std::string s;
  AppendJsonNumber(value, &s);
  return s;
}

std::string Joined(const std::vector<std::string>& items) {
  std::string s;
  for (const std::string& item : items) {
    if (!s.empty()) s.push_back(';');
    s.append(item);
  }
  return s;
}

std::string SpanBegin(const ByteSpan& span) { return span.known() ? std::to_string(span.begin) : ""; }
std::string SpanEnd(const ByteSpan& span) { return span.known() ? std::to_string(span.end) : ""; }

// Phoenix splits an actor code into 3-letter entity, role and attribute.
std::string_view CodePart(std::string_view code, size_t part) {
  if (code.size() <= part * 3) return {};
  return part == 2 ? code.substr(6) : code.substr(part * 3, 3);
}

void AppendPhoenixField(std::string_view value, bool first, std::string* out) {
  if (!first) out->push_back('\t');
  for (char c : value) out->push_back(c == '\t' || c == '\r' || c == '\n' ? ' ' : c);
}

}  // namespace

void AppendCsvHeader(bool doc_ids, std::string* out) {
  out->append(
      "event_id,doc_id,sentence,sentence_id,date,date_precision,published,source,target,code,root,quad_class,"
      "goldstein,source_text,target_text,verb_text,spans_source_begin,spans_source_end,spans_target_begin,"
      "spans_target_end,spans_verb_begin,spans_verb_end,sentence_text,pattern,location_name,location_country,"
      "location_lat,location_lon,issues,mentions");
  if (doc_ids) out->append(",doc_ids");
  out->push_back('\n');
}

void AppendCsvRow(const EventRecord& e, bool doc_ids, std::string* out) {
  const std::string fields[] = {
      e.event_id, e.doc_id, std::to_string(e.sentence), e.sentence_id, e.date, e.date_precision, e.published,
      e.source, e.target, e.code, e.root, e.quad_class > 0 ? std::to_string(e.quad_class) : "",
      e.goldstein ? Number(*e.goldstein) : "", e.source_text, e.target_text, e.verb_text,
      SpanBegin(e.source_span), SpanEnd(e.source_span), SpanBegin(e.target_span), SpanEnd(e.target_span),
      SpanBegin(e.verb_span), SpanEnd(e.verb_span), e.sentence_text, e.pattern,
      e.location ? e.location->name : "", e.location ? e.location->country : "",
      e.location ? Number(e.location->lat) : "", e.location ? Number(e.location->lon) : "", Joined(e.issues),
      std::to_string(e.mentions)};
  bool first = true;
  for (const std::string& f : fields) {
    if (!first) out->push_back(',');
    first = false;
    AppendCsvField(f, out);
  }
  if (doc_ids) {
    out->push_back(',');
    AppendCsvField(Joined(e.doc_ids), out);
  }
  out->push_back('\n');
}

void AppendPhoenixRow(const EventRecord& e, std::string* out) {
  // date is YYYY-MM-DD; Phoenix writes YYYYMMDD and the parts apart.
  const bool dated = e.date.size() == 10;
  std::string compact = dated ? e.date.substr(0, 4) + e.date.substr(5, 2) + e.date.substr(8, 2) : "";
  const std::string fields[kPhoenixColumns] = {
      e.event_id,
      compact,
      dated ? e.date.substr(0, 4) : "",
      dated ? e.date.substr(5, 2) : "",
      dated ? e.date.substr(8, 2) : "",
      e.source,
      std::string(CodePart(e.source, 0)),
      std::string(CodePart(e.source, 1)),
      std::string(CodePart(e.source, 2)),
      e.target,
      std::string(CodePart(e.target, 0)),
      std::string(CodePart(e.target, 1)),
      std::string(CodePart(e.target, 2)),
      e.code,
      e.root,
      e.quad_class > 0 ? std::to_string(e.quad_class) : "",
      e.goldstein ? Number(*e.goldstein) : "",
      Joined(e.issues),
      e.location ? Number(e.location->lat) : "",
      e.location ? Number(e.location->lon) : "",
      e.location ? e.location->name : "",
      "",  // StateName: the gazetteer gives no admin region yet
      e.location ? e.location->country : "",
      e.doc_id + "_" + std::to_string(e.sentence),
      "",  // URLs: not carried by EventRecord
      "",  // NewsSources: not carried by EventRecord
  };
  for (int i = 0; i < kPhoenixColumns; ++i) AppendPhoenixField(fields[i], i == 0, out);
  out->push_back('\n');
}

}  // namespace dyad
