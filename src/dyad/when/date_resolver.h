// Resolves a recognised date mention ("last Saturday", "in April", "two days
// ago") against the publication date into a day, week, month or year.
//
//   dyad::DateMention m;                       // normally from RecognizeDateMentions
//   m.kind = dyad::MentionKind::kWeekday;
//   m.weekday = dyad::Weekday::kSaturday;
//   std::optional<dyad::ResolvedDate> r =
//       dyad::ResolveDateMention(m, {2026, 11, 25}, dyad::Tense::kPast);
//   // r->date == 2026-11-21, r->precision == kDay
//
// Definitions (T = publication day; "past" also covers the present tense):
//  - Weekday, bare/"on"/"this": past -> the latest such day on or before T;
//    future -> the earliest strictly after T (an event later today would be
//    "today"). "last X" -> the latest strictly before T; "next X" -> the
//    earliest strictly after T, whatever the tense.
//  - Month without year ("in April"): past -> the latest April whose month
//    is not after T's month; future -> the earliest not before T's month.
//    "last April" -> the latest strictly before T's month; "next April" ->
//    the earliest strictly after it.
//  - Month and day without year ("July 12"): past -> the latest such day on
//    or before T; future -> the earliest on or after T. February 29 looks for
//    the nearest leap year.
//  - Relative days ("yesterday", "two days ago", "in three days"): T + offset.
//  - Relative weeks ("this/last/next week", "three weeks ago"): precision
//    kWeek, dated on the Monday (ISO week start) of the week holding
//    T + 7 * offset. A week is neither a day (claiming false exactness) nor a
//    month (a week straddles two months one time in four), so it keeps its
//    own precision and the caller may widen it to the seven days.
//  - Relative months/years ("last month", "a year ago"): T's month/year moved
//    by the offset.
//  - Seasons (northern hemisphere: spring = Mar-May, summer = Jun-Aug,
//    autumn/fall = Sep-Nov; winter is never recognised because it straddles
//    two years): year precision. "this summer" -> T's year; "last summer" ->
//    the latest summer that ended before T's month; "next summer" -> the
//    earliest that starts after T's month. A season is not a month, and
//    naming its first month would invent precision, so only the year is kept.
//
// The resolved date is normalised: month precision has day 1, year precision
// month 1 and day 1, week precision is a Monday.
#ifndef DYAD_WHEN_DATE_RESOLVER_H_
#define DYAD_WHEN_DATE_RESOLVER_H_

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>

#include "dyad/when/civil_date.h"

namespace dyad {

enum class DatePrecision : uint8_t { kDay, kWeek, kMonth, kYear };
const char* PrecisionName(DatePrecision p);  // "day", "week", "month", "year"

// Present resolves like past: news reports what has happened.
enum class Tense : uint8_t { kPast, kPresent, kFuture };

struct ResolvedDate {
  CivilDate date;
  DatePrecision precision = DatePrecision::kDay;
  friend bool operator==(const ResolvedDate&, const ResolvedDate&) = default;
};
// "2025-07-12/day".
std::string ToString(const ResolvedDate& r);
std::ostream& operator<<(std::ostream& out, const ResolvedDate& r);  // ToString(r)

enum class MentionKind : uint8_t {
  kDate,           // month and day, with or without year
  kMonth,          // month, with or without year
  kYear,           // year
  kWeekday,        // weekday with a shift
  kRelativeDays,   // offset days from publication
  kRelativeWeeks,  // offset weeks
  kRelativeMonths,
  kRelativeYears,
  kSeason,         // season with a shift
};

// How a weekday or season is chosen relative to publication.
enum class Shift : uint8_t { kNearest, kLast, kNext };

enum class Season : uint8_t { kSpring, kSummer, kAutumn };

// How the event relates to the named span, from the preposition before it:
// "on/in/during" (or none) kAt, "since/from" kSince (the date is the span's
// start, as for any span), "by/until/till/before" kBefore, "after" kAfter.
// The resolved date always names the span itself.
enum class DateRelation : uint8_t { kAt, kSince, kBefore, kAfter };
// "late last month", "early in 2024": a part of the span; the resolved date
// still names the whole span.
enum class SpanPart : uint8_t { kWhole, kEarly, kMid, kLate };

struct DateMention {
  MentionKind kind = MentionKind::kDate;
  // Tokens [first_token, end_token) of the sentence that make up the mention.
  size_t first_token = 0;
  size_t end_token = 0;
  int year = 0;   // 0 when not given
  int month = 0;  // 1..12 for kDate and kMonth
  int day = 0;    // for kDate
  Weekday weekday = Weekday::kMonday;
  Season season = Season::kSummer;
  Shift shift = Shift::kNearest;
  int64_t offset = 0;  // for the kRelative* kinds
  DateRelation relation = DateRelation::kAt;
  SpanPart part = SpanPart::kWhole;
};

// Resolves `mention` as described in the file comment. nullopt when the
// fields name no real date (February 30) or the result would leave the
// supported years. Requires IsValidDate(publication).
std::optional<ResolvedDate> ResolveDateMention(const DateMention& mention, const CivilDate& publication,
                                               Tense tense);

}  // namespace dyad

#endif  // DYAD_WHEN_DATE_RESOLVER_H_
