// One coded event as dyad writes it: every field of the event contract
// (/work/shared/spec/events.md in the reference material; docs in the repo),
// and its JSON Lines form.
//
//   EventRecord e;
//   e.event_id = "AFP0808020625-4-0";
//   e.doc_id = "AFP0808020625";
//   SetEventCode("0874", &e);               // code, root, quad_class, goldstein
//   ...
//   std::string out;
//   AppendJsonLine(e, &out);                 // {"event_id":...}\n
#ifndef DYAD_WRITE_EVENT_RECORD_H_
#define DYAD_WRITE_EVENT_RECORD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// Byte offsets [begin, end) into the document text; both -1 when unknown
// (no such part, or words that could not be found in the text).
struct ByteSpan {
  int64_t begin = -1;
  int64_t end = -1;

  bool known() const { return begin >= 0 && end >= begin; }
};

// Where an event happened.
struct EventLocation {
  std::string name;
  std::string country;  // ISO 3166-1 alpha-3, as actor codes use
  double lat = 0;
  double lon = 0;
};

struct EventRecord {
  std::string event_id;     // unique in the output, stable across runs
  std::string doc_id;
  int64_t sentence = 0;     // 0-based index of the sentence in the document
  std::string sentence_id;  // the input's sentence id; empty: field omitted
  std::string date;         // YYYY-MM-DD, the day the event happened
  std::string date_precision = "day";  // "day", "month" or "year"
  std::string published;    // YYYY-MM-DD; empty: field omitted

  std::string source, target;  // CAMEO actor codes; "" when absent
  std::string code;            // CAMEO event code as written ("040", "174K")
  std::string root;            // first two characters of `code`
  int quad_class = 0;          // 1-4; 0 (written null) when the root is not 01-20
  std::optional<double> goldstein;  // null for codes outside the CAMEO table

  std::string source_text, target_text, verb_text;
  ByteSpan source_span, target_span, verb_span;
  std::string sentence_text;
  std::string pattern;  // FILE:LINE of the dictionary entry that fired
  std::optional<EventLocation> location;
  std::vector<std::string> issues;
  int64_t mentions = 1;  // sentences reporting this event
  // The documents reporting it when events are merged across documents
  // (`dyad code --dedup day`); empty: field omitted.
  std::vector<std::string> doc_ids;
};

// Sets e->code to `code` and derives root, quad_class and goldstein from the
// CAMEO table. A code outside the table (test dictionaries use 174K and 1010)
// keeps its first two characters as root and the quad class that root
// implies (0 when it is no CAMEO root), and gets no Goldstein value: the
// table has none to give, and guessing one from the root would be invented.
void SetEventCode(std::string_view code, EventRecord* e);

// Appends `e` as one JSON object and a newline. Fields come in the order of
// the contract. sentence_id and published are omitted when empty; location is
// null when absent; an unknown span is null ("spans":{"source":null,...});
// quad_class 0 and a missing goldstein are null; doc_ids, when not empty,
// follows mentions.
void AppendJsonLine(const EventRecord& e, std::string* out);

}  // namespace dyad

#endif  // DYAD_WRITE_EVENT_RECORD_H_
