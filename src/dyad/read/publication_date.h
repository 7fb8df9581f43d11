// Publication dates as news outlets print them, and the order in which an
// outlet writes the day and month of an all-numeric date.
//
//   DateOrder order = DateOrderForOutlet("Dawn");           // kDayFirst
//   Result<Timestamp> t = ParsePrintedDate("12/07/2025", order);
//   if (t.ok()) t->date.ToString();                          // "2025-07-12"
//
// Dates are kept as written, in the outlet's own time zone: "July 12, 2025
// 11:30 PM EDT" is 2025-07-12 23:30 with zone "EDT", never converted, because
// the publication day the reader saw is the one the text's "on Saturday" is
// relative to.
#ifndef DYAD_READ_PUBLICATION_DATE_H_
#define DYAD_READ_PUBLICATION_DATE_H_

#include <string>
#include <string_view>

#include "dyad/base/status.h"

namespace dyad {

struct CalendarDate {
  int year = 0;  // 0 = unknown
  int month = 0;
  int day = 0;

  bool known() const { return year != 0; }
  // "YYYY-MM-DD"; empty when unknown.
  std::string ToString() const;
  friend bool operator==(const CalendarDate&, const CalendarDate&) = default;
};

struct Timestamp {
  CalendarDate date;
  bool has_time = false;
  int hour = 0;  // 0-23
  int minute = 0;
  int second = 0;
  std::string zone;  // as written: "Z", "+05:00", "EDT", "GMT"; empty when not given

  // "HH:MM:SS"; empty when !has_time.
  std::string TimeString() const;
};

// How an outlet writes 12/07/2025.
enum class DateOrder { kUnknown, kDayFirst, kMonthFirst };

// Order by locale tag: "en-US" (and "en_US", "US") month first; other
// tags with a region (en-GB, en-PK, fr-FR, ...) day first; a bare language or
// an empty tag is unknown.
DateOrder DateOrderForLocale(std::string_view locale);

// What is known of an outlet: its locale (may be empty) and date order. The
// name is matched case-insensitively against a small built-in table of wire
// services and papers ("AFP", "Dawn", "BBC", "AP", "Associated Press", ...);
// unknown outlets get {"", kUnknown}.
struct OutletConvention {
  std::string_view locale;
  DateOrder order = DateOrder::kUnknown;
};
OutletConvention ConventionForOutlet(std::string_view outlet);
// True when `name` is in that table (used to tell an outlet from a person).
bool IsKnownOutlet(std::string_view name);

// Month names and their abbreviations ("July", "Jul", "Sept"); weekday
// names and their three-letter abbreviations. Any case.
bool IsMonthName(std::string_view word);
bool IsWeekdayName(std::string_view word);

// Parses one printed date, with an optional time and zone before or after
// it, and nothing else:
//   2025-07-12   2025-07-12T17:56:00Z   2025-07-12 17:56+05:00   2025/07/12
//   12 Jul, 2025 05:56pm   12 July 2025   Saturday, July 12, 2025 5:56 PM EDT
//   Jul. 12, 2025   12/07/2025   07.12.2025 17:56 GMT   5:56 PM EDT, July 12, 2025
// An all-numeric day/month is read with `order`; when both parts could be
// the month and they differ, and the order is unknown, the result is an
// InvalidArgument saying the date is ambiguous. Every other failure is an
// InvalidArgument with its reason too: a relative time ("2 hours ago",
// "yesterday", which name no date), no date, an impossible day (31 Feb), a
// year outside 1800-2200, trailing words.
Result<Timestamp> ParsePrintedDate(std::string_view text, DateOrder order);

// The "date" of a JSON document: YYYY-MM-DD or an ISO 8601 date-time
// (YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH[:]MM]). Nothing else.
Result<Timestamp> ParseIsoDate(std::string_view text);

}  // namespace dyad

#endif  // DYAD_READ_PUBLICATION_DATE_H_
