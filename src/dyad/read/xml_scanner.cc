#include "dyad/read/xml_scanner.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "dyad/base/text.h"

namespace dyad {
namespace {

bool IsNameStart(char c) { return IsAsciiAlpha(c) || c == '_' || c == ':'; }
bool IsNameChar(char c) { return IsNameStart(c) || IsDigit(c) || c == '-' || c == '.'; }

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// The code point of a character reference body ("#38", "#x26"), or 0 when it
// is not one that may appear in a document.
uint32_t CharacterReference(std::string_view ref) {
  if (ref.size() < 2 || ref[0] != '#') return 0;
  bool hex = ref[1] == 'x' || ref[1] == 'X';
  std::string_view digits = ref.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 8) return 0;
  uint32_t cp = 0;
  for (char c : digits) {
    int d;
    if (IsDigit(c)) {
      d = c - '0';
    } else if (hex && AsciiUpper(c) >= 'A' && AsciiUpper(c) <= 'F') {
      d = AsciiUpper(c) - 'A' + 10;
    } else {
      return 0;
    }
    cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
  }
  bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
  return cp > 0x10FFFF || surrogate ? 0 : cp;
}

}  // namespace

XmlToken XmlScanner::Make(XmlToken::Kind kind, size_t start, size_t end) {
  XmlToken t;
  t.kind = kind;
  t.offset = start;
  t.end = end;
  t.line = LineAt(start);
  pos_ = end;
  return t;
}

XmlToken XmlScanner::Fail(const char* why, size_t start, size_t end) {
  XmlToken t = Make(XmlToken::Kind::kError, start, std::max(end, start + 1));
  t.body = text_.substr(t.offset, t.end - t.offset);
  t.error = why;
  return t;
}

int XmlScanner::LineAt(size_t offset) {
  offset = std::min(offset, text_.size());
  if (offset >= line_offset_) {
    line_ += static_cast<int>(std::count(text_.begin() + line_offset_, text_.begin() + offset, '\n'));
  } else {
    line_ -= static_cast<int>(std::count(text_.begin() + offset, text_.begin() + line_offset_, '\n'));
  }
  line_offset_ = offset;
  return line_;
}

XmlToken XmlScanner::Next() {
  size_t start = pos_;
  if (start >= text_.size()) return Make(XmlToken::Kind::kEnd, text_.size(), text_.size());
  std::string_view rest = text_.substr(start);
  if (rest[0] != '<') {
    size_t lt = rest.find('<');
    size_t end = lt == std::string_view::npos ? text_.size() : start + lt;
    XmlToken t = Make(XmlToken::Kind::kText, start, end);
    t.body = text_.substr(start, end - start);
    return t;
  }
  // Markup whose end is a fixed delimiter.
  struct Delimited {
    std::string_view open, close;
    XmlToken::Kind kind;
    const char* unterminated;
  };
  static constexpr Delimited kDelimited[] = {
      {"<!--", "-->", XmlToken::Kind::kComment, "comment not closed before end of file"},
      {"<![CDATA[", "]]>", XmlToken::Kind::kCData, "CDATA section not closed before end of file"},
      {"<?", "?>", XmlToken::Kind::kSkipped, "processing instruction not closed before end of file"},
      {"<!", ">", XmlToken::Kind::kSkipped, "declaration not closed before end of file"},
  };
  for (const Delimited& d : kDelimited) {
    if (!StartsWith(rest, d.open)) continue;
    size_t close = rest.find(d.close, d.open.size());
    if (close == std::string_view::npos) return Fail(d.unterminated, start, text_.size());
    XmlToken t = Make(d.kind, start, start + close + d.close.size());
    t.body = rest.substr(d.open.size(), close - d.open.size());
    return t;
  }
  return ScanTag(start);
}

