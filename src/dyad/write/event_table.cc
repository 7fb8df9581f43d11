#include "dyad/write/event_table.h"

#include <string>
#include <vector>

#include "dyad/base/text.h"
#include "dyad/cameo/country_codes.h"
#include "dyad/cameo/event_codes.h"
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

// An actor code as Phoenix splits it: the entity (a state code or IGO, NGO,
// IMG, MNC), the role (a primary agent such as GOV, right after the entity,
// or first when there is none) and the remaining three-letter parts as
// attributes, joined with ';'.
struct PhoenixActor {
  std::string_view entity, role;
  std::string attributes;
};

PhoenixActor SplitActor(std::string_view code) {
  std::vector<std::string_view> parts;
  for (size_t i = 0; i < code.size(); i += 3) parts.push_back(code.substr(i, 3));
  PhoenixActor a;
  size_t next = 0;
  if (next < parts.size() && IsActorRootCode(parts[next])) a.entity = parts[next++];
  if (next < parts.size() && IsPrimaryAgentCode(parts[next])) a.role = parts[next++];
  for (; next < parts.size(); ++next) {
    if (!a.attributes.empty()) a.attributes.push_back(';');
    a.attributes.append(parts[next]);
  }
  return a;
}

// Phoenix's five classes of an event root: 0 neutral (01-02), 1 verbal
// cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict
// (09-13, and 16: reduce relations), 4 material conflict (14-15, 17-20);
// empty for a code that starts with no root.
std::string PhoenixClass(std::string_view root) {
  int r = 0;
  if (root.size() != 2 || !ParseInt(root, &r) || r < 1 || r > 20) return "";
  if (r <= 2) return "0";
  if (r == 16) return "3";
  return std::to_string(QuadClassOfRoot(root));
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
  const PhoenixActor source = SplitActor(e.source);
  const PhoenixActor target = SplitActor(e.target);
  const std::string fields[kPhoenixColumns] = {
      e.event_id,
      compact,
      dated ? e.date.substr(0, 4) : "",
      dated ? e.date.substr(5, 2) : "",
      dated ? e.date.substr(8, 2) : "",
      e.source,
      std::string(source.entity),
      std::string(source.role),
      source.attributes,
      e.target,
      std::string(target.entity),
      std::string(target.role),
      target.attributes,
      e.code,
      e.root,
      PhoenixClass(e.root),
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
