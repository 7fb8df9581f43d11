#include "dyad/read/petrarch_xml.h"

#include <optional>
#include <string>
#include <utility>

#include "dyad/base/text.h"
#include "dyad/read/xml_scanner.h"
#include "dyad/tree/token_alignment.h"
#include "dyad/tree/treebank_reader.h"

namespace dyad {
namespace {

using Kind = XmlToken::Kind;

bool Is(const XmlToken& t, Kind kind, std::string_view name) {
  return t.kind == kind && EqualsIgnoreCase(t.name, name);
}

bool IsBlank(std::string_view s) { return Trim(s).empty(); }

// A piece of input fit for a one-line message: cut short, with bytes that are
// not printable ASCII shown as '?'.
std::string Excerpt(std::string_view s) {
  constexpr size_t kMax = 30;
  std::string out;
  for (char c : Trim(s).substr(0, kMax)) {
    out += (c >= 0x20 && c < 0x7F) ? c : '?';
  }
  return "'" + out + (Trim(s).size() > kMax ? "...'" : "'");
}

std::string Describe(const XmlToken& t) {
  switch (t.kind) {
    case Kind::kStartTag: return "<" + std::string(t.name) + ">";
    case Kind::kEndTag: return "</" + std::string(t.name) + ">";
    case Kind::kText: return "text " + Excerpt(t.body);
    case Kind::kComment: return "a comment";
    case Kind::kCData: return "a CDATA section";
    case Kind::kSkipped: return "a declaration";
    case Kind::kError: return std::string(t.error) + " (" + Excerpt(t.body) + ")";
    case Kind::kEnd: return "the end of the file";
  }
  return "";
}

// PETRARCH turns line breaks into spaces; runs of spaces are collapsed too so
// that the text is the same however the file was wrapped.
std::string NormaliseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : Trim(s)) {
    if (IsSpace(c)) {
      if (out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string DocumentId(std::string_view id) {
  size_t cut = id.rfind('-');
  if (cut == std::string_view::npos) cut = id.rfind('_');
  return std::string(cut == std::string_view::npos ? id : id.substr(0, cut));
}

// The first byte of a record that no text may contain: a control character
// other than tab and line ends, or invalid UTF-8. npos when there is none.
size_t FindForbiddenByte(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return i;
  }
  return FindInvalidUtf8(s);
}

struct Problem {
  int line;
  std::string message;
};

class Reader {
 public:
  Reader(std::string_view text, std::string_view file, Diagnostics* diagnostics, const PetrarchXmlOptions& options)
      : text_(text), file_(file), diagnostics_(diagnostics), options_(options), scanner_(text) {}

  Result<PetrarchFile> Run();

 private:
  XmlToken Next() {
    if (pending_) return *std::exchange(pending_, std::nullopt);
    return scanner_.Next();
  }
  void PushBack(const XmlToken& t) { pending_ = t; }

  // The line where a text token's first non-space byte is.
  int ContentLine(const XmlToken& t) { return scanner_.LineAt(t.offset + (t.body.size() - TrimLeft(t.body).size())); }

  // Reports a problem outside any record unless already skipping to the next
  // recognisable element after an earlier one.
  void TopLevelError(int line, std::string message) {
    if (!resyncing_) diagnostics_->Error(file_, line, std::move(message));
    resyncing_ = true;
  }

  void ReadEnvironment(const XmlToken& open);
  void ReadConfig(const XmlToken& open);
  void ReadRecord(const XmlToken& open);
  std::optional<Problem> ReadRecordBody(const XmlToken& open, PetrarchRecord* record, size_t* end);
  std::optional<Problem> ReadEventCoding(const XmlToken& open, PetrarchRecord* record);
  void FinishRecord(PetrarchRecord* record);
  // Reads the content of element `open` up to its end tag into *out (decoded,
  // comments dropped, CDATA kept). On any other markup the token is pushed
  // back and the problem returned.
  std::optional<Problem> ReadContent(const XmlToken& open, std::string* out);
  // Parses attributes, warning about undecodable entities.
  std::optional<Problem> Attributes(const XmlToken& open, std::vector<XmlAttribute>* out);

  std::string_view text_;
  std::string_view file_;
  Diagnostics* diagnostics_;
  PetrarchXmlOptions options_;
  XmlScanner scanner_;
  std::optional<XmlToken> pending_;
  bool resyncing_ = false;
  bool recognised_ = false;  // any element of the format seen
  PetrarchFile out_;
  TreebankReader treebank_;
};

Result<PetrarchFile> Reader::Run() {
  struct Container {
    std::string_view name;
    int line;
  };
  std::vector<Container> open;  // <Validation>, <Sentences>
  while (true) {
    XmlToken t = Next();
    if (t.kind == Kind::kEnd) break;
    switch (t.kind) {
      case Kind::kText:
        if (!IsBlank(t.body)) TopLevelError(ContentLine(t), "unexpected text outside a record: " + Excerpt(t.body));
        break;
      case Kind::kComment:
      case Kind::kSkipped:
        break;
      case Kind::kStartTag:
        recognised_ = recognised_ || Is(t, Kind::kStartTag, "Validation") || Is(t, Kind::kStartTag, "Sentences");
        if (Is(t, Kind::kStartTag, "Validation") || Is(t, Kind::kStartTag, "Sentences")) {
          resyncing_ = false;
          if (!t.self_closing) open.push_back({t.name, t.line});
        } else if (Is(t, Kind::kStartTag, "Environment")) {
          ReadEnvironment(t);
        } else if (Is(t, Kind::kStartTag, "Config")) {
          ReadConfig(t);
        } else if (Is(t, Kind::kStartTag, "Sentence")) {
          ReadRecord(t);
        } else {
          TopLevelError(t.line, "unexpected " + Describe(t) + " outside a record");
        }
        break;
      case Kind::kEndTag:
        if (!open.empty() && EqualsIgnoreCase(t.name, open.back().name)) {
          open.pop_back();
          resyncing_ = false;
        } else {
          TopLevelError(t.line, "unexpected " + Describe(t));
        }
        break;
      default:
        TopLevelError(t.line, Describe(t));
        break;
    }
  }
  if (!recognised_) {
    return Status::Corrupt(std::string(file_) +
                           ": not a PETRARCH XML file (no <Validation>, <Sentences>, <Sentence> or <Config>)");
  }
  for (const Container& c : open) {
    diagnostics_->Error(file_, scanner_.LineAt(text_.size()),
                        "file ends before </" + std::string(c.name) + "> (opened at line " + std::to_string(c.line) +
                            "); is it truncated?");
  }
  return std::move(out_);
}

std::optional<Problem> Reader::Attributes(const XmlToken& open, std::vector<XmlAttribute>* out) {
  bool undecoded = false;
  Status s = ParseXmlAttributes(open.body, out, &undecoded);
  if (!s.ok()) return Problem{open.line, "<" + std::string(open.name) + ">: " + s.message()};
  if (undecoded) {
    diagnostics_->Warning(file_, open.line, "'&' that is not an entity kept as written in <" + std::string(open.name) + ">");
  }
  return std::nullopt;
}

std::optional<Problem> Reader::ReadContent(const XmlToken& open, std::string* out) {
  if (open.self_closing) return std::nullopt;
  bool warned = false;
  while (true) {
    XmlToken t = Next();
    if (t.kind == Kind::kText) {
      if (!AppendXmlDecoded(t.body, out) && !warned) {
        diagnostics_->Warning(file_, t.line, "'&' that is not an entity kept as written");
        warned = true;
      }
    } else if (t.kind == Kind::kCData) {
      out->append(t.body);
    } else if (t.kind == Kind::kComment) {
      continue;
    } else if (Is(t, Kind::kEndTag, open.name)) {
      return std::nullopt;
    } else {
      PushBack(t);
      return Problem{t.line, "<" + std::string(open.name) + "> (line " + std::to_string(open.line) +
                                 ") is not closed before " + Describe(t)};
    }
  }
}

void Reader::ReadEnvironment(const XmlToken& open) {
  recognised_ = true;
  resyncing_ = false;
  PetrarchEnvironment& env = out_.environment;
  env.line = open.line;
  if (open.self_closing) return;
  static constexpr std::pair<std::string_view, std::string PetrarchEnvironment::*> kFiles[] = {
      {"Verbfile", &PetrarchEnvironment::verb_file},     {"Actorfile", &PetrarchEnvironment::actor_file},
      {"Agentfile", &PetrarchEnvironment::agent_file},   {"Discardfile", &PetrarchEnvironment::discard_file},
      {"Issuefile", &PetrarchEnvironment::issue_file},
  };
  while (true) {
    XmlToken t = Next();
    if (t.kind == Kind::kComment || t.kind == Kind::kSkipped || (t.kind == Kind::kText && IsBlank(t.body))) continue;
    if (Is(t, Kind::kEndTag, "Environment")) return;
    if (Is(t, Kind::kStartTag, "Config")) {
      ReadConfig(t);
      continue;
    }
    if (t.kind != Kind::kStartTag) {
      PushBack(t);
      TopLevelError(t.line, "<Environment> (line " + std::to_string(open.line) + ") is not closed before " + Describe(t));
      return;
    }
    std::string value;
    if (std::optional<Problem> p = ReadContent(t, &value)) {
      TopLevelError(p->line, "in <Environment>: " + p->message);
      return;
    }
    value = std::string(Trim(value));
    bool known = false;
    for (const auto& [name, field] : kFiles) {
      if (EqualsIgnoreCase(t.name, name)) {
        env.*field = std::move(value);
        known = true;
      }
    }
    if (!known) env.other.emplace_back(std::string(t.name), std::move(value));
  }
}

void Reader::ReadConfig(const XmlToken& open) {
  recognised_ = true;
  resyncing_ = false;
  std::vector<XmlAttribute> attributes;
  std::optional<Problem> problem = Attributes(open, &attributes);
  PetrarchConfig config;
  config.line = open.line;
  bool has_option = false, has_value = false;
  for (XmlAttribute& a : attributes) {
    if (EqualsIgnoreCase(a.name, "option")) {
      config.option = std::move(a.value);
      has_option = true;
    } else if (EqualsIgnoreCase(a.name, "value")) {
      config.value = std::move(a.value);
      has_value = true;
    }
  }
  if (!problem && !(has_option && has_value)) problem = Problem{open.line, "<Config> needs option= and value="};
  std::string content;
  if (!problem) problem = ReadContent(open, &content);
  if (!problem && !IsBlank(content)) problem = Problem{open.line, "<Config> has text " + Excerpt(content)};
  if (problem) {
    TopLevelError(problem->line, problem->message + "; the setting is ignored");
    return;
  }
  out_.items.emplace_back(std::move(config));
}

void Reader::ReadRecord(const XmlToken& open) {
  recognised_ = true;
  resyncing_ = false;
  PetrarchRecord record;
  record.line = open.line;
  size_t end = open.end;
  std::optional<Problem> problem = ReadRecordBody(open, &record, &end);
  if (!problem) {
    if (size_t bad = FindForbiddenByte(text_.substr(open.offset, end - open.offset)); bad != std::string_view::npos) {
      problem = Problem{scanner_.LineAt(open.offset + bad), "invalid UTF-8 or a control character"};
    } else if (record.id.empty()) {
      problem = Problem{open.line, "the record has no id"};
    }
  }
  if (problem) {
    std::string who = record.id.empty() ? "record without id" : "record " + record.id;
    diagnostics_->Error(file_, problem->line,
                        who + " (line " + std::to_string(open.line) + "): " + problem->message + "; record skipped");
    resyncing_ = true;
    return;
  }
  FinishRecord(&record);
  out_.items.emplace_back(std::move(record));
}

std::optional<Problem> Reader::ReadRecordBody(const XmlToken& open, PetrarchRecord* record, size_t* end) {
  std::vector<XmlAttribute> attributes;
  if (std::optional<Problem> p = Attributes(open, &attributes)) return p;
  for (XmlAttribute& a : attributes) {
    if (EqualsIgnoreCase(a.name, "id")) {
      record->id = std::move(a.value);
    } else if (EqualsIgnoreCase(a.name, "date")) {
      record->date = std::move(a.value);
    } else if (EqualsIgnoreCase(a.name, "category")) {
      record->category = std::move(a.value);
    } else if (EqualsIgnoreCase(a.name, "source")) {
      record->source = std::move(a.value);
    } else if (EqualsIgnoreCase(a.name, "sentence")) {
      record->valid = EqualsIgnoreCase(Trim(a.value), "true");
    } else {
      record->other_attributes.emplace_back(std::string(a.name), std::move(a.value));
    }
  }
  if (open.self_closing) return Problem{open.line, "<Sentence/> has no content"};
  bool has_text = false, has_parse = false;
  while (true) {
    XmlToken t = Next();
    if (t.kind == Kind::kText) {
      if (!IsBlank(t.body)) return Problem{ContentLine(t), "text outside <Text> and <Parse>: " + Excerpt(t.body)};
    } else if (t.kind == Kind::kComment) {
      if (!record->comments.empty()) record->comments += '\n';
      record->comments += Trim(t.body);
    } else if (t.kind == Kind::kSkipped) {
      continue;
    } else if (Is(t, Kind::kStartTag, "EventCoding")) {
      if (std::optional<Problem> p = ReadEventCoding(t, record)) return p;
    } else if (Is(t, Kind::kStartTag, "Text") || Is(t, Kind::kStartTag, "Parse")) {
      bool is_text = EqualsIgnoreCase(t.name, "Text");
      if (is_text ? has_text : has_parse) return Problem{t.line, "second <" + std::string(t.name) + ">"};
      (is_text ? has_text : has_parse) = true;
      (is_text ? record->text_line : record->parse_line) = t.line;
      if (std::optional<Problem> p = ReadContent(t, is_text ? &record->text : &record->parse)) return p;
    } else if (Is(t, Kind::kEndTag, "Sentence")) {
      *end = t.end;
      return std::nullopt;
    } else {
      PushBack(t);  // may begin the next record
      bool next = Is(t, Kind::kStartTag, "Sentence") || Is(t, Kind::kStartTag, "Config") || t.kind == Kind::kEnd ||
                  t.kind == Kind::kEndTag;
      return Problem{t.line, next ? "</Sentence> missing before " + Describe(t) : "unexpected " + Describe(t)};
    }
  }
}

std::optional<Problem> Reader::ReadEventCoding(const XmlToken& open, PetrarchRecord* record) {
  std::vector<XmlAttribute> attributes;
  if (std::optional<Problem> p = Attributes(open, &attributes)) return p;
  ExpectedEvent event;
  event.line = open.line;
  int codes = 0;
  bool other = false;
  for (XmlAttribute& a : attributes) {
    if (EqualsIgnoreCase(a.name, "sourcecode")) {
      event.source = std::move(a.value), ++codes;
    } else if (EqualsIgnoreCase(a.name, "targetcode")) {
      event.target = std::move(a.value), ++codes;
    } else if (EqualsIgnoreCase(a.name, "eventcode")) {
      event.event = std::move(a.value), ++codes;
    } else if (EqualsIgnoreCase(a.name, "noevents")) {
      record->expects_no_events = EqualsIgnoreCase(Trim(a.value), "true");
      other = true;
    } else if (EqualsIgnoreCase(a.name, "error")) {
      record->expected_error = std::move(a.value);
      other = true;
    } else {
      return Problem{open.line, "<EventCoding> has an unknown attribute '" + std::string(a.name) + "'"};
    }
  }
  if (codes == 3) {
    record->expected_events.push_back(std::move(event));
  } else if (codes > 0 || !other) {
    return Problem{open.line, "<EventCoding> needs sourcecode=, targetcode= and eventcode=, or noevents= or error="};
  }
  record->has_event_coding = true;
  std::string content;
  if (std::optional<Problem> p = ReadContent(open, &content)) return p;
  if (!IsBlank(content)) return Problem{open.line, "<EventCoding> has text " + Excerpt(content)};
  return std::nullopt;
}

void Reader::FinishRecord(PetrarchRecord* r) {
  auto warn = [&](int line, const std::string& message) {
    diagnostics_->Warning(file_, line, "record " + r->id + ": " + message);
  };
  r->document_id = DocumentId(r->id);
  r->text = NormaliseSpace(r->text);
  if (r->text_line == 0) warn(r->line, "no <Text>");
  if (r->date.size() != 8 || r->date.find_first_not_of("0123456789") != std::string::npos) {
    warn(r->line, "date " + Excerpt(r->date) + " is not YYYYMMDD");
  }
  if (r->parse_line == 0) {
    r->parse_status = Status::NotFound("record has no <Parse>");
    warn(r->line, "no <Parse>");
    return;
  }
  if (!options_.build_trees) return;
  r->parse_status = treebank_.Read(r->parse, &r->tree);
  if (!r->parse_status.ok()) {
    warn(r->parse_line, r->parse_status.message());
    return;
  }
  AlignTokenOffsets(r->text, &r->tree);
}

}  // namespace

size_t PetrarchFile::record_count() const {
  size_t n = 0;
  for (const PetrarchItem& item : items) n += std::holds_alternative<PetrarchRecord>(item);
  return n;
}

size_t PetrarchFile::config_count() const { return items.size() - record_count(); }

Result<PetrarchFile> ReadPetrarchXml(std::string_view text, std::string_view file_name, Diagnostics* diagnostics,
                                     const PetrarchXmlOptions& options) {
  return Reader(text, file_name, diagnostics, options).Run();
}

}  // namespace dyad