XmlToken XmlScanner::ScanTag(size_t start) {
  std::string_view rest = text_.substr(start);
  bool closing = rest.size() > 1 && rest[1] == '/';
  size_t i = closing ? 2 : 1;
  if (i >= rest.size() || !IsNameStart(rest[i])) return Fail("'<' that does not begin a tag", start, start + 1);
  size_t name_start = i;
  while (i < rest.size() && IsNameChar(rest[i])) ++i;
  std::string_view name = rest.substr(name_start, i - name_start);
  // Find the closing '>' outside quoted attribute values. A '<' first (XML
  // allows none, even in a value) means the tag or a value was never closed;
  // stop there so the next tag is still seen.
  char quote = 0;
  size_t gt = std::string_view::npos;
  for (size_t j = i; j < rest.size(); ++j) {
    char c = rest[j];
    if (c == '<') return Fail("tag not closed with '>'", start, start + j);
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      gt = j;
      break;
    }
  }
  if (gt == std::string_view::npos) return Fail("tag not closed before end of file", start, text_.size());
  std::string_view body = rest.substr(i, gt - i);
  XmlToken t = Make(closing ? XmlToken::Kind::kEndTag : XmlToken::Kind::kStartTag, start, start + gt + 1);
  t.name = name;
  if (!body.empty() && body.back() == '/' && !closing) {
    t.self_closing = true;
    body.remove_suffix(1);
  }
  if (closing && !Trim(body).empty()) return Fail("end tag with attributes", start, start + gt + 1);
  t.body = body;
  return t;
}

Status ParseXmlAttributes(std::string_view text, std::vector<XmlAttribute>* out, bool* undecoded_entity) {
  out->clear();
  *undecoded_entity = false;
  size_t i = 0;
  auto skip_space = [&] {
    while (i < text.size() && IsSpace(text[i])) ++i;
  };
  while (true) {
    skip_space();
    if (i == text.size()) return Status::Ok();
    size_t name_start = i;
    while (i < text.size() && IsNameChar(text[i])) ++i;
    std::string_view name = text.substr(name_start, i - name_start);
    if (name.empty() || !IsNameStart(name[0])) {
      return Status::Corrupt("unexpected '" + std::string(1, text[name_start]) + "' among attributes");
    }
    skip_space();
    if (i == text.size() || text[i] != '=') return Status::Corrupt("attribute '" + std::string(name) + "' has no value");
    ++i;
    skip_space();
    if (i == text.size() || (text[i] != '"' && text[i] != '\'')) {
      return Status::Corrupt("value of attribute '" + std::string(name) + "' is not quoted");
    }
    char quote = text[i++];
    size_t close = text.find(quote, i);
    if (close == std::string_view::npos) {
      return Status::Corrupt("value of attribute '" + std::string(name) + "' is not closed");
    }
    for (const XmlAttribute& a : *out) {
      if (a.name == name) return Status::Corrupt("attribute '" + std::string(name) + "' given twice");
    }
    XmlAttribute a{name, {}};
    if (!AppendXmlDecoded(text.substr(i, close - i), &a.value)) *undecoded_entity = true;
    out->push_back(std::move(a));
    i = close + 1;
  }
}

bool AppendXmlDecoded(std::string_view raw, std::string* out) {
  static constexpr std::pair<std::string_view, char> kNamed[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
  };
  bool all_decoded = true;
  size_t i = 0;
  while (i < raw.size()) {
    size_t amp = raw.find('&', i);
    if (amp == std::string_view::npos) {
      out->append(raw.substr(i));
      break;
    }
    out->append(raw.substr(i, amp - i));
    size_t semi = raw.find(';', amp + 1);
    // Entity names are short; a distant ';' belongs to something else.
    std::string_view ref = semi == std::string_view::npos || semi - amp > 12
                               ? std::string_view()
                               : raw.substr(amp + 1, semi - amp - 1);
    bool done = false;
    for (const auto& [name, c] : kNamed) {
      if (ref == name) {
        out->push_back(c);
        done = true;
      }
    }
    if (!done) {
      if (uint32_t cp = CharacterReference(ref); cp != 0) {
        AppendUtf8(cp, out);
        done = true;
      }
    }
    if (done) {
      i = semi + 1;
    } else {
      out->push_back('&');
      all_decoded = false;
      i = amp + 1;
    }
  }
  return all_decoded;
}

}  // namespace dyad
