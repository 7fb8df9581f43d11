#include "dyad/write/event_record.h"

#include "dyad/cameo/event_codes.h"
#include "dyad/write/json_text.h"

namespace dyad {
namespace {

void AppendInt(int64_t v, std::string* out) { out->append(std::to_string(v)); }

void AppendKey(std::string_view key, std::string* out) {
  out->push_back(',');
  out->push_back('"');
  out->append(key);
  out->append("\":");
}

void AppendStringField(std::string_view key, std::string_view value, std::string* out) {
  AppendKey(key, out);
  AppendJsonString(value, out);
}

void AppendSpan(const ByteSpan& span, std::string* out) {
  if (!span.known()) {
    out->append("null");
    return;
  }
  out->push_back('[');
  AppendInt(span.begin, out);
  out->push_back(',');
  AppendInt(span.end, out);
  out->push_back(']');
}

}  // namespace

void SetEventCode(std::string_view code, EventRecord* e) {
  e->code.assign(code);
  if (const EventCodeInfo* info = FindEventCode(code)) {
    e->root.assign(info->root());
    e->quad_class = info->quad_class;
    e->goldstein = info->goldstein;
    return;
  }
  e->root.assign(code.substr(0, 2));
  e->quad_class = QuadClassOfRoot(code);
  e->goldstein.reset();
}

void AppendJsonLine(const EventRecord& e, std::string* out) {
  out->append("{\"event_id\":");
  AppendJsonString(e.event_id, out);
  AppendStringField("doc_id", e.doc_id, out);
  AppendKey("sentence", out);
  AppendInt(e.sentence, out);
  if (!e.sentence_id.empty()) AppendStringField("sentence_id", e.sentence_id, out);
  AppendStringField("date", e.date, out);
  AppendStringField("date_precision", e.date_precision, out);
  if (!e.published.empty()) AppendStringField("published", e.published, out);
  AppendStringField("source", e.source, out);
  AppendStringField("target", e.target, out);
  AppendStringField("code", e.code, out);
  AppendStringField("root", e.root, out);
  AppendKey("quad_class", out);
  if (e.quad_class > 0) {
    AppendInt(e.quad_class, out);
  } else {
    out->append("null");
  }
  AppendKey("goldstein", out);
  if (e.goldstein) {
    AppendJsonNumber(*e.goldstein, out);
  } else {
    out->append("null");
  }
  AppendStringField("source_text", e.source_text, out);
  AppendStringField("target_text", e.target_text, out);
  AppendStringField("verb_text", e.verb_text, out);
  AppendKey("spans", out);
  out->append("{\"source\":");
  AppendSpan(e.source_span, out);
  out->append(",\"target\":");
  AppendSpan(e.target_span, out);
  out->append(",\"verb\":");
  AppendSpan(e.verb_span, out);
  out->push_back('}');
  AppendStringField("sentence_text", e.sentence_text, out);
  AppendStringField("pattern", e.pattern, out);
  AppendKey("location", out);
  if (e.location) {
    out->append("{\"name\":");
    AppendJsonString(e.location->name, out);
    out->append(",\"country\":");
    AppendJsonString(e.location->country, out);
    out->append(",\"lat\":");
    AppendJsonNumber(e.location->lat, out);
    out->append(",\"lon\":");
    AppendJsonNumber(e.location->lon, out);
    out->push_back('}');
  } else {
    out->append("null");
  }
  AppendKey("issues", out);
  out->push_back('[');
  for (size_t i = 0; i < e.issues.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendJsonString(e.issues[i], out);
  }
  out->push_back(']');
  AppendKey("mentions", out);
  AppendInt(e.mentions, out);
  if (!e.doc_ids.empty()) {
    AppendKey("doc_ids", out);
    out->push_back('[');
    for (size_t i = 0; i < e.doc_ids.size(); ++i) {
      if (i > 0) out->push_back(',');
      AppendJsonString(e.doc_ids[i], out);
    }
    out->push_back(']');
  }
  out->append("}\n");
}

}  // namespace dyad
