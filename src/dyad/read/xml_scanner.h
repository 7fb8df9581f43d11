// A small, tolerant scanner for the XML subset that event-data input files
// use: elements with attributes, text, comments, CDATA; no namespaces, no
// DTDs (a <!DOCTYPE> or <?xml?> is skipped), only the five predefined
// entities plus numeric character references.
//
// It does not check nesting: it cuts the text into tokens and the format
// reader above it decides what is allowed where, which is what lets that
// reader recover from one malformed record and carry on with the next. Each
// token knows its line. Bytes that cannot start a token become a kError token
// covering at least one byte, so scanning always makes progress and ends.
#ifndef DYAD_READ_XML_SCANNER_H_
#define DYAD_READ_XML_SCANNER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/status.h"

namespace dyad {

struct XmlToken {
  enum class Kind {
    kStartTag,  // <name attributes> or <name attributes/>
    kEndTag,    // </name>
    kText,      // character data between markup, undecoded
    kComment,   // <!-- body -->
    kCData,     // <![CDATA[ body ]]>
    kSkipped,   // <?...?> and <!DOCTYPE ...>
    kError,     // bytes that are not well-formed markup; `error` says why
    kEnd,       // end of input
  };
  Kind kind = Kind::kEnd;
  std::string_view name;  // tags only
  // kStartTag: the attribute text; kText/kComment/kCData: the content;
  // kError: the bytes skipped.
  std::string_view body;
  bool self_closing = false;
  size_t offset = 0;  // of the token's first byte
  size_t end = 0;     // one past its last byte
  int line = 1;       // line of the first byte (1-based)
  const char* error = "";
};

class XmlScanner {
 public:
  explicit XmlScanner(std::string_view text) : text_(text) {}

  XmlToken Next();
  // The 1-based line of the byte at `offset`; costs the distance from the
  // offset asked before.
  int LineAt(size_t offset);

 private:
  XmlToken Make(XmlToken::Kind kind, size_t start, size_t end);
  XmlToken Fail(const char* why, size_t start, size_t end);
  XmlToken ScanTag(size_t start);

  std::string_view text_;
  size_t pos_ = 0;
  size_t line_offset_ = 0;  // LineAt's last position
  int line_ = 1;            // the line at line_offset_
};

struct XmlAttribute {
  std::string_view name;
  std::string value;  // entities decoded
};

// Splits a start tag's attribute text into name/value pairs, in order. Values
// may be in single or double quotes, with spaces around '='. Corrupt, with a
// reason, when the text is not a list of such pairs or a name repeats.
// `*undecoded_entity` is set when a value held an '&' that is not an entity.
Status ParseXmlAttributes(std::string_view text, std::vector<XmlAttribute>* out, bool* undecoded_entity);

// Appends `raw` to *out with the predefined entities (&amp; &lt; &gt; &quot;
// &apos;) and character references (&#38; &#x26;) decoded. Anything else that
// starts with '&' is kept as written and makes the result false.
bool AppendXmlDecoded(std::string_view raw, std::string* out);

}  // namespace dyad

#endif  // DYAD_READ_XML_SCANNER_H_
