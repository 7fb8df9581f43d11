// Events as table rows: CSV with the event contract's fields as columns, and
// the 26-column Phoenix layout (tab-separated) that Phoenix-era tools read.
//
//   std::string out;
//   AppendCsvHeader(/*doc_ids=*/false, &out);
//   for (const EventRecord& e : events) AppendCsvRow(e, false, &out);
//   for (const EventRecord& e : events) AppendPhoenixRow(e, &out);   // no header
#ifndef DYAD_WRITE_EVENT_TABLE_H_
#define DYAD_WRITE_EVENT_TABLE_H_

#include <string>
#include <string_view>

#include "dyad/write/event_record.h"

namespace dyad {

// The CSV header line: the JSON fields in contract order, nested objects
// flattened with '_' (spans_source_begin, spans_source_end, ...,
// location_name, location_country, location_lat, location_lon), and a last
// doc_ids column when `doc_ids`.
void AppendCsvHeader(bool doc_ids, std::string* out);

// One CSV row (RFC 4180): a field holding a comma, a quote, CR or LF is quoted
// with quotes doubled; lists (issues, doc_ids) are joined with ';'; absent
// values (null spans, location, goldstein, quad_class 0) are empty fields.
// Rows end with "\n".
void AppendCsvRow(const EventRecord& e, bool doc_ids, std::string* out);

// One Phoenix row: 26 tab-separated columns ending with "\n", in the order and
// with the meanings of the Phoenix event data files (docs/formats/phoenix.md
// lists them and where dyad differs): actor codes split into entity, role and
// attributes, and column 16 holding Phoenix's five-way class (0 neutral for
// roots 01-02, 16 counted as verbal conflict) rather than quad_class. Tabs,
// CR and LF inside a value become spaces, as the format has no quoting.
void AppendPhoenixRow(const EventRecord& e, std::string* out);

// The number of columns of a Phoenix row.
inline constexpr int kPhoenixColumns = 26;

}  // namespace dyad

#endif  // DYAD_WRITE_EVENT_TABLE_H_
